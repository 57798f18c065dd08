import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { DeliveryService, cardNotice, cardUpdate, textNotice } from '../../src/domain/delivery/service.js';
import { THREAD_LIMITS } from '../../src/domain/delivery/rate-limits.js';
import { DeliveryWorker, type DeliveryWorkerOptions } from '../../src/domain/delivery/worker/index.js';
import { IdentityService } from '../../src/domain/identity/service.js';
import { userChange } from '../../src/domain/identity/types.js';
import { ForbiddenError } from '../../src/domain/shared/errors.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { conversationInput, FakeClock, FakeLookup, FakeTransport, quietLogger, TENANT_A, TENANT_B, transportError, VirtualSleeper } from '../helpers/delivery-fakes.js';

const ADA = '00000000-0000-0000-0000-00000000a001';
const MIA = '00000000-0000-0000-0000-00000000b002';
const CARD = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hello' }] };
const OPERATOR = { kind: 'operator' as const, name: 'test' };

/**
 * The delivery engine against a real database (SQLite, PGlite, PostgreSQL), with a fake transport
 * and a virtual clock: queueing, claiming, ordering, coalescing, opt-out, unreachable, batches,
 * schedules and crash recovery, deterministically and fast.
 */
export function deliverySuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`delivery engine on ${name}`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let cleanup: (() => Promise<void>) | undefined;
    let clock: FakeClock;
    let transport: FakeTransport;
    let lookup: FakeLookup;
    let service: DeliveryService;

    const worker = (options: Partial<DeliveryWorkerOptions> = {}) =>
      new DeliveryWorker(
        { store, transport, lookup, clock, sleeper: new VirtualSleeper(clock), logger: quietLogger, random: () => 0.5 },
        { concurrency: 4, leaseMs: 30_000, retry: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000 }, ...options },
      );

    /** Works due lanes, then jumps the clock to the next due lane, until nothing waits (or `untilMs` is reached). */
    async function drain(w: DeliveryWorker, untilMs = 3_600_000): Promise<void> {
      const stop = clock.now().getTime() + untilMs;
      for (let i = 0; i < 500; i += 1) {
        await w.runUntilIdle();
        const next = await store.handle.db.selectFrom('delivery_lanes').select((eb) => eb.fn.min<string>('next_at').as('next')).where('next_at', 'is not', null).executeTakeFirst();
        const waiting = await store.handle.db.selectFrom('outbox').select('id').where('state', 'in', ['queued', 'sending']).executeTakeFirst();
        if (!waiting || !next?.next) return;
        const t = Date.parse(next.next);
        if (t > stop) return;
        if (t > clock.now().getTime()) clock.set(t);
        else clock.advance(10);
      }
    }

    const state = async (key: string) => (await store.repos.outbox.findByKey(key))?.state;

    beforeEach(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      clock = new FakeClock();
      store = new SqlStore(await openDatabase(opened.config), { clock });
      await migrateToLatest(store.handle.db);
      transport = new FakeTransport(clock);
      lookup = new FakeLookup();
      service = new DeliveryService(store, clock);
      for (const id of ['a:1', 'a:2', 'a:3']) await store.repos.conversations.upsertInstalled(conversationInput(id), clock.now().toISOString());
      await store.repos.conversations.upsertInstalled(conversationInput('19:chan@thread.tacv2', { scope: 'channel', tenantId: TENANT_B }), clock.now().toISOString());
    });
    afterEach(async () => {
      await store.close();
      await cleanup?.();
    });

    it('when the same idempotency key is queued twice, then one message exists and it is sent once', async () => {
      const first = await service.enqueue(textNotice({ key: 'k1', conversationId: 'a:1', text: 'hi' }));
      const again = await service.enqueue(textNotice({ key: 'k1', conversationId: 'a:1', text: 'hi again' }));
      assert.equal(first.created, true);
      assert.deepEqual(again, { id: first.id, created: false });
      await drain(worker());
      assert.equal(transport.sent().length, 1);
      assert.equal(transport.sent()[0]!.payload.text, 'hi');
      const after = await service.enqueue(textNotice({ key: 'k1', conversationId: 'a:1', text: 'third time' }));
      assert.equal(after.created, false, 'a sent key stays taken');
      await drain(worker());
      assert.equal(transport.sent().length, 1);
    });

    it('when the transaction that queued a message rolls back, then no message remains and nothing is sent', async () => {
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.outbox.enqueue(textNotice({ key: 'rolled-back', conversationId: 'a:1', text: 'never' }));
          await tx.outbox.createBatch({ id: 'b-rolled', kind: 'test', title: 'never', createdBy: null });
          throw new Error('the state change failed');
        }),
        /state change failed/,
      );
      assert.equal(await store.repos.outbox.findByKey('rolled-back'), undefined);
      assert.equal(await store.repos.outbox.findBatch('b-rolled'), undefined);
      await drain(worker());
      assert.equal(transport.calls.length, 0);
    });

    it('when a worker holds a lane, then another cannot claim it until the lease runs out', async () => {
      await service.enqueue(textNotice({ key: 'lease', conversationId: 'a:1', text: 'x' }));
      const now = clock.now();
      const until = new Date(now.getTime() + 30_000).toISOString();
      const mine = await store.repos.outbox.claimLanes('w1', now.toISOString(), until, 10, []);
      assert.deepEqual(mine.map((l) => l.conversationId), ['a:1']);
      assert.deepEqual(await store.repos.outbox.claimLanes('w2', now.toISOString(), until, 10, []), []);
      clock.advance(30_001);
      const later = clock.now();
      const theirs = await store.repos.outbox.claimLanes('w2', later.toISOString(), new Date(later.getTime() + 30_000).toISOString(), 10, []);
      assert.deepEqual(theirs.map((l) => [l.conversationId, l.lastHolder]), [['a:1', 'w1']]);
      assert.equal(await store.repos.outbox.beginAttempt((await store.repos.outbox.findByKey('lease'))!.id, 'w1', 'a:1', later.toISOString(), until, null), 'lost-lane', 'the old holder may not send any more');
    });

    it('when a process died between the call and its record, then the message is looked up: found is recorded, unknown and not-found are sent', async () => {
      for (const key of ['found', 'unknown', 'absent']) await service.enqueue(textNotice({ key, conversationId: 'a:1', text: key, batchId: 'crash' }));
      // A worker that wrote each attempt ahead and died before recording the outcome.
      const dead = 'dead-worker';
      const t0 = clock.now();
      await store.repos.outbox.claimLanes(dead, t0.toISOString(), new Date(t0.getTime() + 30_000).toISOString(), 10, []);
      for (const key of ['found', 'unknown', 'absent'])
        assert.equal(await store.repos.outbox.beginAttempt((await store.repos.outbox.findByKey(key))!.id, dead, 'a:1', t0.toISOString(), new Date(t0.getTime() + 30_000).toISOString(), null), 'ok');
      lookup.answers.set('found', 'teams-123');
      lookup.answers.set('absent', null);

      await worker().runUntilIdle();
      assert.equal(transport.calls.length + lookup.asked.length, 0, "nothing happens while the dead worker's lease runs");
      clock.advance(30_001);
      await drain(worker());
      assert.deepEqual(lookup.asked.sort(), ['absent', 'found', 'unknown']);
      assert.deepEqual(transport.sent().map((c) => c.key).sort(), ['absent', 'unknown'], 'only what was not found is sent');
      const found = await store.repos.outbox.findByKey('found');
      assert.deepEqual([found!.state, found!.activityId, found!.inDoubt], ['sent', 'teams-123', 'found']);
      const report = await service.report(OPERATOR, 'crash');
      assert.equal(report.counts.sent, 3);
      assert.equal(report.inDoubtFound, 1);
      assert.equal(report.inDoubtResent, 1, 'only the unknown one may show twice');
    });

    it('when several updates of one card wait, then only the newest is sent, after the card itself', async () => {
      await service.enqueue(cardNotice({ key: 'card', conversationId: '19:chan@thread.tacv2', card: CARD }));
      for (let i = 1; i <= 4; i += 1) await service.enqueue(cardUpdate({ key: `card:v${i}`, targetKey: 'card', conversationId: '19:chan@thread.tacv2', card: { ...CARD, body: [{ type: 'TextBlock', text: `going: ${i}` }] } }));
      await drain(worker());
      assert.deepEqual(transport.calls.map((c) => [c.op, c.key]), [['send', 'card'], ['update', 'card:v4']]);
      assert.equal(transport.calls[1]!.activityId, transport.calls[0]!.activityId, 'the update changes the posted card');
      for (const v of [1, 2, 3]) assert.equal(await state(`card:v${v}`), 'superseded');
      assert.equal(await state('card:v4'), 'sent');
    });

    it('when an update is queued before its card could be sent, then it waits for the card and then applies', async () => {
      transport.script = (call) => (call.op === 'send' && transport.calls.length === 1 ? transportError(503) : undefined);
      await service.enqueue(cardNotice({ key: 'late-card', conversationId: 'a:2', card: CARD }));
      await service.enqueue(cardUpdate({ key: 'late-card:v1', targetKey: 'late-card', conversationId: 'a:2', card: CARD }));
      await drain(worker());
      assert.deepEqual(transport.calls.map((c) => [c.op, c.key]), [['send', 'late-card'], ['send', 'late-card'], ['update', 'late-card:v1']]);
      assert.equal(await state('late-card:v1'), 'sent');
      const card = await store.repos.outbox.findByKey('late-card');
      assert.equal(card!.attempt, 2);
    });

    it('when a recipient opted out, then non-essential messages are skipped and counted, essential ones still arrive', async () => {
      const identity = new IdentityService(store, clock, { initialAdmins: [ADA] });
      const mia = await identity.signIn({ tenantId: TENANT_A, aadObjectId: MIA, displayName: 'Mia' });
      await store.repos.conversations.upsertInstalled(conversationInput('a:mia', { userId: mia.user.id }), clock.now().toISOString());
      await identity.setNotificationsOptOut(userChange(mia), true);
      await service.enqueueBatch({ id: 'reminders', kind: 'event-reminder', title: 'Reminder', createdBy: null }, [
        textNotice({ key: 'reminder:mia', conversationId: 'a:mia', text: 'tomorrow!', essential: false }),
        textNotice({ key: 'status:mia', conversationId: 'a:mia', text: 'your request is approved', essential: true }),
      ]);
      await drain(worker());
      assert.deepEqual(transport.sent().map((c) => c.key), ['status:mia']);
      const report = await service.report(OPERATOR, 'reminders');
      assert.equal(report.counts.skipped, 1);
      assert.equal(report.counts.sent, 1);
      assert.match(report.problems[0]!.reason, /turned off non-essential notifications/);
    });

    it('when Teams answers 403, then the conversation is unreachable and later messages are not attempted until it is active again', async () => {
      transport.script = (call) => (call.conversationId === 'a:3' ? transportError(403, { code: 'MessageWritesBlocked' }) : undefined);
      await service.enqueue(textNotice({ key: 'blocked-1', conversationId: 'a:3', text: 'one' }));
      await service.enqueue(textNotice({ key: 'blocked-2', conversationId: 'a:3', text: 'two' }));
      await drain(worker());
      assert.equal(transport.calls.filter((c) => c.conversationId === 'a:3').length, 1, 'one call, then no more');
      assert.equal(await state('blocked-1'), 'unreachable');
      assert.equal(await state('blocked-2'), 'unreachable');
      const conversation = await store.repos.conversations.find('a:3');
      assert.ok(conversation?.unreachableAt);
      assert.match(conversation!.unreachableReason!, /403/);
      const audited = await store.repos.audit.list({ action: 'conversation.unreachable' });
      assert.equal(audited.length, 1);

      await service.enqueue(textNotice({ key: 'blocked-3', conversationId: 'a:3', text: 'three' }));
      await drain(worker());
      assert.equal(transport.calls.filter((c) => c.conversationId === 'a:3').length, 1, 'still not attempted');
      assert.equal(await state('blocked-3'), 'unreachable');

      // The user unblocks the bot and writes again: the bot records the conversation on that turn.
      transport.script = null;
      await store.repos.conversations.upsertInstalled(conversationInput('a:3'), clock.now().toISOString());
      assert.equal((await store.repos.conversations.find('a:3'))!.unreachableAt, null);
      await service.enqueue(textNotice({ key: 'blocked-4', conversationId: 'a:3', text: 'four' }));
      await drain(worker());
      assert.equal(await state('blocked-4'), 'sent');
    });

    it('when messages go to a batch, then the report counts every state and cancelling stops what is still queued', async () => {
      transport.script = (call) => (call.conversationId === 'a:2' ? transportError(400, { code: 'BadArgument' }) : undefined);
      const messages = [
        textNotice({ key: 'b:1', conversationId: 'a:1', text: 'one' }),
        textNotice({ key: 'b:2', conversationId: 'a:2', text: 'two' }),
        textNotice({ key: 'b:3', conversationId: '19:chan@thread.tacv2', text: 'three' }),
        textNotice({ key: 'b:later', conversationId: 'a:1', text: 'later', notBefore: new Date(clock.now().getTime() + 3_600_000).toISOString() }),
        textNotice({ key: 'b:ghost', conversationId: 'a:unknown', text: 'nobody' }),
      ];
      const { queued } = await service.enqueueBatch({ id: 'announce-1', kind: 'event-announcement', title: 'Hackathon', createdBy: null }, messages);
      assert.equal(queued, 5);
      await drain(worker(), 60_000);
      let report = await service.report(OPERATOR, 'announce-1');
      assert.equal(report.total, 5);
      assert.deepEqual([report.counts.sent, report.counts.failed, report.counts.queued, report.scheduled], [2, 2, 1, 1]);
      assert.equal(report.finished, false);
      assert.ok(report.firstSentAt && report.lastSentAt && report.firstQueuedAt);
      assert.ok(report.problems.some((p) => /does not know the conversation/.test(p.reason)));

      report = await service.cancelBatch({ actor: OPERATOR }, 'announce-1');
      assert.equal(report.counts.cancelled, 1);
      assert.equal(report.finished, true);
      assert.ok(report.batch.cancelledAt);
      clock.advance(3_700_000);
      await drain(worker());
      assert.equal(transport.sent().filter((c) => c.key === 'b:later').length, 0, 'cancelled means not sent');
      const audit = await store.repos.audit.list({ action: 'delivery.batch.cancel' });
      assert.equal(audit.length, 1);
      const list = await service.listBatches(OPERATOR);
      assert.deepEqual(list.map((r) => [r.batch.id, r.total]), [['announce-1', 5]]);
    });

    it('when a maker asks for a delivery report, then it is refused and the refusal audited', async () => {
      const identity = new IdentityService(store, clock, { initialAdmins: [ADA] });
      const mia = await identity.signIn({ tenantId: TENANT_A, aadObjectId: MIA, displayName: 'Mia' });
      await service.createBatch({ id: 'secret', kind: 'x', title: 'x', createdBy: null });
      await assert.rejects(service.report({ kind: 'user', principal: mia }, 'secret'), ForbiddenError);
      await assert.rejects(service.cancelBatch(userChange(mia), 'secret'), ForbiddenError);
      assert.equal((await store.repos.audit.list({ action: 'delivery.batch.cancel.denied' })).length, 1);
    });

    it('when a send is scheduled, then it waits for its time, also across a restart of the worker', async () => {
      const due = new Date(clock.now().getTime() + 24 * 3_600_000).toISOString();
      await service.enqueue(textNotice({ key: 'reminder', conversationId: 'a:1', text: 'tomorrow', notBefore: due }));
      await worker().runUntilIdle();
      clock.advance(23 * 3_600_000);
      await worker().runUntilIdle();
      assert.equal(transport.calls.length, 0);
      clock.set(due);
      await worker().runUntilIdle();
      assert.deepEqual(transport.sent().map((c) => c.key), ['reminder']);
      assert.ok(transport.sent()[0]!.at >= Date.parse(due));
    });

    it('when Teams throttles and fails, then Retry-After is honoured, retries are bounded and the outcome recorded', async () => {
      const t0 = clock.now().getTime();
      let n = 0;
      transport.script = (call) => {
        if (call.key === 'throttled') return ++n === 1 ? transportError(429, { retryAfterMs: 7_000 }) : undefined;
        if (call.key === 'broken') return transportError(503);
        return undefined;
      };
      await service.enqueue(textNotice({ key: 'throttled', conversationId: 'a:1', text: 'x' }));
      await service.enqueue(textNotice({ key: 'broken', conversationId: 'a:2', text: 'y' }));
      await drain(worker());
      const throttled = transport.calls.filter((c) => c.key === 'throttled');
      assert.equal(throttled.length, 2);
      assert.ok(throttled[1]!.at - t0 >= 7_000, 'the retry waited for Retry-After');
      assert.equal(await state('throttled'), 'sent');
      assert.equal(transport.calls.filter((c) => c.key === 'broken').length, 3, 'maxAttempts');
      const broken = await store.repos.outbox.findByKey('broken');
      assert.equal(broken!.state, 'failed');
      assert.match(broken!.lastError!, /Gave up after 3 attempts/);
    });

    it('when many messages go to one thread, then no window of the thread limit is ever exceeded', async () => {
      const messages = Array.from({ length: 70 }, (_, i) => textNotice({ key: `burst:${i}`, conversationId: 'a:1', text: `#${i}` }));
      await service.enqueueBatch({ id: 'burst', kind: 'test', title: 'burst', createdBy: null }, messages);
      await drain(worker());
      const times = transport.sent('a:1').map((c) => c.at);
      assert.equal(times.length, 70);
      assert.deepEqual(
        transport.sent('a:1').map((c) => c.key),
        messages.map((m) => m.idempotencyKey),
        'in the order queued',
      );
      for (const { limit, windowMs } of THREAD_LIMITS)
        for (let i = limit; i < times.length; i += 1) assert.ok(times[i]! - times[i - limit]! >= windowMs, `${limit}/${windowMs} ms broken at #${i}`);
      assert.ok(times[69]! - times[0]! >= 30_000, 'the 60/30 s window made the 61st wait');
    });

    it('when a message is withdrawn before it is sent, then it is cancelled; a sent one stays sent', async () => {
      await service.enqueue(textNotice({ key: 'sent-one', conversationId: 'a:1', text: 'x' }));
      await drain(worker());
      await service.enqueue(textNotice({ key: 'withdrawn', conversationId: 'a:1', text: 'y', notBefore: new Date(clock.now().getTime() + 60_000).toISOString() }));
      assert.equal(await store.transaction((tx) => tx.outbox.cancel('withdrawn')), true);
      assert.equal(await store.transaction((tx) => tx.outbox.cancel('sent-one')), false);
      clock.advance(120_000);
      await drain(worker());
      assert.equal(await state('withdrawn'), 'cancelled');
      assert.equal(await state('sent-one'), 'sent');
      assert.equal(transport.calls.length, 1);
    });

    it('when a lane lost track of a waiting message, then the repair sweep makes it due again', async () => {
      await service.enqueue(textNotice({ key: 'orphan', conversationId: 'a:1', text: 'x' }));
      await store.handle.db.deleteFrom('delivery_lanes').execute();
      assert.equal(await worker().runUntilIdle(), 0);
      assert.equal(await store.repos.outbox.repairLanes(clock.now().toISOString(), 10), 1);
      await drain(worker());
      assert.equal(await state('orphan'), 'sent');
    });
  });
}
