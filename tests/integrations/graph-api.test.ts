import assert from 'node:assert/strict';
import { GraphStandIn } from '../helpers/graph-stand-in.js';
import { JwksServer } from '../helpers/jwks-server.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const CLIENT_ID = '44444444-4444-4444-4444-444444444444';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const OTHER_TENANT = '99999999-9999-9999-9999-999999999999';
const ADA = '00000000-0000-0000-0000-00000000a001';
const MIA = '00000000-0000-0000-0000-00000000b002';
const OLA = '00000000-0000-0000-0000-00000000c0c0';
const FORM = { title: 'Power Automate office hours', start: '2031-03-04T10:00', end: '2031-03-04T11:00', timeZone: 'Europe/Berlin' };

describe('tab API: Microsoft Graph (Teams meeting for an event, security-group search) against a Graph stand-in', () => {
  let jwks: JwksServer;
  let graph: GraphStandIn;
  let t: TestApp;
  const tokens = new Map<string, string>();

  before(async () => {
    jwks = await new JwksServer().start();
    graph = await new GraphStandIn().start();
    graph.groups.set(TENANT, [
      { id: '11111111-0000-0000-0000-000000000001', displayName: 'Finance makers', description: 'Makers in finance', securityEnabled: true },
      { id: '11111111-0000-0000-0000-000000000002', displayName: 'Finance newsletter', description: null, securityEnabled: false },
      { id: '11111111-0000-0000-0000-000000000003', displayName: 'HR makers', description: null, securityEnabled: true },
    ]);
    graph.groups.set(OTHER_TENANT, [{ id: '22222222-0000-0000-0000-000000000001', displayName: 'Finance Fabrikam', description: null, securityEnabled: true }]);
    t = await startTestApp({ AUTH_DEV_MODE: 'false', AAD_APP_CLIENT_ID: CLIENT_ID, AAD_JWKS_URI: jwks.url, ALLOWED_TENANTS: `${TENANT},${OTHER_TENANT}`, INITIAL_ADMINS: ADA, DELIVERY_WORKER: 'off', DELIVERY_LOOKUP: 'none', GRAPH_TIMEOUT_MS: '400', ...graph.settings(TENANT) });
    tokens.set('ada', await jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: ADA, name: 'Ada Admin' }));
    tokens.set('mia', await jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: MIA, name: 'Mia Maker' }));
    tokens.set('ola', await jwks.token({ audience: CLIENT_ID, tenantId: OTHER_TENANT, oid: OLA, name: 'Ola Other' }));
  });
  after(async () => {
    await t?.close();
    await graph?.stop();
    await jwks?.stop();
  });
  beforeEach(() => graph.reset());

  async function api(method: string, path: string, as: string | null, body?: unknown) {
    const res = await fetch(`${t.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${tokens.get(as)}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  }
  // Ada may create 10 meetings a minute (the route's rate window): this suite stays below that.
  const meeting = (as: string, body: unknown = FORM) => api('POST', '/api/admin/events/online-meeting', as, body);
  const search = (as: string, q: string) => api('GET', `/api/environments/security-groups?q=${encodeURIComponent(q)}`, as);

  it('when Graph is configured, then the tab is told both features are available', async () => {
    const { status, body } = await api('GET', '/api/graph/features', 'mia');
    assert.equal(status, 200);
    assert.deepEqual(body, { onlineMeetings: true, groupSearch: true });
    assert.equal((await api('GET', '/api/graph/features', null)).status, 401);
  });

  it('when an admin creates a Teams meeting, then Graph gets the subject and UTC times for the admin as organizer, with the bot’s token of the tenant', async () => {
    const { status, body } = await meeting('ada');
    assert.equal(status, 200);
    assert.match(body.joinWebUrl, /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    assert.equal(graph.calls.length, 1);
    const call = graph.calls[0]!;
    assert.equal(call.method, 'POST');
    assert.equal(call.path, `/v1.0/users/${ADA}/onlineMeetings`);
    assert.equal(call.authorization, `Bearer graph-token-${TENANT}`);
    assert.deepEqual(call.body, { subject: FORM.title, startDateTime: '2031-03-04T09:00:00.000Z', endDateTime: '2031-03-04T10:00:00.000Z' });
    const tokenRequest = graph.entra.tokenRequests().at(-1)!;
    assert.equal(tokenRequest.form.grant_type, 'client_credentials');
    assert.equal(tokenRequest.form.client_id, graph.botAppId);
  });

  it('when a maker asks for a meeting, then it is 403 and Graph is not called', async () => {
    const { status } = await meeting('mia');
    assert.equal(status, 403);
    assert.equal(graph.calls.length, 0);
  });

  // Which fields a wrong form names is the domain's rule (tests/events/meeting-times.test.ts); here: the route applies it before Graph.
  it('when the form’s times or title are wrong, then the answer names the fields and Graph is not called', async () => {
    const { status, body } = await meeting('ada', { ...FORM, title: ' ', end: '2031-03-04T09:00' });
    assert.equal(status, 400);
    assert.deepEqual(Object.keys(body.error.fields).sort(), ['end', 'title']);
    assert.equal((await meeting('ada', { ...FORM, extra: 1 })).status, 400);
    assert.equal(graph.calls.length, 0);
  });

  it('when Graph refuses (403), throttles (429 beyond the wait), fails (5xx) or times out, then a clear message comes back and nothing is retried beyond once', async () => {
    graph.failNext({ status: 403, body: { error: { code: 'Forbidden', message: 'No application access policy found for this app.' } } });
    const refused = await meeting('ada');
    assert.equal(refused.status, 502);
    assert.equal(refused.body.error.code, 'graph_forbidden');
    assert.match(refused.body.error.message, /application access policy/);
    assert.doesNotMatch(JSON.stringify(refused.body), /No application access policy found/, 'Graph’s own words stay in the server');

    graph.failNext({ status: 429, headers: { 'retry-after': '120' } });
    const throttled = await meeting('ada');
    assert.equal(throttled.body.error.code, 'graph_throttled');
    graph.failNext({ status: 503 });
    assert.equal((await meeting('ada')).body.error.code, 'graph_unavailable');
    graph.failNext({ status: 500 });
    assert.equal((await meeting('ada')).body.error.code, 'graph_unavailable');
    graph.failNext({ delayMs: 1500 });
    const slow = await meeting('ada');
    assert.equal(slow.status, 504);
    assert.equal(slow.body.error.code, 'graph_timeout');
    assert.deepEqual(graph.calls.map((c) => c.path.endsWith('/onlineMeetings')), [true, true, true, true, true], 'one call each: no retry without a short Retry-After');
  });

  it('when Graph throttles with a short Retry-After, then the app waits once and succeeds', async () => {
    graph.failNext({ status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const { status, body } = await meeting('ada');
    assert.equal(status, 200, JSON.stringify(body));
    assert.ok(Date.now() - started >= 950, 'it waited for Retry-After');
    assert.deepEqual(graph.calls.map((c) => c.status), [429, 201]);
  });

  it('when Graph refuses the token once (401), then a fresh token is fetched and the call tried once more', async () => {
    const before = graph.entra.tokenRequests().length;
    graph.failNext({ status: 401 });
    const { status } = await meeting('ada');
    assert.equal(status, 200);
    assert.deepEqual(graph.calls.map((c) => c.status), [401, 201]);
    assert.equal(graph.entra.tokenRequests().length, before + 1, 'the cached token was dropped');
    graph.failNext({ status: 401 }, { status: 401 });
    assert.equal((await meeting('ada')).body.error.code, 'graph_forbidden', 'a second refusal is told, not retried');
  });

  it('when a maker searches groups, then Graph gets an escaped $search, the security filter, $top=10 and ConsistencyLevel: eventual', async () => {
    const { status, body } = await search('mia', 'finance');
    assert.equal(status, 200);
    assert.deepEqual(body.groups, [{ id: '11111111-0000-0000-0000-000000000001', displayName: 'Finance makers', description: 'Makers in finance' }]);
    const call = graph.calls[0]!;
    assert.equal(call.consistencyLevel, 'eventual');
    assert.equal(call.authorization, `Bearer graph-token-${TENANT}`);
    assert.equal(call.query.get('$search'), '"displayName:finance"');
    assert.equal(call.query.get('$filter'), 'securityEnabled eq true');
    assert.equal(call.query.get('$select'), 'id,displayName,description');
    assert.equal(call.query.get('$top'), '10');
  });

  it('when someone of another tenant searches, then the token is their tenant’s and only their groups come back', async () => {
    const { body } = await search('ola', 'finance');
    assert.deepEqual(body.groups.map((g: { displayName: string }) => g.displayName), ['Finance Fabrikam']);
    assert.equal(graph.calls[0]!.authorization, `Bearer graph-token-${OTHER_TENANT}`);
    assert.equal(graph.entra.tokenRequests().at(-1)!.tenant, OTHER_TENANT);
  });

  it('when the search text is hostile or malformed, then it is 400 with a clear message and Graph is not called', async () => {
    for (const q of ['"', 'x" OR "mail:a', 'a\\b', 'displayName:x', 'x', 'a'.repeat(65), '$filter=1', '<script>', 'a&$top=999', 'x\u0000y', '']) {
      const { status, body } = await search('mia', q);
      assert.equal(status, 400, q);
      assert.match(body.error.fields.q, /letters or digits/, q);
    }
    assert.equal((await api('GET', '/api/environments/security-groups?q=finance&url=https://evil.example', 'mia')).status, 400, 'no other parameters');
    assert.equal((await api('GET', '/api/environments/security-groups?q=finance', null)).status, 401);
    assert.equal(graph.calls.length, 0);
  });

  it('when a group name holds punctuation, then it reaches Graph as the literal phrase (nothing in it becomes a query parameter)', async () => {
    const { status } = await search('mia', "R&D (EU) + ops' $top");
    assert.equal(status, 400, 'a $ is refused');
    const ok = await search('mia', "R&D (EU) + ops' or 1 eq 1");
    assert.equal(ok.status, 200);
    const call = graph.calls[0]!;
    assert.equal(call.query.get('$search'), `"displayName:R&D (EU) + ops' or 1 eq 1"`);
    assert.deepEqual([...call.query.keys()].sort(), ['$filter', '$search', '$select', '$top']);
  });

  it('when a person searches too often, then it is 429 with Retry-After, and others still can', async () => {
    let last = { status: 200, headers: new Headers(), body: {} as any };
    for (let i = 0; i < 31 && last.status === 200; i += 1) last = await search('ada', 'hr');
    assert.equal(last.status, 429);
    assert.equal(last.body.error.code, 'rate_limited');
    assert.ok(Number(last.headers.get('retry-after')) >= 1);
    assert.equal(graph.calls.length, 30);
    assert.equal((await search('mia', 'hr')).status, 200);
  });

  it('when Graph fails a search, then the code says why', async () => {
    graph.failNext({ status: 403 });
    assert.equal((await search('mia', 'finance')).body.error.code, 'graph_forbidden');
  });
});

describe('tab API: Microsoft Graph not configured (no bot identity)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ DELIVERY_WORKER: 'off' });
  });
  after(async () => t?.close());

  it('then the tab is told so, and the routes answer 404 graph_not_configured after checking the input', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${t.baseUrl}${path}`);
      return { status: res.status, body: (await res.json()) as any };
    };
    assert.deepEqual((await get('/api/graph/features')).body, { onlineMeetings: false, groupSearch: false });
    const searched = await get('/api/environments/security-groups?q=finance');
    assert.equal(searched.status, 404);
    assert.equal(searched.body.error.code, 'graph_not_configured');
    const res = await fetch(`${t.baseUrl}/api/admin/events/online-meeting`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FORM) });
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as any).error.code, 'graph_not_configured');
  });
});
