import assert from 'node:assert/strict';
import type { DatabaseConfig } from '../../src/config/index.js';
import { eventLinks } from '../../src/container-events.js';
import { EventService } from '../../src/domain/events/service.js';
import { parseReminderOffsets } from '../../src/domain/events/reminders.js';
import { IdentityService } from '../../src/domain/identity/service.js';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/domain/shared/errors.js';
import { openDatabase } from '../../src/storage/dialect.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { SqlStore } from '../../src/storage/sql-store.js';
import { asActor, closeStore, ManualClock, sampleEvent } from '../helpers/training-events.js';
import { testConfig } from '../helpers/test-app.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
/** Who makes a change, as the tab API and the bot pass it. */
const by = (p: Principal) => ({ actor: asActor(p) });
const oid = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`;

/** Events, RSVPs, the wait list and feedback, run unchanged on SQLite, PGlite and a PostgreSQL server. */
export function eventsSuite(name: string, open: () => Promise<{ config: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`events on ${name}`, function () {
    this.timeout(60_000);
    let store: SqlStore;
    let cleanup: (() => Promise<void>) | undefined;
    let clock: ManualClock;
    let events: EventService;
    let identity: IdentityService;
    let admin: Principal;
    const person = (n: number, name = `Maker ${n}`) => identity.signIn({ tenantId: TENANT, aadObjectId: oid(n), displayName: name });

    // One database for the suite (PGlite takes seconds to start); each test makes its own events and people.
    before(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      store = new SqlStore(await openDatabase(opened.config));
      await migrateToLatest(store.handle.db);
      clock = new ManualClock(new Date('2026-05-04T09:00:00.000Z'));
      identity = new IdentityService(store, clock, { initialAdmins: [oid(1)] });
      admin = await person(1, 'Ada Admin');
      const links = eventLinks(testConfig().settings);
      events = new EventService({ store, clock, settings: { reminders: parseReminderOffsets('1d,15m'), feedbackDelayMinutes: 60 }, links });
    });
    beforeEach(() => clock.set('2026-05-04T09:00:00.000Z'));
    after(async () => {
      await closeStore(store);
      await cleanup?.();
    });

    it('when two makers go to an event with one seat, then the second waits and is promoted when the first drops out', async () => {
      const event = await events.create(by(admin), sampleEvent('2026-05-20', { capacity: 1 }));
      const [mia, max] = [await person(2, 'Mia'), await person(3, 'Max')];
      assert.equal((await events.respond(userChange(mia), event.id, 'going')).standing, 'going');
      const waiting = await events.respond(userChange(max), event.id, 'going');
      assert.deepEqual([waiting.standing, waiting.waitlistPosition, waiting.counts.going, waiting.counts.waitlisted], ['waitlisted', 1, 1, 1]);
      assert.equal((await events.respond(userChange(max), event.id, 'going')).changed, false, 'answering again keeps the place in line');

      const dropped = await events.respond(userChange(mia), event.id, 'not-going');
      assert.deepEqual(dropped.promoted, [max.user.id]);
      assert.deepEqual([dropped.counts.going, dropped.counts.waitlisted, dropped.counts.notGoing, dropped.counts.spotsLeft], [1, 0, 1, 0]);
      assert.equal((await events.detail(max, event.id)).mine, 'going');
      const promote = await store.repos.audit.list({ action: 'event.rsvp.promote' });
      assert.equal(promote.length, 1);
      assert.equal((await store.repos.audit.list({ action: 'event.rsvp' })).length, 3);
    });

    it('when many makers answer at once for few seats, then never more than the capacity are going', async () => {
      const event = await events.create(by(admin), sampleEvent('2026-05-21', { capacity: 3 }));
      const people = await Promise.all(Array.from({ length: 8 }, (_, i) => person(10 + i)));
      await Promise.all(people.map((p) => events.respond(userChange(p), event.id, 'going')));
      const detail = await events.detail(admin, event.id);
      assert.deepEqual([detail.counts.going, detail.counts.waitlisted], [3, 5]);
    });

    it('when an admin raises the capacity, then the wait list moves up; when a maker tries to edit, it is refused and audited', async () => {
      const event = await events.create(by(admin), sampleEvent('2026-05-22', { capacity: 1 }));
      const [a, b, c] = [await person(2), await person(3), await person(4)];
      for (const p of [a, b, c]) {
        await events.respond(userChange(p), event.id, 'going');
        clock.advance(1000);
      }
      const updated = await events.update(by(admin), event.id, sampleEvent('2026-05-22', { capacity: 2 }), event.version);
      assert.equal(updated.version, 2);
      assert.equal(updated.scheduleVersion, 1, 'same time: reminders are not re-planned');
      const d = await events.detail(admin, event.id);
      assert.deepEqual([d.counts.going, d.counts.waitlisted], [2, 1]);
      assert.equal((await events.detail(c, event.id)).waitlistPosition, 1);
      await assert.rejects(events.update(by(admin), event.id, sampleEvent('2026-05-22', { capacity: 3 }), 1), ConflictError, 'a stale edit is refused');

      await assert.rejects(events.update(by(a), event.id, sampleEvent('2026-05-22')), ForbiddenError);
      await assert.rejects(events.create(by(a), sampleEvent('2026-05-22')), ForbiddenError);
      const denied = (await store.repos.audit.list({ limit: 100 })).filter((e) => e.action.endsWith('.denied'));
      assert.deepEqual(denied.map((e) => e.action).sort(), ['event.create.denied', 'event.update.denied']);
    });

    it('when an event is moved and then cancelled, then versions bump, answers are refused after, and it shows as cancelled', async () => {
      const event = await events.create(by(admin), sampleEvent('2026-05-23'));
      const mia = await person(2);
      await events.respond(userChange(mia), event.id, 'going');
      const moved = await events.update(by(admin), event.id, sampleEvent('2026-05-23', { start: '2026-05-23T14:00', end: '2026-05-23T15:00' }));
      assert.deepEqual([moved.startsAt, moved.scheduleVersion], ['2026-05-23T12:00:00.000Z', 2]);
      const { event: cancelled, changed } = await events.cancel(by(admin), event.id, 'Speaker is ill');
      assert.deepEqual([changed, cancelled.status, cancelled.cancelReason, cancelled.scheduleVersion], [true, 'cancelled', 'Speaker is ill', 3]);
      assert.equal((await events.cancel(by(admin), event.id, null)).changed, false, 'cancelling twice changes nothing');
      await assert.rejects(events.respond(userChange(mia), event.id, 'maybe'), ConflictError);
      const upcoming = await events.list(mia, { when: 'upcoming' });
      assert.equal(upcoming.find((s) => s.event.id === event.id)?.event.status, 'cancelled', 'a cancelled event stays listed, marked');
      const ics = await events.calendar(event.id, 'makerhub.test');
      assert.match(ics.body, /STATUS:CANCELLED/);
    });

    it('when events are listed, then upcoming, past, type and "my RSVPs" filters apply with the viewer\'s answer', async () => {
      const soon = await events.create(by(admin), sampleEvent('2026-05-10', { type: 'webinar', title: 'Copilot Studio webinar' }));
      const later = await events.create(by(admin), sampleEvent('2026-06-10'));
      const mia = await person(2);
      await events.respond(userChange(mia), later.id, 'maybe');
      clock.set('2026-05-15T00:00:00.000Z');
      const ours = <T extends { event: { id: string } }>(list: T[]) => list.filter((s) => [soon.id, later.id].includes(s.event.id));
      assert.deepEqual(ours(await events.list(mia, { when: 'upcoming' })).map((s) => [s.event.id, s.mine]), [[later.id, 'maybe']]);
      assert.deepEqual(ours(await events.list(mia, { when: 'past' })).map((s) => s.event.id), [soon.id]);
      assert.deepEqual(ours(await events.list(mia, { when: 'past', type: 'office-hours' })).length, 0);
      assert.deepEqual(ours(await events.list(mia, { when: 'upcoming', mine: true })).map((s) => s.event.id), [later.id]);
      assert.equal(ours(await events.list(admin, { when: 'upcoming', mine: true })).length, 0);
    });

    it('when a maker with a chat goes to an event across a DST change, then reminders and the feedback prompt are queued at the right UTC instants and withdrawn when they drop out', async () => {
      clock.set('2026-03-20T12:00:00.000Z');
      const event = await events.create(by(admin), sampleEvent('2026-03-29'));
      const mia = await person(40, 'Mia');
      await store.repos.conversations.upsertInstalled(
        { id: 'a:mia-chat', tenantId: TENANT, scope: 'personal', teamId: null, teamName: null, channelId: null, channelName: null, userId: mia.user.id, serviceUrl: 'http://127.0.0.1:1/', reference: {} },
        clock.now().toISOString(),
      );
      await events.respond(userChange(mia), event.id, 'going');
      const key = (label: string) => `event:${event.id}:reminder:${label}:s1:${mia.user.id}`;
      const dayBefore = await store.repos.outbox.findByKey(key('1d'));
      const quarter = await store.repos.outbox.findByKey(key('15m'));
      const feedback = await store.repos.outbox.findByKey(`event:${event.id}:feedback:s1:${mia.user.id}`);
      // 10:00 CEST on the first summer-time day is 08:00Z; the day before, 10:00 CET, is 09:00Z (23 h earlier).
      assert.deepEqual([dayBefore?.notBefore, quarter?.notBefore, feedback?.notBefore], ['2026-03-28T09:00:00.000Z', '2026-03-29T07:45:00.000Z', '2026-03-29T10:00:00.000Z']);
      assert.deepEqual([dayBefore?.essential, dayBefore?.template, dayBefore?.batchId, dayBefore?.conversationId], [false, 'events.reminder', `event:${event.id}:reminder:1d:s1`, 'a:mia-chat']);
      assert.ok(await store.repos.outbox.findBatch(`event:${event.id}:reminder:1d:s1`), 'the reminder run has a batch (a delivery report)');

      await events.respond(userChange(mia), event.id, 'not-going');
      for (const k of [key('1d'), key('15m'), `event:${event.id}:feedback:s1:${mia.user.id}`]) assert.equal((await store.repos.outbox.findByKey(k))?.state, 'cancelled', k);
    });

    it('when attendees rate an event after it started, then the summary averages them; others and early raters are refused', async () => {
      const event = await events.create(by(admin), sampleEvent('2026-05-12'));
      const [mia, max, sam] = [await person(2), await person(3), await person(4)];
      await events.respond(userChange(mia), event.id, 'going');
      await events.respond(userChange(max), event.id, 'going');
      await assert.rejects(events.submitFeedback(userChange(mia), event.id, 5, ''), ConflictError, 'not started yet');
      clock.set('2026-05-12T10:00:00.000Z');
      await events.submitFeedback(userChange(mia), event.id, 5, 'Great session');
      await events.submitFeedback(userChange(max), event.id, '3', '');
      await events.submitFeedback(userChange(max), event.id, 4, 'Changed my mind');
      await assert.rejects(events.submitFeedback(userChange(sam), event.id, 4, ''), ConflictError, 'only attendees rate');
      await assert.rejects(events.submitFeedback(userChange(mia), event.id, 6, ''), ValidationError);
      const detail = await events.detail(mia, event.id);
      assert.deepEqual([detail.feedback.count, detail.feedback.average, detail.feedback.distribution[4], detail.myFeedback?.rating], [2, 4.5, 1, 5]);
      assert.equal(detail.attendees, null, 'makers do not see who answered');
      const comments = await events.feedbackDetails(by(admin), event.id);
      assert.deepEqual(comments.map((c) => c.comment).sort(), ['Changed my mind', 'Great session']);
      await assert.rejects(events.feedbackDetails(by(mia), event.id), ForbiddenError);
    });
  });
}
