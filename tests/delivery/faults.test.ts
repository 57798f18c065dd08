import assert from 'node:assert/strict';
import { cardNotice, cardUpdate } from '../../src/domain/delivery/service.js';
import { DELIVERY_STATES, type OutboundMessage } from '../../src/domain/delivery/types.js';
import { conversationInput, TENANT_A, TENANT_B, waitFor } from '../helpers/delivery-fakes.js';
import { TeamsStandIn } from '../helpers/teams-stand-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const card = (text: string) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] });
const aad = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

/**
 * A fan-out against a Teams stand-in that enforces Teams' limits and injects faults at random
 * (seeded): 429 with and without Retry-After, 500/503, 412, 504 after posting, a dropped
 * connection, a user who blocked the bot (403) and a chat that is gone (404). Every message must
 * end sent or accounted for, none twice, and no thread or tenant may ever exceed its limit.
 */
describe('delivery under faults, against limit-enforcing Teams', function () {
  this.timeout(60_000);
  let teams: TeamsStandIn;
  let t: TestApp;

  before(async () => {
    teams = await new TeamsStandIn({ tenantRps: 50 }).start();
    t = await startTestApp({
      DELIVERY_TENANT_RPS: '50',
      DELIVERY_POLL_MS: '20',
      DELIVERY_BACKOFF_BASE_MS: '100',
      DELIVERY_BACKOFF_MAX_MS: '1000',
      DELIVERY_LOOKUP: 'graph',
      GRAPH_BASE_URL: teams.graphUrl,
      ...teams.botIdentitySettings(),
    });
  });
  after(async () => {
    await t?.close();
    await teams?.stop();
  });

  it('when a fan-out meets throttling, errors, blocked and removed recipients, then every message is sent once or accounted for and no limit is exceeded', async () => {
    const repos = t.app.services.store.repos;
    const at = new Date().toISOString();
    const messages: OutboundMessage[] = [];
    // 60 personal chats in two tenants, one card each.
    for (let i = 0; i < 60; i += 1) {
      const id = `a:chat-${i}`;
      await repos.conversations.upsertInstalled(conversationInput(id, { serviceUrl: teams.url, tenantId: i % 3 ? TENANT_A : TENANT_B, userAad: aad(i) }), at);
      messages.push(cardNotice({ key: `chat-${i}`, conversationId: id, card: card(`Hello ${i}`) }));
    }
    // Two busy channels: 25 posts each (the 7/1 s and 8/2 s windows bind), one card updated five times.
    for (const c of [1, 2]) {
      const id = `19:channel-${c}@thread.tacv2`;
      await repos.conversations.upsertInstalled(conversationInput(id, { scope: 'channel', serviceUrl: teams.url, teamAadGroupId: aad(900 + c) }), at);
      for (let i = 0; i < 25; i += 1) messages.push(cardNotice({ key: `channel-${c}-${i}`, conversationId: id, card: card(`Post ${i}`) }));
    }
    for (let v = 1; v <= 5; v += 1) messages.push(cardUpdate({ key: `channel-1-0:v${v}`, targetKey: 'channel-1-0', conversationId: '19:channel-1@thread.tacv2', card: card(`Going: ${v}`) }));
    // A user who blocked the bot, and a chat that no longer exists.
    for (const [id, n] of [['a:blocked', 3], ['a:gone', 2]] as const) {
      await repos.conversations.upsertInstalled(conversationInput(id, { serviceUrl: teams.url, userAad: aad(id.length) }), at);
      for (let i = 0; i < n; i += 1) messages.push(cardNotice({ key: `${id}-${i}`, conversationId: id, card: card('x') }));
    }
    teams.block('a:blocked');
    teams.block('a:gone', { status: 404, body: { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } } });
    // Each kind of fault at least once, whatever the random draws; then random faults on top.
    teams.failWhen((c) => c.key === 'chat-2', { status: 429, headers: { 'retry-after': '1' } }, 1);
    teams.failWhen((c) => c.key === 'chat-3', { status: 429 }, 1);
    teams.failWhen((c) => c.key === 'chat-4', { status: 412 }, 1);
    teams.failWhen((c) => c.key === 'chat-5', { status: 503 }, 1);
    teams.failWhen((c) => c.key === 'chat-6', { status: 504, deliver: true }, 1);
    teams.failWhen((c) => c.key === 'chat-7', { status: 0, drop: true, deliver: true }, 1);
    teams.failWhen((c) => c.key === 'chat-8', { status: 0, drop: true }, 1);
    teams.setChaos({ seed: Number(process.env.DELIVERY_FAULT_SEED ?? 20260327), throttle: 0.08, throttleWithoutRetryAfter: 0.04, serverError: 0.06, preconditionFailed: 0.03, gatewayTimeoutDelivered: 0.04, retryAfterSeconds: 1 });

    const started = Date.now();
    const { queued } = await t.app.services.delivery.enqueueBatch({ id: 'chaos', kind: 'test', title: 'Fan-out under faults', createdBy: null }, messages);
    assert.equal(queued, messages.length);
    const report = await waitFor(async () => {
      const r = await t.app.services.delivery.report({ kind: 'operator', name: 'test' }, 'chaos');
      return r.finished ? r : undefined;
    }, 'the batch to finish', 50_000, 100);

    // Accounted for: every message is in a final state, and the states add up.
    assert.equal(report.total, messages.length);
    assert.equal(DELIVERY_STATES.reduce((n, s) => n + report.counts[s], 0), messages.length);
    assert.equal(report.counts.unreachable, 5, `${JSON.stringify(report.counts)} ${JSON.stringify(report.problems)}`);
    assert.equal(report.counts.failed, 0, JSON.stringify(report.problems));
    assert.equal(report.counts.sent + report.counts.superseded, messages.length - 5);
    assert.ok(report.counts.superseded <= 4);

    // Once each: no card was posted twice, even when Teams posted it and then answered 504 or dropped the connection.
    const posted = teams.postedKeys();
    const twice = [...posted].filter(([, n]) => n > 1);
    assert.deepEqual(twice, []);
    for (const m of messages.filter((x) => x.operation === 'send' && !x.conversationId.startsWith('a:blocked') && !x.conversationId.startsWith('a:gone'))) assert.equal(posted.get(m.idempotencyKey), 1, m.idempotencyKey);
    const channelCard = await repos.outbox.findByKey('channel-1-0');
    const finalCard = teams.message(channelCard!.activityId!)!.activity as { attachments: Array<{ content: { body: Array<{ text: string }> } }> };
    assert.equal(finalCard.attachments[0]!.content.body[0]!.text, 'Going: 5', 'the newest update is what people see');

    // The limits held: the stand-in saw no thread or tenant over its windows.
    assert.deepEqual(teams.violations, []);
    // Unreachable recipients were called once, then left alone.
    assert.equal(teams.calls.filter((c) => c.conversationId === 'a:blocked').length, 1);
    assert.equal(teams.calls.filter((c) => c.conversationId === 'a:gone').length, 1);
    for (const status of [429, 412, 503, 504, 0]) assert.ok(teams.calls.some((c) => c.status === status), `a ${status} happened`);
    assert.ok(report.inDoubtFound >= 2, 'posted-then-504 and posted-then-dropped messages were found, not resent');
    assert.ok(Date.now() - started < 50_000);
  });
});
