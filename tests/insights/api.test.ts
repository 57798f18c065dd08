import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { MAKER } from '../helpers/activities.js';
import { buildInsightsFixture, FIXTURE_NOW } from '../helpers/insights-fixture.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The development identity is the first admin; X-Dev-User makes the request come from someone else. */
const AS_MAKER = { 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name };
const AS_BEN = { 'x-dev-user': '00000000-0000-0000-0000-000000000002', 'x-dev-user-name': 'Ben Builder' };
const PERIOD = 'from=2026-11-01&to=2026-11-15';

describe('tab API: Insights dashboard, CSV export and My activity', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp({}, { clock: { now: () => FIXTURE_NOW } });
    await buildInsightsFixture(t.app.services.store.handle.db);
  });
  after(() => t.close());

  async function get(url: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${t.baseUrl}${url}`, { headers });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
  }
  const json = async (url: string, headers: Record<string, string> = {}) => {
    const res = await get(url, headers);
    return { ...res, body: JSON.parse(res.text) as Record<string, any> };
  };

  it('when an admin asks for a period, then the report and its tables come back, the headline table agreeing with the figures', async () => {
    const res = await json(`/api/admin/insights?${PERIOD}`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.report.period, { from: '2026-11-01', to: '2026-11-15', days: 15 });
    assert.deepEqual(res.body.report.ask.asked, { current: 6, previous: 1 });
    assert.deepEqual(
      res.body.tables.map((x: { id: string }) => x.id),
      ['headline', 'community-departments', 'community-daily', 'ask-daily', 'knowledge-gaps', 'environments-by-type', 'environments-by-state', 'environments-expiring', 'stories-by-product', 'stories-by-month', 'training-paths', 'training-daily', 'events'],
    );
    const headline = res.body.tables[0].rows as Array<Record<string, unknown>>;
    assert.deepEqual(headline.find((r) => r.figure === 'Questions asked'), { section: 'Ask', figure: 'Questions asked', current: 6, previous: 1, change: 500 });
    assert.deepEqual(headline.find((r) => r.figure === 'New makers'), { section: 'Community', figure: 'New makers', current: 1, previous: 3, change: -66.7 });
    assert.deepEqual(headline.find((r) => r.figure === 'Champions'), { section: 'Community', figure: 'Champions', current: 1, previous: null, change: null });
    // A ratio in the table and its CSV reads as the page shows it: a percentage, named so.
    const approval = headline.find((r) => r.figure === 'Approval rate (%)');
    assert.deepEqual([approval?.current, res.body.report.environments.approvalRate.current], [66.7, 0.667]);
    assert.ok(!headline.some((r) => r.figure === 'Approval rate'), 'no bare ratio row');
  });

  it('when no dates are given, then the period is the 30 days ending today; days=7 the last week', async () => {
    assert.deepEqual((await json('/api/admin/insights')).body.report.period, { from: '2026-10-22', to: '2026-11-20', days: 30 });
    assert.deepEqual((await json('/api/admin/insights?days=7')).body.report.period, { from: '2026-11-14', to: '2026-11-20', days: 7 });
  });

  it('when the dates are wrong, then a 400 names the field and says what is wrong', async () => {
    const notADate = await json('/api/admin/insights?from=2026-02-30&to=2026-03-01');
    assert.equal(notADate.status, 400);
    assert.match(notADate.body.error.message, /from must be a date/);
    assert.ok(notADate.body.error.fields.from);
    const backwards = await json('/api/admin/insights?from=2026-11-15&to=2026-11-01');
    assert.equal(backwards.status, 400);
    assert.equal(backwards.body.error.message, 'The period must start on or before its last day.');
    const tooLong = await json('/api/admin/insights?from=2024-01-01&to=2026-11-15');
    assert.equal(tooLong.status, 400);
    assert.match(tooLong.body.error.message, /at most 366 days/);
    const badTable = await json(`/api/admin/insights/export.csv?table=salaries&${PERIOD}`);
    assert.equal(badTable.status, 400);
    assert.ok(badTable.body.error.fields.table);
  });

  it('when a maker calls the admin API, then it is a 403 with a clear message and the refusal is audited', async () => {
    const before = await t.app.services.store.repos.audit.list({ action: 'insights.view.denied' });
    const res = await json(`/api/admin/insights?${PERIOD}`, AS_MAKER);
    assert.equal(res.status, 403);
    assert.equal(res.body.error.message, 'Only a CoE admin can do that.');
    const csv = await get(`/api/admin/insights/export.csv?table=headline&${PERIOD}`, AS_MAKER);
    assert.equal(csv.status, 403);
    assert.doesNotMatch(csv.text, /Active makers/);
    const after = await t.app.services.store.repos.audit.list({ action: 'insights.view.denied' });
    assert.equal(after.length - before.length, 2);
    assert.equal(after[0]!.actorId !== null, true);
    assert.deepEqual(after[0]!.entity, { type: 'insights', id: 'dashboard' });
  });

  it('when an admin downloads a table as CSV, then it is an attachment whose rows are the table rows, formula-looking text defused', async () => {
    // A question that looks like a spreadsheet formula, alone in its own period.
    await t.app.services.store.handle.db
      .insertInto('ask_questions')
      .values({ id: 'qx', asked_at: '2026-09-05T09:00:00.000Z', user_id: null, conversation_id: null, thread_id: null, channel: 'tab', question: '=HYPERLINK("http://evil","click")', normalized: 'hyperlink evil click', answered: 0, confidence: 0, top_source_path: null, top_source_title: null, composed_by: 'retrieval', answer_json: '{}', feedback: null, feedback_at: null, escalated: 0, ticket_id: null })
      .execute();
    const res = await get(`/api/admin/insights/export.csv?table=knowledge-gaps&${PERIOD}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), 'attachment; filename="maker-hub-knowledge-gaps-2026-11-01-to-2026-11-15.csv"');
    assert.deepEqual([...res.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark for Excel');
    const rows = parse(res.text.slice(1)) as string[][];
    assert.deepEqual(rows, [
      ['Question', 'Times asked', 'Unanswered', 'Not helpful', 'Last asked', 'Other wordings', 'Answered now by'],
      ['Question q2: dlp polici connector?', '2', '2', '0', '2026-11-05T09:00:00.000Z', 'Question q3: dlp polici connector block?', ''],
      ['Question q4: licens premium?', '1', '0', '1', '2026-11-06T09:00:00.000Z', '', ''],
      ['Question q6: manag?', '1', '1', '0', '2026-11-08T09:00:00.000Z', '', ''],
    ]);
    const formula = await get('/api/admin/insights/export.csv?table=knowledge-gaps&from=2026-09-01&to=2026-09-10');
    assert.equal((parse(formula.text.slice(1)) as string[][])[1]![0], `'=HYPERLINK("http://evil","click")`);
  });

  it('when a maker opens My activity, then they get their own figures only', async () => {
    const ben = await json(`/api/me/activity?${PERIOD}`, AS_BEN);
    assert.equal(ben.status, 200);
    assert.equal(ben.body.questionsAsked, 2);
    assert.equal(ben.body.environmentRequests, 2);
    assert.equal(ben.body.storiesPublished, 1);
    assert.deepEqual(ben.body.recentQuestions.map((q: { question: string }) => q.question), ['Question q5: naming convent?', 'Question q2: dlp polici connector?']);
    const maker = await json(`/api/me/activity?${PERIOD}`, AS_MAKER);
    assert.equal(maker.body.questionsAsked, 0);
    assert.deepEqual(maker.body.recentQuestions, []);
    assert.equal(maker.body.byDay.length, 15);
  });

  it('when an admin adds an FAQ entry for a gap, then the gap says what answers it now', async () => {
    const res = await fetch(`${t.baseUrl}/api/admin/kb/faq`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What does a DLP policy do to my connector?', alternates: ['Question q2: dlp polici connector?'], answer: 'A data policy groups connectors into business and non-business.' }),
    });
    assert.equal(res.status, 200, await res.text());
    const gaps = (await json(`/api/admin/insights?${PERIOD}`)).body.report.ask.gaps as Array<{ example: string; answeredNowBy: string | null }>;
    assert.deepEqual(
      gaps.map((g) => [g.example, g.answeredNowBy]),
      [
        ['Question q2: dlp polici connector?', 'What does a DLP policy do to my connector?'],
        ['Question q4: licens premium?', null],
        ['Question q6: manag?', null],
      ],
    );
  });

  it('when a maker sets their own department, then it is stored and audited and the dashboard counts them there; a too-long one is refused', async () => {
    const patch = (body: unknown) => fetch(`${t.baseUrl}/api/me/preferences`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...AS_BEN }, body: JSON.stringify(body) });
    const tooLong = await patch({ department: 'x'.repeat(81) });
    assert.equal(tooLong.status, 400);
    assert.equal((await json('/api/me', AS_BEN)).body.user.department, 'Finance', 'nothing changed');
    const res = await patch({ department: '  Sales ' });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { notificationsOptOut: false, department: 'Sales' });
    assert.equal((await json('/api/me', AS_BEN)).body.user.department, 'Sales');
    const audit = await t.app.services.store.repos.audit.list({ action: 'user.department' });
    assert.deepEqual([audit[0]!.before, audit[0]!.after], [{ department: 'Finance' }, { department: 'Sales' }]);
    const departments = (await json(`/api/admin/insights?${PERIOD}`)).body.report.community.byDepartment;
    assert.deepEqual(departments, [
      { department: 'Finance', activeMakers: 1 },
      { department: 'Sales', activeMakers: 1 },
      { department: null, activeMakers: 1 },
    ]);
  });
});
