import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../src/config/index.js';
import { createServices, type Services } from '../../src/container.js';
import type { Principal } from '../../src/domain/identity/types.js';
import { createLogger } from '../../src/logging.js';
import { buildInsightsFixture, FIXTURE_NOW, FIXTURE_TENANT } from '../helpers/insights-fixture.js';
import { testConfig } from '../helpers/test-app.js';

const PERIOD = { from: '2026-11-01', to: '2026-11-15' };
const DAYS = Array.from({ length: 15 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);

/** Zero-filled daily series with the given non-zero days. */
function series<T extends object>(values: Record<string, T>, empty: T) {
  return DAYS.map((day) => ({ day, ...(values[day] ?? empty) }));
}

/** Every dashboard figure against the hand-built fixture, on one database flavour (same numbers everywhere). */
export function insightsSuite(name: string, setup: () => Promise<{ config?: DatabaseConfig; cleanup?: () => Promise<void> }>): void {
  describe(`insights: every figure on ${name}`, function () {
    this.timeout(60_000);
    let services: Services;
    let dataDir: string;
    let cleanup: (() => Promise<void>) | undefined;
    let admin: Principal;

    before(async () => {
      dataDir = mkdtempSync(path.join(tmpdir(), 'mh-insights-'));
      const config = testConfig({}, dataDir);
      const db = await setup();
      cleanup = db.cleanup;
      if (db.config) config.database = db.config;
      services = await createServices(config, createLogger('silent'), { clock: { now: () => FIXTURE_NOW } });
      await buildInsightsFixture(services.store.handle.db);
      const ada = { tenantId: FIXTURE_TENANT, aadObjectId: '00000000-0000-0000-0000-0000000000ad', displayName: 'Ada Admin' };
      await services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, ada, 'coe-admin');
      admin = await services.identity.signIn(ada);
    });
    after(async () => {
      const exitCode = process.exitCode;
      await services.close();
      process.exitCode = exitCode;
      await cleanup?.();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const report = () => services.insights.report({ kind: 'user', principal: admin }, PERIOD);

    it('when the period is 1–15 November, then it is compared with the 15 days before it', async () => {
      const r = await report();
      assert.deepEqual(r.period, { from: '2026-11-01', to: '2026-11-15', days: 15 });
      assert.deepEqual(r.previous, { from: '2026-10-17', to: '2026-10-31', days: 15 });
    });

    it('community: active and new makers, champions, departments and active makers per day', async () => {
      const c = (await report()).community;
      assert.deepEqual(c.activeMakers, { current: 3, previous: 3 });
      assert.deepEqual(c.newMakers, { current: 1, previous: 3 });
      assert.deepEqual(c.champions, { current: 1, previous: null });
      assert.deepEqual(c.byDepartment, [
        { department: 'Finance', activeMakers: 2 },
        { department: null, activeMakers: 1 },
      ]);
      const active = { '2026-11-01': 1, '2026-11-02': 2, '2026-11-03': 2, '2026-11-04': 1, '2026-11-05': 2, '2026-11-06': 1, '2026-11-07': 1, '2026-11-09': 1, '2026-11-10': 2, '2026-11-11': 1, '2026-11-12': 1, '2026-11-14': 1, '2026-11-15': 1 };
      assert.deepEqual(c.activeByDay, series(Object.fromEntries(Object.entries(active).map(([d, n]) => [d, { activeMakers: n }])), { activeMakers: 0 }));
    });

    it('ask: asked, answered, escalated, expert answers and their median time, helpfulness and per day', async () => {
      const a = (await report()).ask;
      assert.deepEqual(a.asked, { current: 6, previous: 1 });
      assert.deepEqual(a.answeredByKnowledgeBase, { current: 3, previous: 1 });
      assert.deepEqual(a.escalated, { current: 1, previous: 0 });
      assert.deepEqual(a.answeredByExperts, { current: 2, previous: 1 });
      assert.deepEqual(a.medianHoursToExpertAnswer, { current: 26, previous: 6 });
      assert.deepEqual(a.helpful, { current: 2, previous: 1 });
      assert.deepEqual(a.notHelpful, { current: 1, previous: 0 });
      assert.deepEqual(a.helpfulRatio, { current: 0.667, previous: 1 });
      const zero = { asked: 0, answered: 0, escalated: 0 };
      assert.deepEqual(
        a.byDay,
        series(
          {
            '2026-11-02': { asked: 1, answered: 1, escalated: 0 },
            '2026-11-03': { asked: 1, answered: 0, escalated: 1 },
            '2026-11-05': { asked: 1, answered: 0, escalated: 0 },
            '2026-11-06': { asked: 1, answered: 1, escalated: 0 },
            '2026-11-07': { asked: 1, answered: 1, escalated: 0 },
            '2026-11-08': { asked: 1, answered: 0, escalated: 0 },
          },
          zero,
        ),
      );
    });

    it('knowledge gaps: unanswered and 👎 questions, similar wordings grouped, most frequent first', async () => {
      assert.deepEqual((await report()).ask.gaps, [
        { key: 'dlp polici connector', example: 'Question q2: dlp polici connector?', variants: ['Question q3: dlp polici connector block?'], count: 2, unanswered: 2, notHelpful: 0, lastAskedAt: '2026-11-05T09:00:00.000Z', answeredNowBy: null },
        { key: 'licens premium', example: 'Question q4: licens premium?', variants: [], count: 1, unanswered: 0, notHelpful: 1, lastAskedAt: '2026-11-06T09:00:00.000Z', answeredNowBy: null },
        { key: 'manag', example: 'Question q6: manag?', variants: [], count: 1, unanswered: 1, notHelpful: 0, lastAskedAt: '2026-11-08T09:00:00.000Z', answeredNowBy: null },
      ]);
    });

    it('environments: submitted, approval rate, median lead time, expiring soon, by type and by state', async () => {
      const e = (await report()).environments;
      assert.deepEqual(e.submitted, { current: 4, previous: 1 });
      assert.deepEqual(e.approvalRate, { current: 0.667, previous: 1 });
      assert.deepEqual(e.medianLeadTimeHours, { current: 15, previous: 24 });
      assert.deepEqual(e.expiringSoon, { current: 1, previous: null });
      assert.deepEqual(e.expiring, [{ reference: 'ENV-R1', displayName: 'Env r1', requester: 'Cy Citizen', expiresAt: '2026-11-25T00:00:00.000Z' }]);
      assert.deepEqual(e.byType, [
        { type: 'Sandbox', count: 2 },
        { type: 'Developer', count: 1 },
        { type: 'Production', count: 1 },
      ]);
      assert.deepEqual(e.byState, [
        { state: 'provisioned', count: 2 },
        { state: 'pending-approval', count: 1 },
        { state: 'rejected', count: 1 },
      ]);
    });

    it('stories: published, hours saved and people served; by product up to the end of the period; by month', async () => {
      const s = (await report()).stories;
      assert.deepEqual(s.published, { current: 2, previous: 1 });
      assert.deepEqual(s.hoursSavedPerMonth, { current: 15.5, previous: 3 });
      assert.deepEqual(s.peopleServed, { current: 70, previous: 7 });
      assert.deepEqual(s.byProduct, [
        { product: 'power-apps', stories: 2, hoursSavedPerMonth: 13 },
        { product: 'power-automate', stories: 1, hoursSavedPerMonth: 5.5 },
        { product: 'power-bi', stories: 0, hoursSavedPerMonth: 0 },
        { product: 'copilot-studio', stories: 0, hoursSavedPerMonth: 0 },
        { product: 'power-pages', stories: 0, hoursSavedPerMonth: 0 },
        { product: 'dataverse', stories: 1, hoursSavedPerMonth: 10 },
      ]);
      assert.deepEqual(s.byMonth, [{ month: '2026-11', published: 2, hoursSavedPerMonth: 15.5 }]);
    });

    it('training: enrolments, modules and paths completed, completion rate per active path, modules per day', async () => {
      const t = (await report()).training;
      assert.deepEqual(t.enrolments, { current: 2, previous: 1 });
      assert.deepEqual(t.modulesCompleted, { current: 3, previous: 1 });
      assert.deepEqual(t.pathsCompleted, { current: 2, previous: 0 });
      assert.deepEqual(t.byPath, [
        { pathId: 'P1', title: 'Power Apps basics', learners: 2, completed: 1, completionRate: 0.5 },
        { pathId: 'P2', title: 'Automate your work', learners: 1, completed: 1, completionRate: 1 },
      ]);
      assert.deepEqual(t.modulesByDay, series({ '2026-11-02': { modulesCompleted: 1 }, '2026-11-09': { modulesCompleted: 1 }, '2026-11-11': { modulesCompleted: 1 } }, { modulesCompleted: 0 }));
    });

    it('events: held (not cancelled), going RSVPs against capacity, feedback average, and each event', async () => {
      const e = (await report()).events;
      assert.deepEqual(e.held, { current: 3, previous: 1 });
      assert.deepEqual(e.rsvps, { current: 3, previous: 1 });
      assert.deepEqual(e.capacity, { current: 15, previous: 20 });
      assert.deepEqual(e.feedbackAverage, { current: 4, previous: 2 });
      assert.deepEqual(e.events, [
        { id: 'e1', title: 'Event e1', startsAt: '2026-11-04T15:00:00.000Z', going: 2, waitlisted: 1, capacity: 10, feedbackAverage: 4.5, feedbackCount: 2 },
        { id: 'e2', title: 'Event e2', startsAt: '2026-11-12T15:00:00.000Z', going: 1, waitlisted: 0, capacity: null, feedbackAverage: 3, feedbackCount: 1 },
        { id: 'e4', title: 'Event e4', startsAt: '2026-11-15T10:00:00.000Z', going: 0, waitlisted: 0, capacity: 5, feedbackAverage: null, feedbackCount: 0 },
      ]);
    });

    it('when the period reaches past now, then an event later today is not counted as held', async () => {
      const r = await services.insights.report({ kind: 'user', principal: admin }, { from: '2026-11-16', to: '2026-11-22' });
      assert.deepEqual(r.events.held, { current: 1, previous: 2 });
      assert.deepEqual(r.events.events.map((e) => e.id), ['e7']);
    });

    it("my activity: a maker's own figures for the period, newest questions first", async () => {
      const ben = await services.identity.signIn({ tenantId: FIXTURE_TENANT, aadObjectId: '00000000-0000-0000-0000-000000000002', displayName: 'Ben Builder' });
      assert.equal(ben.user.id, 'u-ben');
      const mine = await services.insights.myActivity(ben, PERIOD);
      const byDay = Object.fromEntries(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-07', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-14'].map((d) => [d, { actions: 1 }]));
      assert.deepEqual(mine, {
        period: { from: '2026-11-01', to: '2026-11-15', days: 15 },
        questionsAsked: 2,
        questionsEscalated: 1,
        recentQuestions: [
          { askedAt: '2026-11-07T09:00:00.000Z', question: 'Question q5: naming convent?', answered: true, feedback: 'helpful', ticketState: null },
          { askedAt: '2026-11-03T09:00:00.000Z', question: 'Question q2: dlp polici connector?', answered: false, feedback: null, ticketState: 'answered' },
        ],
        environmentRequests: 2,
        rsvps: 2,
        eventsAttended: 2,
        modulesCompleted: 1,
        pathsCompleted: 1,
        storiesPublished: 1,
        hoursSavedPerMonth: 5.5,
        byDay: series(byDay, { actions: 0 }),
      });
    });
  });
}
