import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEVELOPER_DRAFT, SANDBOX_DRAFT } from '../helpers/environment-requests.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const MAKER = '00000000-0000-0000-0000-00000000b002';
const OTHER = '00000000-0000-0000-0000-00000000c003';

/** POST /api/environments/preview: the policy evaluated for a draft, through the real server, creating nothing. */
describe('tab API: environment request policy preview', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', DELIVERY_WORKER: 'off' });
  });
  after(async () => t.close());

  async function api(method: string, path: string, as: string, body?: unknown) {
    const res = await fetch(`${t.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', 'x-dev-user': as, 'x-dev-user-name': 'Mia Maker' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  }
  const preview = async (draft: Record<string, unknown>, as = MAKER) => (await api('POST', '/api/environments/preview', as, draft)).body.preview;
  const rows = async () => (await t.app.services.store.handle.db.selectFrom('environment_requests').selectAll().execute()).length;
  const audits = async () => (await t.app.services.store.handle.db.selectFrom('audit').selectAll().where('action', 'like', 'environment.%').execute()).length;

  it('when a maker previews drafts, then it says auto-approved or an admin decides, why, and their caps — and nothing is created or audited', async () => {
    const before = { rows: await rows(), audits: await audits() };
    const dev = await preview({ type: 'Developer', dataClassification: 'internal', expectedUsers: '1' });
    assert.equal(dev.outcome, 'auto');
    assert.deepEqual(dev.rule, { types: ['Developer'], classifications: ['public', 'internal'], maxExpectedUsers: null });
    assert.equal(dev.startType, 'Developer');
    assert.deepEqual(dev.caps.map((c: any) => [c.type, c.active, c.cap, c.reached]), [['Developer', 0, 1, false], ['Sandbox', 0, 2, false], ['Trial', 0, 1, false], ['Production', 0, 1, false]]);
    assert.equal((await preview({ ...SANDBOX_DRAFT })).outcome, 'approval', 'Sandbox with internal data: no rule covers it');
    assert.equal((await preview({ ...SANDBOX_DRAFT, dataClassification: 'public' })).outcome, 'approval', 'public, but 12 users: above the rule\'s 5');
    const small = await preview({ ...SANDBOX_DRAFT, dataClassification: 'public', expectedUsers: '5' });
    assert.equal(small.outcome, 'auto');
    assert.deepEqual(small.rule, { types: ['Sandbox', 'Trial'], classifications: ['public'], maxExpectedUsers: 5 });
    assert.equal((await preview({ type: 'Developer', dataClassification: 'confidential' })).outcome, 'approval');
    assert.equal((await preview({})).outcome, 'incomplete');
    assert.deepEqual({ rows: await rows(), audits: await audits() }, before, 'a preview writes nothing');
  });

  it('when a maker has reached the Developer cap, then the preview refuses Developer, names the cap, and the form starts on the next type; others are unaffected', async () => {
    const made = await api('POST', '/api/environments/requests', MAKER, { ...DEVELOPER_DRAFT, submissionKey: randomUUID() });
    assert.equal(made.status, 200);
    const dev = await preview({ ...DEVELOPER_DRAFT });
    assert.equal(dev.outcome, 'refused');
    assert.deepEqual(dev.caps.find((c: any) => c.type === 'Developer'), { type: 'Developer', active: 1, cap: 1, reached: true });
    assert.equal(dev.startType, 'Sandbox');
    assert.equal((await preview({ ...DEVELOPER_DRAFT }, OTHER)).startType, 'Developer', 'caps are per person');
  });

  it('when a preview body is hostile, then it is a 400 naming the field, and unknown fields are refused', async () => {
    const long = await api('POST', '/api/environments/preview', MAKER, { type: 'x'.repeat(500) });
    assert.equal(long.status, 400);
    assert.ok(long.body.error.fields.type);
    assert.equal((await api('POST', '/api/environments/preview', MAKER, { type: 'Developer', requesterId: OTHER })).status, 400);
    assert.equal((await api('POST', '/api/environments/preview', MAKER, { submissionKey: randomUUID() })).status, 400, 'a preview is not a submission');
    const odd = await preview({ type: 'Developer', dataClassification: 'internal', expectedUsers: '-5' });
    assert.equal(odd.expectedUsers, 1);
  });

  it('when the preview is called without a sign-in in production mode, then it is 401 (the RBAC matrix covers it too)', async () => {
    // The RBAC matrix calls every signed-in route anonymously; here the route is at least mounted with that rule.
    const { routeTable } = await import('../../src/server/routes/access.js');
    const rule = routeTable(t.app.server).find((r) => r.method === 'POST' && r.path === '/api/environments/preview');
    assert.deepEqual(rule?.access, { kind: 'signed-in' });
  });
});
