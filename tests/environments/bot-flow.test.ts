import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ADMIN, MAKER, TENANT, personalMessage, type Person } from '../helpers/activities.js';
import { APPROVALS_CHANNEL, DEVELOPER_DRAFT, SANDBOX_DRAFT, buttons, inputValue, press, submitForm } from '../helpers/environment-requests.js';

const OTHER: Person = { id: '29:other', name: 'Olga Other', aadObjectId: '00000000-0000-0000-0000-00000000c003' };

describe('environment requests through /api/messages (manual provisioner)', () => {
  let stub: ConnectorStub;
  let t: TestApp;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(async () => {
    stub.reset();
    t = await startTestApp({ ENVIRONMENT_APPROVALS_CONVERSATION_ID: APPROVALS_CHANNEL, ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' });
  });
  afterEach(async () => t.close());

  const service = () => t.app.services.environments.service;
  const all = () => service().listAll({ kind: 'system', name: 'test' }, {});
  const asAdmin = { from: ADMIN, inChannel: true };

  it('when a maker types "I need a sandbox", then they get the request form with Sandbox chosen', async () => {
    await postActivity(t.baseUrl, personalMessage('I need a sandbox', { serviceUrl: stub.url }));
    const [form] = stub.cards();
    assertCardSays(form, 'Request a Power Platform environment', 'Environment name', 'Business justification', 'Submit request', 'FIN-Invoice approvals');
    assert.equal(inputValue(form, 'type'), 'Sandbox');
  });

  for (const phrase of ['request an environment', 'new env', 'request enviroment', 'Request environment']) {
    it(`when a maker types "${phrase}", then the form comes back`, async () => {
      await postActivity(t.baseUrl, personalMessage(phrase, { serviceUrl: stub.url }));
      assertCardSays(stub.cards()[0], 'Request a Power Platform environment');
      // Most makers need a Developer environment for their own work; the form starts there, and says the policy approves it.
      assert.equal(inputValue(stub.cards()[0], 'type'), 'Developer');
      assertCardSays(stub.cards()[0], 'With these answers (Developer, internal data) the request is approved automatically by a CoE policy rule.');
    });
  }

  it('when a maker submits a valid Developer request, then the policy approves it and the CoE is asked to create it', async () => {
    const card = await submitForm(t.baseUrl, DEVELOPER_DRAFT, { serviceUrl: stub.url });
    assertCardSays(card, 'HR-Onboarding bot', 'Approved automatically', 'Being created', 'CoE policy (automatic)', 'Europe', 'Internal');
    assert.ok(!cardText(card).includes('europe'), 'the region shows as its label, not the stored value');
    const [request] = await all();
    assert.equal(request?.status, 'provisioning');
    assert.equal(request?.approval, 'auto');
    const { history } = await service().detail({ actor: { kind: 'system', name: 'test' } }, request!.id);
    assert.deepEqual(history.map((h) => h.action), ['environment.submit', 'environment.approve.auto', 'environment.provision.start']);
  });

  it('when a request needs approval, then an admin approves it, records the environment, and the maker sees it ready', async () => {
    const submitted = await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    assertCardSays(submitted, 'Waiting for approval', 'with the CoE admins');
    assert.deepEqual(buttons(submitted), ['Cancel request', 'My requests']);
    const [request] = await all();
    const approved = await press(t.baseUrl, 'env.approve', { requestId: request!.id, comment: 'Go ahead' }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(approved, 'Approved by', `${ADMIN.name}, `, 'Go ahead', 'Environment URL');
    assert.deepEqual(buttons(approved), ['Mark provisioned']);

    const missing = await press(t.baseUrl, 'env.provisioned', { requestId: request!.id, environmentUrl: 'not a url' }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(missing, 'https:// URL');
    assert.equal(inputValue(missing, 'environmentUrl'), 'not a url', 'what the admin typed is kept');

    const done = await press(t.baseUrl, 'env.provisioned', { requestId: request!.id, environmentUrl: 'https://fin-invoice.crm4.dynamics.com/', environmentId: 'abc' }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(done, 'Ready', 'https://fin-invoice.crm4.dynamics.com/');
    const mine = await press(t.baseUrl, 'env.status.show', { requestId: request!.id }, { serviceUrl: stub.url });
    assertCardSays(mine, 'Status: Ready', 'Open environment', 'Request more time', 'History', 'Waiting for approval', 'Ada Admin — “Go ahead”');
    assert.ok(JSON.stringify(mine).includes('{"title":"Data","value":"Internal"}'), 'the classification as people read it, not the stored value');
    const stored = (await service().find(request!.id))!;
    assert.equal(stored.expiresAt?.slice(0, 10), new Date(Date.parse(stored.updatedAt) + 60 * 86_400_000).toISOString().slice(0, 10));
  });

  it('when an admin rejects, then a comment is required, and the maker reads who rejected and why', async () => {
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const [request] = await all();
    const noComment = await press(t.baseUrl, 'env.reject', { requestId: request!.id, comment: '' }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(noComment, 'Please say why', 'A comment is required to reject');
    assert.equal((await service().find(request!.id))?.status, 'pending-approval');
    const rejected = await press(t.baseUrl, 'env.reject', { requestId: request!.id, comment: 'Use the shared finance sandbox instead.' }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(rejected, 'Status: Rejected', 'Rejected by', 'Use the shared finance sandbox instead.');
    const mine = await press(t.baseUrl, 'env.status.refresh', { requestId: request!.id }, { serviceUrl: stub.url });
    assertCardSays(mine, 'Rejected', ADMIN.name, 'Use the shared finance sandbox instead.');
    assert.deepEqual(buttons(mine), ['My requests']);
  });

  it('when a decided request is approved again, then the second click is refused politely with who decided and when', async () => {
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const [request] = await all();
    await press(t.baseUrl, 'env.reject', { requestId: request!.id, comment: 'No budget this quarter.' }, { serviceUrl: stub.url, ...asAdmin });
    const again = await press(t.baseUrl, 'env.approve', { requestId: request!.id }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(again, 'already rejected by Ada Admin on', 'Status: Rejected');
    assert.equal((await service().find(request!.id))?.status, 'rejected');
  });

  it('when fields are invalid, then the same form comes back with the answers kept and each error next to its field', async () => {
    const formId = randomUUID();
    const bad = { ...SANDBOX_DRAFT, displayName: 'my sandbox', justification: 'short', expectedUsers: 'lots', securityGroupId: 'finance', durationDays: '999' };
    const form = await submitForm(t.baseUrl, bad, { serviceUrl: stub.url, formId });
    assertCardSays(form, 'Some answers need another look', 'Start with your team code', 'at least 20 characters', 'a whole number', 'security group', '1 to 180 days');
    assert.equal(inputValue(form, 'displayName'), 'my sandbox');
    assert.equal(inputValue(form, 'justification'), 'short');
    assert.equal(inputValue(form, 'region'), 'europe');
    const submit = (form.actions as Array<{ data: { formId: string } }>)[0]!;
    assert.equal(submit.data.formId, formId, 'the same form instance');
    const text = cardText(form);
    const error = text.indexOf('⚠ “my sandbox” does not follow the naming convention');
    assert.ok(error > text.indexOf('Environment name') && error < text.indexOf('\nType\n'), 'the error sits under its field');
    assert.equal((await all()).length, 0, 'nothing was stored');

    const fixed = await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url, formId });
    assertCardSays(fixed, 'Waiting for approval');
    assert.equal((await all()).length, 1);
  });

  it('when the form is submitted twice (double click, retry, stale copy), then there is one request', async () => {
    const formId = randomUUID();
    const [a, b] = await Promise.all([submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url, formId }), submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url, formId })]);
    const later = await submitForm(t.baseUrl, { ...SANDBOX_DRAFT, displayName: 'FIN-Something else' }, { serviceUrl: stub.url, formId });
    assert.equal((await all()).length, 1);
    assertCardSays(later, 'You already sent this form', 'FIN-Invoice approvals');
    assert.ok([a, b].every((c) => cardText(c).includes('FIN-Invoice approvals')));
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'environment.submit' })).length, 1);
  });

  it("when a maker tries to approve someone else's request, then the card says not found and shows nothing of it, nothing changes and the refusal is audited", async () => {
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const [request] = await all();
    const card = await press(t.baseUrl, 'env.approve', { requestId: request!.id }, { serviceUrl: stub.url, from: OTHER, inChannel: true });
    assertCardSays(card, 'Not found');
    assert.ok(!/Waiting for approval|Mia Maker|Invoice|justification/i.test(cardText(card)), 'the card shows nothing of the request');
    assert.equal((await service().find(request!.id))?.status, 'pending-approval');
    const denied = await t.app.services.store.repos.audit.list({ action: 'environment.approve.denied' });
    assert.equal(denied.length, 1);
    assert.equal(denied[0]!.entity.id, request!.id);
    const other = await t.app.services.identity.findUser({ tenantId: TENANT, aadObjectId: OTHER.aadObjectId });
    assert.equal(denied[0]!.actorId, other!.id);
  });

  it('when a maker cancels while pending, then it is cancelled, admins cannot approve it any more, and a second cancel is refused', async () => {
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const [request] = await all();
    const cancelled = await press(t.baseUrl, 'env.cancel', { requestId: request!.id }, { serviceUrl: stub.url });
    assertCardSays(cancelled, 'Cancelled. Nothing will be created.', 'Status: Cancelled');
    const again = await press(t.baseUrl, 'env.cancel', { requestId: request!.id }, { serviceUrl: stub.url });
    assertCardSays(again, "can't be cancelled any more: it is cancelled");
    const approve = await press(t.baseUrl, 'env.approve', { requestId: request!.id }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(approve, 'nothing to decide');
    assert.equal((await service().find(request!.id))?.status, 'cancelled');
  });

  it("when someone else tries to cancel a maker's request, then it is not found for them and audited", async () => {
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const [request] = await all();
    const card = await press(t.baseUrl, 'env.cancel', { requestId: request!.id }, { serviceUrl: stub.url, from: OTHER });
    assertCardSays(card, 'does not exist, or it is not yours');
    assert.equal((await service().find(request!.id))?.status, 'pending-approval');
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'environment.cancel.denied' })).length, 1);
  });

  it('when a maker hits the cap for a type, then the form says so next to the type', async () => {
    await submitForm(t.baseUrl, DEVELOPER_DRAFT, { serviceUrl: stub.url });
    const second = await submitForm(t.baseUrl, { ...DEVELOPER_DRAFT, displayName: 'HR-Second try' }, { serviceUrl: stub.url });
    assertCardSays(second, 'You already have 1 active Developer environment(s), the most the CoE allows (1)');
    assertCardSays(second, 'You cannot request another Developer environment now.', 'You have reached the Developer limit (1 of 1 active).');
    // A fresh form starts on the first type they can still request, and says what the policy will do with it.
    await postActivity(t.baseUrl, personalMessage('request an environment', { serviceUrl: stub.url }));
    const fresh = stub.cards().at(-1)!;
    assert.equal(inputValue(fresh, 'type'), 'Sandbox');
    assertCardSays(fresh, "With these answers (Sandbox, internal data) the request needs a CoE admin's approval", 'You have reached the Developer limit (1 of 1 active).');
  });

  it('when a maker types "my requests", then they see their requests and can open one', async () => {
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    await submitForm(t.baseUrl, DEVELOPER_DRAFT, { serviceUrl: stub.url });
    await postActivity(t.baseUrl, personalMessage('my requests', { serviceUrl: stub.url }));
    const [list] = stub.cards();
    assertCardSays(list, 'Your environment requests', '**FIN-Invoice approvals** — Waiting for approval', '**HR-Onboarding bot** — Being created', 'New request');
    const select = (list!.body as Array<{ selectAction?: { verb: string; data: { requestId: string } } }>).find((b) => b.selectAction)!.selectAction!;
    const detail = await press(t.baseUrl, select.verb, select.data, { serviceUrl: stub.url });
    assertCardSays(detail, 'HR-Onboarding bot', 'History');
  });

  it('when a card carries forged or stale data, then the bot answers with a clear card and changes nothing', async () => {
    const forged = await press(t.baseUrl, 'env.approve', { requestId: 'not-a-uuid' }, { serviceUrl: stub.url, ...asAdmin });
    assertCardSays(forged, 'This card is out of date');
    const unknown = await press(t.baseUrl, 'env.status.show', { requestId: randomUUID() }, { serviceUrl: stub.url });
    assertCardSays(unknown, 'does not exist');
    const noForm = await press(t.baseUrl, 'env.submit', { displayName: 'x' }, { serviceUrl: stub.url });
    assertCardSays(noForm, 'This card is out of date');
    assert.equal((await all()).length, 0);
  });

  it('when a maker asks for an environment in a channel, then they are sent to the 1:1 chat', async () => {
    const { channelMention } = await import('../helpers/activities.js');
    await postActivity(t.baseUrl, channelMention('request an environment', { serviceUrl: stub.url, from: MAKER }));
    assert.match(String(stub.messages()[0]?.text), /1:1 chat/);
  });
});
