import assert from 'node:assert/strict';
import { cardNotice, cardUpdate, textNotice } from '../../src/domain/delivery/service.js';
import type { OutboundMessage } from '../../src/domain/delivery/types.js';
import { GraphSentActivityLookup } from '../../bot/delivery/graph-lookup.js';
import { AccessTokens } from '../../src/integrations/entra/credential.js';
import { createTemplateRegistry } from '../../bot/delivery/templates.js';
import { conversationInput, TENANT_A, waitFor } from '../helpers/delivery-fakes.js';
import { BOT_TENANT_ID, TeamsStandIn } from '../helpers/teams-stand-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Office hours today' }] };
const MIA_AAD = '00000000-0000-0000-0000-00000000b002';
const CHANNEL = '19:general@thread.tacv2';
const GROUP = '00000000-0000-0000-0000-0000000000cc';

describe('delivery through the Teams transport (Bot Connector protocol, botbuilder ConnectorClient)', function () {
  this.timeout(30_000);
  let teams: TeamsStandIn;
  let t: TestApp;

  const enqueue = (m: OutboundMessage) => t.app.services.delivery.enqueue(m);
  const record = (key: string) => t.app.services.store.repos.outbox.findByKey(key);
  const settled = (key: string) => waitFor(async () => {
    const r = await record(key);
    return r && !['queued', 'sending'].includes(r.state) ? r : undefined;
  }, `${key} to be settled`);

  before(async () => {
    teams = await new TeamsStandIn().start();
  });
  after(async () => teams.stop());
  beforeEach(async () => {
    teams.reset();
    t = await startTestApp({ DELIVERY_POLL_MS: '20', DELIVERY_BACKOFF_BASE_MS: '20', DELIVERY_BACKOFF_MAX_MS: '100', DELIVERY_LOOKUP: 'graph', GRAPH_BASE_URL: teams.graphUrl, ...teams.botIdentitySettings() });
    const at = new Date().toISOString();
    await t.app.services.store.repos.conversations.upsertInstalled(conversationInput('a:mia', { serviceUrl: teams.url, userAad: MIA_AAD }), at);
    await t.app.services.store.repos.conversations.upsertInstalled(conversationInput(CHANNEL, { scope: 'channel', serviceUrl: teams.url, teamId: '19:team@thread.tacv2', teamAadGroupId: GROUP }), at);
  });
  afterEach(async () => t.close());

  it('when a card is sent, then Teams receives it addressed from the stored reference, carrying its idempotency key', async () => {
    await enqueue(cardNotice({ key: 'hello-card', conversationId: 'a:mia', card: CARD }));
    const sent = await settled('hello-card');
    assert.equal(sent.state, 'sent');
    const [post] = teams.posts();
    assert.ok(post);
    assert.equal(post.thread, 'a:mia');
    assert.equal(post.createdId, sent.activityId);
    const activity = post.activity as { channelData: { makerHub: { key: string }; tenant: { id: string } }; attachments: Array<{ content: { makerHubKey: string } }>; from: { id: string }; recipient: { aadObjectId: string } };
    assert.equal(activity.channelData.makerHub.key, 'hello-card');
    assert.equal(activity.channelData.tenant.id, TENANT_A);
    assert.equal(activity.attachments[0]!.content.makerHubKey, 'hello-card');
    assert.equal(activity.from.id, '28:maker-hub-bot');
    assert.equal(activity.recipient.aadObjectId, MIA_AAD);
  });

  it('when the bot has an app registration, then each Bot Connector call carries its token for api.botframework.com, fetched from its tenant', async () => {
    await enqueue(textNotice({ key: 'signed', conversationId: 'a:mia', text: 'hi' }));
    assert.equal((await settled('signed')).state, 'sent');
    assert.equal(teams.calls[0]!.authorization, 'Bearer stand-in-graph-token');
    const token = teams.entra.tokenRequests().find((r) => r.form.scope === 'https://api.botframework.com/.default');
    assert.ok(token, 'a Bot Connector token was requested');
    assert.deepEqual([token.tenant, token.form.client_id, token.form.client_secret], [BOT_TENANT_ID, teams.botAppId, 'stand-in-bot-secret']);
  });

  it('when Teams answers 503 once, then botbuilder does not retry on its own: our policy makes the second call', async () => {
    teams.failNext({ status: 503 });
    await enqueue(textNotice({ key: 'retry-once', conversationId: 'a:mia', text: 'hi' }));
    const sent = await settled('retry-once');
    assert.equal(sent.state, 'sent');
    assert.equal(sent.attempt, 2);
    assert.deepEqual(teams.calls.map((c) => c.status), [503, 200], 'exactly one HTTP call per attempt');
  });

  it('when the template is unknown or the message too large, then it fails at once with a clear reason and nothing is sent', async () => {
    await enqueue({ ...textNotice({ key: 'no-template', conversationId: 'a:mia', text: 'x' }), template: 'ask.does-not-exist' });
    const huge = { ...CARD, body: [{ type: 'TextBlock', text: 'x'.repeat(120 * 1024) }] };
    await enqueue(cardNotice({ key: 'too-big', conversationId: 'a:mia', card: huge }));
    await enqueue({ ...textNotice({ key: 'bad-payload', conversationId: 'a:mia', text: 'x' }), payload: { nothing: true } });
    await enqueue({ ...textNotice({ key: 'bad-event', conversationId: 'a:mia', text: 'x' }), template: 'events.announcement', payload: { counts: { going: 0 } } });
    const unknown = await settled('no-template');
    assert.equal(unknown.state, 'failed');
    assert.match(unknown.lastError!, /Unknown delivery template "ask.does-not-exist"/);
    assert.match((await settled('too-big')).lastError!, /larger than Teams accepts|at most 100 KB/);
    assert.match((await settled('bad-payload')).lastError!, /notice.text.*payload.text/);
    assert.equal((await settled('bad-event')).lastError, 'Template "events.announcement" cannot render this payload: payload.event.id must be text');
    assert.equal(teams.calls.length, 0);
  });

  it('when a card is updated, replied to and deleted, then PUT, a thread reply and DELETE reach Teams for the recorded activity', async () => {
    await enqueue(cardNotice({ key: 'rsvp-card', conversationId: CHANNEL, card: CARD }));
    const posted = await settled('rsvp-card');
    await enqueue(cardUpdate({ key: 'rsvp-card:v2', targetKey: 'rsvp-card', conversationId: CHANNEL, card: { ...CARD, body: [{ type: 'TextBlock', text: 'going: 2' }] } }));
    await enqueue({ ...textNotice({ key: 'thread-reply', conversationId: CHANNEL, text: 'Starting in 15 minutes' }), replyToActivityId: posted.activityId! });
    assert.equal((await settled('rsvp-card:v2')).state, 'sent');
    assert.equal((await settled('thread-reply')).state, 'sent');
    const content = teams.message(posted.activityId!)!.activity as { attachments: Array<{ content: { body: Array<{ text: string }>; makerHubKey: string } }> };
    assert.equal(content.attachments[0]!.content.body[0]!.text, 'going: 2');
    assert.equal(content.attachments[0]!.content.makerHubKey, 'rsvp-card', 'an update keeps the identity of the posted card');
    assert.ok(teams.calls.some((c) => c.method === 'POST' && c.thread === `${CHANNEL};messageid=${posted.activityId}`));

    await enqueue({ idempotencyKey: 'rsvp-card:delete', operation: 'delete', targetKey: 'rsvp-card', conversationId: CHANNEL, template: 'notice.card', payload: {}, essential: true });
    assert.equal((await settled('rsvp-card:delete')).state, 'sent');
    assert.equal(teams.message(posted.activityId!)!.deleted, true);
  });

  it('when a conversation blocked the bot, then 403 MessageWritesBlocked marks it unreachable and its next message is not attempted', async () => {
    teams.block('a:mia');
    await enqueue(textNotice({ key: 'to-blocked', conversationId: 'a:mia', text: 'x' }));
    assert.equal((await settled('to-blocked')).state, 'unreachable');
    await enqueue(textNotice({ key: 'to-blocked-2', conversationId: 'a:mia', text: 'y' }));
    const second = await settled('to-blocked-2');
    assert.equal(second.state, 'unreachable');
    assert.match(second.lastError!, /Not attempted.*MessageWritesBlocked/);
    assert.equal(teams.calls.length, 1);
  });

  it('when a posted card is looked up through Microsoft Graph, then it is found by its key in the chat or the channel', async () => {
    await enqueue(cardNotice({ key: 'findable', conversationId: 'a:mia', card: CARD }));
    await enqueue(cardNotice({ key: 'findable-channel', conversationId: CHANNEL, card: CARD }));
    const chatMessage = await settled('findable');
    const channelMessage = await settled('findable-channel');
    const tokens = new AccessTokens({ clientId: teams.botAppId, tenantId: BOT_TENANT_ID, clientSecret: 'stand-in-bot-secret', authorityHost: teams.entra.url });
    const lookup = new GraphSentActivityLookup({ baseUrl: teams.graphUrl, token: (scope, tenant) => tokens.get(scope, tenant), templates: createTemplateRegistry() });
    const mia = (await t.app.services.store.repos.conversations.find('a:mia'))!;
    const channel = (await t.app.services.store.repos.conversations.find(CHANNEL))!;
    const since = new Date(Date.now() - 60_000).toISOString();
    const card = (key: string) => ({ idempotencyKey: key, template: 'notice.card', payload: { card: CARD } });
    assert.equal(await lookup.find(mia, 'findable', since, card('findable')), chatMessage.activityId);
    assert.equal(await lookup.find(channel, 'findable-channel', since, card('findable-channel')), channelMessage.activityId);
    assert.equal(await lookup.find(mia, 'never-sent', since, card('never-sent')), null);
    assert.equal(await lookup.find(mia, 'plain', since, { idempotencyKey: 'plain', template: 'notice.text', payload: { text: 'x' } }), 'unknown', 'text carries no key Graph shows');
    assert.ok(teams.graphRequests.some((r) => r.path.startsWith(`/v1.0/chats/19:${MIA_AAD}_maker-hub-bot@unq.gbl.spaces`) && r.status === 200));
    assert.ok(teams.graphRequests.some((r) => r.path === `/v1.0/teams/${GROUP}/channels/${CHANNEL}/messages` && r.status === 200));
  });

  it('when Teams posted a card but answered 504, then the retry finds it through Graph and does not post it again', async () => {
    teams.failNext({ status: 504, deliver: true });
    await enqueue(cardNotice({ key: 'posted-despite-504', conversationId: 'a:mia', card: CARD }));
    const record504 = await settled('posted-despite-504');
    assert.equal(record504.state, 'sent');
    assert.equal(record504.inDoubt, 'found');
    assert.equal(teams.postedKeys().get('posted-despite-504'), 1);
    assert.equal(record504.activityId, teams.posts()[0]!.createdId);
  });
});
