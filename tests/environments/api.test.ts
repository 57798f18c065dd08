import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';

const MAKER = '00000000-0000-0000-0000-00000000b002';
const OTHER = '00000000-0000-0000-0000-00000000c003';

describe('tab API: environment requests', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', DELIVERY_WORKER: 'off' });
  });
  after(async () => t.close());

  /** Calls the API as the development admin, or as another person (X-Dev-User). */
  async function api(method: string, path: string, options: { as?: string; body?: unknown } = {}) {
    const res = await fetch(`${t.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(options.as ? { 'x-dev-user': options.as, 'x-dev-user-name': 'Mia Maker' } : {}) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return { status: res.status, body: (res.status === 204 ? null : await res.json()) as any };
  }

  it('when the form asks for its options, then it gets the policy’s types, regions and naming rule', async () => {
    const { status, body } = await api('GET', '/api/environments/options', { as: MAKER });
    assert.equal(status, 200);
    assert.deepEqual(body.types.map((x: { value: string }) => x.value), ['Developer', 'Sandbox', 'Trial', 'Production']);
    assert.equal(body.types.find((x: { value: string }) => x.value === 'Production').justificationMinimum, 100);
    assert.match(body.naming.explanation, /team code/);
  });

  it('when a maker submits from the tab, then bad fields come back as 400 with field messages, and a good draft is created once', async () => {
    const submissionKey = randomUUID();
    const bad = await api('POST', '/api/environments/requests', { as: MAKER, body: { ...SANDBOX_DRAFT, displayName: 'x', submissionKey } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'invalid_input');
    assert.equal(bad.body.error.fields.displayName, '“x” does not follow the naming convention above. Compare with a name that does: FIN-Invoice approvals');

    const first = await api('POST', '/api/environments/requests', { as: MAKER, body: { ...SANDBOX_DRAFT, dataverse: true, expectedUsers: 12, submissionKey } });
    assert.equal(first.status, 200);
    assert.equal(first.body.created, true);
    assert.equal(first.body.request.statusLabel, 'Waiting for approval');
    assert.equal(first.body.request.version, undefined, 'internal counters are not exposed');
    const again = await api('POST', '/api/environments/requests', { as: MAKER, body: { ...SANDBOX_DRAFT, submissionKey } });
    assert.equal(again.body.created, false);
    assert.equal(again.body.request.id, first.body.request.id);

    const mine = await api('GET', '/api/environments/requests', { as: MAKER });
    assert.deepEqual(mine.body.requests.map((r: { id: string }) => r.id), [first.body.request.id]);
    const detail = await api('GET', `/api/environments/requests/${first.body.request.id}`, { as: MAKER });
    assert.deepEqual(detail.body.history.map((h: { action: string }) => h.action), ['environment.submit', 'environment.route.approval']);
    assert.equal((await api('GET', `/api/environments/requests/${first.body.request.id}`, { as: OTHER })).status, 404, 'not visible to others');
  });

  it('when a maker calls the admin API, then it is 403 and audited; an admin lists, filters and decides', async () => {
    const created = await api('POST', '/api/environments/requests', { as: MAKER, body: { ...SANDBOX_DRAFT, displayName: 'FIN-Budget planner', submissionKey: randomUUID() } });
    const rid = created.body.request.id as string;
    const refused = await api('POST', `/api/admin/environments/requests/${rid}/approve`, { as: MAKER, body: {} });
    assert.equal(refused.status, 403);
    assert.equal((await api('GET', '/api/admin/environments/requests', { as: MAKER })).status, 403);
    const audit = await t.app.services.store.repos.audit.list({ action: 'environment.approve.denied' });
    assert.equal(audit.length, 1);

    const pending = await api('GET', '/api/admin/environments/requests?status=pending-approval&q=budget');
    assert.deepEqual(pending.body.requests.map((r: { id: string }) => r.id), [rid]);
    assert.equal(pending.body.requests[0].requesterName, 'Mia Maker');
    assert.equal(pending.body.requests[0].needsAdmin, true);

    const rejectWithout = await api('POST', `/api/admin/environments/requests/${rid}/reject`, { body: {} });
    assert.equal(rejectWithout.status, 400);
    assert.match(rejectWithout.body.error.fields.comment, /required/);
    const approved = await api('POST', `/api/admin/environments/requests/${rid}/approve`, { body: { comment: 'ok' } });
    assert.equal(approved.body.request.status, 'provisioning');
    const twice = await api('POST', `/api/admin/environments/requests/${rid}/approve`, { body: {} });
    assert.equal(twice.status, 409);
    assert.match(twice.body.error.message, /already approved by Ada Admin/);
    const done = await api('POST', `/api/admin/environments/requests/${rid}/provisioned`, { body: { environmentUrl: 'https://fin-budget.crm4.dynamics.com/' } });
    assert.equal(done.body.request.status, 'provisioned');
    const attention = await api('GET', '/api/admin/environments/requests?attention=true');
    assert.ok(!attention.body.requests.some((r: { id: string }) => r.id === rid));
  });

  it('when a maker cancels or extends through the API, then the rules of the bot apply', async () => {
    const created = await api('POST', '/api/environments/requests', { as: MAKER, body: { ...SANDBOX_DRAFT, type: 'Trial', displayName: 'FIN-Cash forecast', submissionKey: randomUUID() } });
    const rid = created.body.request.id as string;
    const early = await api('POST', `/api/environments/requests/${rid}/extension`, { as: MAKER, body: { days: 10, reason: 'More time' } });
    assert.equal(early.status, 409);
    assert.equal((await api('POST', `/api/environments/requests/${rid}/cancel`, { as: OTHER })).status, 404);
    const cancelled = await api('POST', `/api/environments/requests/${rid}/cancel`, { as: MAKER });
    assert.equal(cancelled.body.request.status, 'cancelled');
    assert.equal((await api('POST', '/api/environments/requests/not-an-id/cancel', { as: MAKER })).status, 400);
  });
});
