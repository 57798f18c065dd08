import assert from 'node:assert/strict';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { assertCardSays } from '../helpers/bot-client.js';
import { ADMIN } from '../helpers/activities.js';
import { APPROVALS_CHANNEL, DEVELOPER_DRAFT, ManualClock, SANDBOX_DRAFT, buttons, press, submitForm } from '../helpers/environment-requests.js';

const DAY = 86_400_000;

describe('environment requests: expiry warnings, extensions and clean-up', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  let clock: ManualClock;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(async () => {
    clock = new ManualClock();
    t = await startTestApp({ ENVIRONMENT_APPROVALS_CONVERSATION_ID: APPROVALS_CHANNEL, ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' }, { clock });
  });
  afterEach(async () => t.close());

  const service = () => t.app.services.environments.service;
  const admin = { from: ADMIN, inChannel: true };

  /** Submits, (approves,) and records a created environment; returns its id. */
  async function live(draft: Record<string, unknown>): Promise<string> {
    await submitForm(t.baseUrl, draft, { serviceUrl: stub.url });
    const [request] = await service().listAll({ kind: 'system', name: 'test' }, {});
    if (request!.status === 'pending-approval') await press(t.baseUrl, 'env.approve', { requestId: request!.id }, { serviceUrl: stub.url, ...admin });
    await press(t.baseUrl, 'env.provisioned', { requestId: request!.id, environmentUrl: 'https://contoso-dev.crm4.dynamics.com/' }, { serviceUrl: stub.url, ...admin });
    return request!.id;
  }

  it('when an environment nears its expiry, then the daily job warns once, and the maker extends it within the policy at once', async () => {
    const id = await live(DEVELOPER_DRAFT);
    const created = (await service().find(id))!;
    assert.equal(created.expiresAt, new Date(clock.now().getTime() + 30 * DAY).toISOString());

    clock.advance(20 * DAY);
    await service().runExpiry();
    assert.equal((await service().find(id))!.status, 'provisioned', 'not yet within the 7 warning days');

    clock.advance(4 * DAY);
    await service().runExpiry();
    await service().runExpiry();
    const warned = (await service().find(id))!;
    assert.equal(warned.status, 'expiring');
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'environment.expiry.warn' })).length, 1, 'warned once');

    const card = await press(t.baseUrl, 'env.status.show', { requestId: id }, { serviceUrl: stub.url });
    assertCardSays(card, 'Status: Expiring soon', 'Request more time');
    const extended = await press(t.baseUrl, 'env.extend', { requestId: id, extensionDays: '30', extensionReason: 'Still building the onboarding flow.' }, { serviceUrl: stub.url });
    assertCardSays(extended, 'Status: Extended', 'Extended — it now expires on');
    const after = (await service().find(id))!;
    assert.equal(after.expiresAt, new Date(Date.parse(created.expiresAt!) + 30 * DAY).toISOString());
    assert.equal(after.expiryWarnedAt, null, 'the next expiry is warned about again');
  });

  it('when an extension needs a decision, then it waits on the admin card, and the admin approves or declines it', async () => {
    const id = await live(SANDBOX_DRAFT);
    clock.advance(55 * DAY);
    await service().runExpiry();

    const bad = await press(t.baseUrl, 'env.extend', { requestId: id, extensionDays: '400', extensionReason: 'More time please.' }, { serviceUrl: stub.url });
    assertCardSays(bad, '1 to 180 days');
    const asked = await press(t.baseUrl, 'env.extend', { requestId: id, extensionDays: '30', extensionReason: 'Month-end close needs another cycle.' }, { serviceUrl: stub.url });
    assertCardSays(asked, 'extension of 30 days waiting for approval', 'with the CoE');
    const adminCard = await press(t.baseUrl, 'env.admin.refresh', { requestId: id }, { serviceUrl: stub.url, ...admin });
    assert.deepEqual(buttons(adminCard), ['Approve extension', 'Decline extension']);
    assertCardSays(adminCard, 'Month-end close needs another cycle.');

    const declined = await press(t.baseUrl, 'env.extension.reject', { requestId: id, comment: 'Please export your data instead.' }, { serviceUrl: stub.url, ...admin });
    assertCardSays(declined, 'Status: Expiring soon', 'Nothing to do');
    assert.equal((await service().find(id))!.pendingExtension, null);

    await press(t.baseUrl, 'env.extend', { requestId: id, extensionDays: '14', extensionReason: 'Two more weeks for testing.' }, { serviceUrl: stub.url });
    const approved = await press(t.baseUrl, 'env.extension.approve', { requestId: id }, { serviceUrl: stub.url, ...admin });
    assertCardSays(approved, 'Status: Extended');
    const twice = await press(t.baseUrl, 'env.extension.approve', { requestId: id }, { serviceUrl: stub.url, ...admin });
    assertCardSays(twice, 'no extension waiting');
    assert.equal((await service().find(id))!.extensionsGranted, 1);
  });

  it('when an environment passes its expiry, then it is marked expired for clean-up and the admin list shows it', async () => {
    const id = await live(DEVELOPER_DRAFT);
    clock.advance(31 * DAY);
    await service().runExpiry();
    const expired = (await service().find(id))!;
    assert.equal(expired.status, 'expired');
    const cleanup = await service().listAll({ kind: 'system', name: 'test' }, { status: ['expired'] });
    assert.deepEqual(cleanup.map((r) => r.id), [id]);
    const card = await press(t.baseUrl, 'env.extend', { requestId: id, extensionDays: '10', extensionReason: 'Too late?' }, { serviceUrl: stub.url });
    assertCardSays(card, 'Only a ready environment can be extended');
    const history = (await t.app.services.store.repos.audit.list({ entity: { type: 'environment-request', id } })).map((a) => a.action);
    assert.ok(history.includes('environment.expire'));
  });
});
