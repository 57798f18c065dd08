import assert from 'node:assert/strict';
import { MAKER, personalInstall, personalMessage } from '../helpers/activities.js';
import { assertCardSays, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { buttonTitles, pressCard, samplePath, tabApi } from '../helpers/training-events.js';

describe('training in Teams and the tab API', function () {
  this.timeout(60_000);
  let stub: ConnectorStub;
  let t: TestApp;
  let pathId: string;
  let moduleIds: string[];

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ DELIVERY_WORKER: 'off' });
    const created = await tabApi(t.baseUrl, 'POST', '/api/admin/training/paths', samplePath('first-app', 3, { title: 'Your first Power App' }));
    assert.equal(created.status, 200, JSON.stringify(created.body));
    pathId = created.body.id;
    moduleIds = created.body.modules.map((m: { id: string }) => m.id);
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });
  beforeEach(() => stub.reset());

  it('when a maker types "training", then the card shows the recommended path, the next module and buttons to open it, mark it done and open the tab', async () => {
    await postActivity(t.baseUrl, personalMessage('training', { serviceUrl: stub.url, from: MAKER }));
    const card = stub.cards().at(-1)!;
    assertCardSays(card, 'Your training', 'Your first Power App', 'Recommended for new makers.', '0 of 3 modules done', 'NEXT UP', 'Module 1', 'Article · about 10 min');
    assert.deepEqual(buttonTitles(card), ['Open module', 'Mark as done', 'Open Training']);
  });

  it('when the maker marks modules done from the card, then progress moves on and the last one earns the badge', async () => {
    let card = await pressCard(t.baseUrl, 'training.done', { moduleId: moduleIds[0] }, { serviceUrl: stub.url, from: MAKER });
    assertCardSays(card, 'Marked "Module 1" as done.', '1 of 3 modules done', 'Pick up where you left off.', 'Module 2');
    const viaTab = await tabApi(t.baseUrl, 'PUT', `/api/training/modules/${moduleIds[1]}/done`, { done: true }, MAKER);
    assert.deepEqual([viaTab.body.path.progress.percent, viaTab.body.completedNow], [66, false]);
    card = await pressCard(t.baseUrl, 'training.done', { moduleId: moduleIds[2] }, { serviceUrl: stub.url, from: MAKER });
    assertCardSays(card, 'You completed **Your first Power App**. Badge earned!', 'Badges:');
    const overview = await tabApi(t.baseUrl, 'GET', '/api/training', undefined, MAKER);
    const path = overview.body.paths.find((p: { id: string }) => p.id === pathId);
    assert.equal(path.progress.percent, 100);
    assert.ok(path.progress.completedAt);
    assert.equal(path.modules.every((m: { done: boolean }) => m.done), true);
  });

  it('when the card or the API is given a bad or unknown module, then the answer explains and nothing changes', async () => {
    const card = await pressCard(t.baseUrl, 'training.done', { moduleId: 'not-a-uuid' }, { serviceUrl: stub.url, from: MAKER });
    assertCardSays(card, 'I could not tell which module that was.');
    const unknown = await tabApi(t.baseUrl, 'PUT', '/api/training/modules/00000000-0000-4000-8000-000000000000/done', { done: true }, MAKER);
    assert.equal(unknown.status, 404);
    const bad = await tabApi(t.baseUrl, 'PUT', `/api/training/modules/${moduleIds[0]}/done`, { done: 'yes' }, MAKER);
    assert.equal(bad.status, 400);
  });

  it('when a maker calls the admin training API, then it is refused with 403 and audited; an admin can reorder, edit and retire', async () => {
    const refused = await tabApi(t.baseUrl, 'POST', '/api/admin/training/paths', samplePath('sneaky'), MAKER);
    assert.equal(refused.status, 403);
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'training.path.create.denied' })).length, 1);

    const order = await tabApi(t.baseUrl, 'PUT', `/api/admin/training/paths/${pathId}/modules/order`, { ids: [moduleIds[2], moduleIds[0], moduleIds[1]], basedOn: moduleIds });
    assert.deepEqual(order.body.modules.map((m: { title: string }) => m.title), ['Module 3', 'Module 1', 'Module 2']);
    const edited = await tabApi(t.baseUrl, 'PATCH', `/api/admin/training/modules/${moduleIds[0]}`, { minutes: 45, version: 1 });
    assert.deepEqual([edited.body.minutes, edited.body.version], [45, 2]);
    const added = await tabApi(t.baseUrl, 'POST', `/api/admin/training/paths/${pathId}/modules`, { title: 'Office hours', url: 'https://learn.microsoft.com/en-us/power-platform/guidance/coe/overview', minutes: 60, kind: 'session' });
    assert.equal(added.body.modules.at(-1).kind, 'session');
    const retired = await tabApi(t.baseUrl, 'POST', `/api/admin/training/paths/${pathId}/retire`, { retired: true });
    assert.ok(retired.body.retiredAt);
    const makerView = await tabApi(t.baseUrl, 'GET', '/api/training', undefined, MAKER);
    assert.equal(makerView.body.paths.some((p: { id: string }) => p.id === pathId), false, 'retired paths are hidden from makers');
    await tabApi(t.baseUrl, 'POST', `/api/admin/training/paths/${pathId}/retire`, { retired: false });
  });
});
