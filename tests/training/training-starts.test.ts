import assert from 'node:assert/strict';
import { MAKER, personalInstall, personalMessage, type Person } from '../helpers/activities.js';
import { postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { pressCard, samplePath, tabApi } from '../helpers/training-events.js';

const OTHER: Person = { id: '29:other', name: 'Ola Other', aadObjectId: '00000000-0000-0000-0000-00000000f0f1' };

describe('training (#19): opening a module counts as started, from the tab and from the card', function () {
  this.timeout(60_000);
  let stub: ConnectorStub;
  let t: TestApp;
  let moduleIds: string[];
  let moduleUrls: string[];

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ DELIVERY_WORKER: 'off' });
    const created = await tabApi(t.baseUrl, 'POST', '/api/admin/training/paths', samplePath('starts', 3, { title: 'Your first Power App' }));
    moduleIds = created.body.modules.map((m: { id: string }) => m.id);
    moduleUrls = created.body.modules.map((m: { url: string }) => m.url);
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  const startedIds = async (person: Person) => {
    const overview = await tabApi(t.baseUrl, 'GET', '/api/training', undefined, person);
    return overview.body.paths[0].modules.filter((m: { started: boolean }) => m.started).map((m: { id: string }) => m.id);
  };

  it('when the maker opens a module in the tab, then it is started for them only; an unknown module is a 404 and marks nothing', async () => {
    assert.deepEqual(await startedIds(MAKER), []);
    const res = await tabApi(t.baseUrl, 'POST', `/api/training/modules/${moduleIds[1]}/started`, {}, MAKER);
    assert.deepEqual([res.status, res.body], [200, { started: true }]);
    assert.equal((await tabApi(t.baseUrl, 'POST', `/api/training/modules/${moduleIds[1]}/started`, {}, MAKER)).status, 200, 'twice is fine');
    assert.deepEqual(await startedIds(MAKER), [moduleIds[1]]);
    assert.deepEqual(await startedIds(OTHER), []);
    assert.equal((await tabApi(t.baseUrl, 'POST', '/api/training/modules/00000000-0000-4000-8000-000000000000/started', {}, MAKER)).status, 404);
    const anonymous = await fetch(`${t.baseUrl}/api/training/modules/${moduleIds[0]}/started`, { method: 'POST', headers: { authorization: 'Bearer nonsense' } });
    assert.equal(anonymous.status, 401);
  });

  it("when the maker presses the card's Open module, then the link goes through Maker Hub with their own token, counts as started and lands on the module; a wrong token marks nothing", async () => {
    stub.reset();
    await postActivity(t.baseUrl, personalMessage('training', { serviceUrl: stub.url, from: MAKER }));
    const card = stub.cards().at(-1)! as { actions: Array<{ title: string; url?: string }> };
    const open = card.actions.find((a) => a.title === 'Open module')!.url!;
    const link = new URL(open);
    assert.equal(link.pathname, `/api/training/modules/${moduleIds[0]}/open`);
    const token = link.searchParams.get('t')!;
    assert.ok(token.length >= 40, 'an unguessable token');
    assert.deepEqual(await startedIds(MAKER), [moduleIds[1]], 'showing the link starts nothing');

    const wrong = await fetch(`${t.baseUrl}${link.pathname}?t=guessed`, { redirect: 'manual' });
    assert.equal(wrong.status, 302);
    assert.equal(wrong.headers.get('location'), moduleUrls[0], 'the module still opens');
    const otherModule = await fetch(`${t.baseUrl}/api/training/modules/${moduleIds[2]}/open?t=${token}`, { redirect: 'manual' });
    assert.equal(otherModule.headers.get('location'), moduleUrls[2]);
    assert.deepEqual(await startedIds(MAKER), [moduleIds[1]], "a token for another module or a guess marks nothing");

    const followed = await fetch(`${t.baseUrl}${link.pathname}${link.search}`, { redirect: 'manual' });
    assert.equal(followed.status, 302);
    assert.equal(followed.headers.get('location'), moduleUrls[0], 'only ever the stored address of the module');
    assert.equal(followed.headers.get('cache-control'), 'no-store');
    assert.deepEqual((await startedIds(MAKER)).sort(), [moduleIds[0], moduleIds[1]].sort());
    assert.deepEqual(await startedIds(OTHER), []);
    const unknown = await fetch(`${t.baseUrl}/api/training/modules/00000000-0000-4000-8000-000000000000/open?t=${token}`, { redirect: 'manual' });
    assert.equal(unknown.status, 404);

    // "Done" stays one click from the card.
    const done = await pressCard(t.baseUrl, 'training.done', { moduleId: moduleIds[0] }, { serviceUrl: stub.url, from: MAKER });
    assert.match(JSON.stringify(done), /Marked \\"Module 1\\" as done/);
  });
});
