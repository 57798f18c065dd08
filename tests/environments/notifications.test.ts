import assert from 'node:assert/strict';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ADMIN, CHANNEL, personalConversation, personalInstall, teamInstall } from '../helpers/activities.js';
import { PowerPlatformStandIn } from '../helpers/power-platform-stand-in.js';
import { driveProvisioning } from '../helpers/environment-driver.js';
import { APPROVALS_CHANNEL, DEVELOPER_DRAFT, ManualClock, SANDBOX_DRAFT, press, submitForm } from '../helpers/environment-requests.js';

const DAY = 86_400_000;

describe('environment requests: approval cards and the maker’s notifications through the delivery engine', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  let clock: ManualClock;
  let pp: PowerPlatformStandIn | undefined;
  const makerChat = personalConversation().id;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  afterEach(async () => {
    await t.close();
    await pp?.stop();
    pp = undefined;
  });

  /** The app installed in the maker's chat and in the CoE admins' team; deliveries run when the test says. */
  async function start(extra: Record<string, string> = {}): Promise<void> {
    stub.reset();
    clock = new ManualClock();
    t = await startTestApp({ ENVIRONMENT_APPROVALS_CONVERSATION_ID: APPROVALS_CHANNEL, ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', DELIVERY_WORKER: 'off', ...extra }, { clock });
    await postActivity(t.baseUrl, personalInstall('add', { serviceUrl: stub.url }));
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url, from: ADMIN }));
    await deliver();
    stub.reset();
  }
  const deliver = () => t.app.delivery.worker.runUntilIdle();
  const channelPosts = () => stub.calls.filter((c) => c.conversationId === CHANNEL.id && c.method === 'POST');
  const channelUpdates = () => stub.calls.filter((c) => c.conversationId === CHANNEL.id && c.method === 'PUT');
  const cardOf = (activity: Record<string, unknown> | null) => ((activity?.attachments as Array<{ content: Record<string, unknown> }>) ?? [])[0]?.content;
  const makerCards = () => stub.cards(makerChat);
  const firstRequest = async () => (await t.app.services.environments.service.listAll({ kind: 'system', name: 'test' }, {}))[0]!;

  it('when a request needs approval, then the admin card is posted once to the channel and kept current by in-place updates', async () => {
    await start();
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    await deliver();
    assert.equal(channelPosts().length, 1);
    const posted = cardOf(channelPosts()[0]!.activity)!;
    assertCardSays(posted, 'Environment request: FIN-Invoice approvals', 'Mia Maker', 'Policy checks', '❌ Auto-approve rule', '✅ Naming convention', 'Approve', 'Reject');
    assert.equal((posted.refresh as { action: { verb: string } }).action.verb, 'env.admin.refresh', 'every viewer refreshes to the current state');
    assert.equal(makerCards().length, 0, 'the maker read the outcome in their own reply');

    const request = await firstRequest();
    await press(t.baseUrl, 'env.approve', { requestId: request.id, comment: 'Looks good' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    assert.equal(channelPosts().length, 1, 'no second card');
    const [update] = channelUpdates();
    assert.equal(update?.activityId, channelPosts()[0]!.createdId, 'the posted card is replaced in place');
    assertCardSays(cardOf(update!.activity), 'Approved by', ADMIN.name, 'Mark provisioned');
    const [notice] = makerCards();
    assertCardSays(notice, 'Approved by Ada Admin.', 'Looks good', 'The CoE team is creating your environment');

    await press(t.baseUrl, 'env.provisioned', { requestId: request.id, environmentUrl: 'https://fin-invoice.crm4.dynamics.com/' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    assertCardSays(makerCards().at(-1), 'is ready: https://fin-invoice.crm4.dynamics.com/', 'Open environment');
    assertCardSays(cardOf(channelUpdates().at(-1)!.activity), 'Status: Ready', 'Nothing to do');
  });

  it('when an admin rejects, then the maker is told who rejected and why, and the channel card says so', async () => {
    await start();
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const request = await firstRequest();
    await press(t.baseUrl, 'env.reject', { requestId: request.id, comment: 'Use the shared finance sandbox.' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    assertCardSays(makerCards()[0], 'Rejected by Ada Admin: “Use the shared finance sandbox.”');
    assertCardSays(cardOf(channelUpdates()[0]!.activity), 'Status: Rejected', 'Rejected by', 'Use the shared finance sandbox.');
  });

  it('when the policy approves a request the CoE must create by hand, then the admins get a card to record it', async () => {
    await start();
    await submitForm(t.baseUrl, DEVELOPER_DRAFT, { serviceUrl: stub.url });
    await deliver();
    const posted = cardOf(channelPosts()[0]!.activity)!;
    assertCardSays(posted, 'HR-Onboarding bot', 'CoE policy (automatic)', 'create the environment in the Power Platform admin center', 'Mark provisioned');
  });

  it('when automatic provisioning fails and an admin retries, then the maker hears of the failure and of the ready environment', async () => {
    pp = await new PowerPlatformStandIn().start();
    await start({ ...pp.settings(), POWER_PLATFORM_POLL_INTERVAL_SECONDS: '1' });
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const request = await firstRequest();
    await press(t.baseUrl, 'env.approve', { requestId: request.id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    pp.faults({ capacity: true });
    await driveProvisioning(t, clock, request.id);
    await deliver();
    assertCardSays(makerCards().at(-1), 'Creating FIN-Invoice approvals failed', 'enough Dataverse capacity', 'can retry');
    assertCardSays(cardOf(channelUpdates().at(-1)!.activity), 'Why it failed', 'Retry provisioning');

    pp.faults({ capacity: false });
    await press(t.baseUrl, 'env.retry', { requestId: request.id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await driveProvisioning(t, clock, request.id);
    await deliver();
    assertCardSays(makerCards().at(-1), 'is ready: https://fin-invoice-approvals.crm4.dynamics.com/');
  });

  it('when the expiry job warns and the maker asks for more time, then the warning arrives and the admins decide the extension on the card', async () => {
    await start();
    await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
    const request = await firstRequest();
    await press(t.baseUrl, 'env.approve', { requestId: request.id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await press(t.baseUrl, 'env.provisioned', { requestId: request.id, environmentUrl: 'https://fin-invoice.crm4.dynamics.com/' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    stub.reset();

    clock.advance(55 * DAY);
    await t.app.services.environments.service.runExpiry();
    await deliver();
    assertCardSays(makerCards()[0], 'expires in 5 days', 'Ask for an extension', 'Request more time');

    await press(t.baseUrl, 'env.extend', { requestId: request.id, extensionDays: '30', extensionReason: 'Quarter-end testing.' }, { serviceUrl: stub.url });
    await deliver();
    assertCardSays(cardOf(channelUpdates().at(-1)!.activity), 'Extension asked:', 'Quarter-end testing.', 'Approve extension');
    await press(t.baseUrl, 'env.extension.approve', { requestId: request.id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    await deliver();
    assertCardSays(makerCards().at(-1), 'Ada Admin extended it by 30 days', 'It now expires on');
    assert.doesNotMatch(cardText(makerCards()), /undefined|\[object/);
  });
});
