/**
 * The training admin API through the HTTP server, as two CoE admins signed in with Teams SSO tokens
 * (signed by a local JWKS) use it at the same time: versions on every read, a stale edit or move
 * refused with 409 in the API's error shape and nothing changed, and a title without letters named
 * on the title field.
 */
import assert from 'node:assert/strict';
import { STALE_MODULE, STALE_MODULE_ORDER, STALE_PATH, STALE_PATH_ORDER } from '../../src/domain/training/training-admin.js';
import { TITLE_WITHOUT_LETTERS } from '../../src/domain/training/validation.js';
import { JwksServer } from '../helpers/jwks-server.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { samplePath } from '../helpers/training-events.js';

const CLIENT_ID = '44444444-4444-4444-4444-444444444444';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADA = '00000000-0000-0000-0000-00000000a001';
const BEA = '00000000-0000-0000-0000-00000000a002';
const MIA = '00000000-0000-0000-0000-00000000b002';

interface Reply {
  status: number;
  body: any;
}

describe('tab API: two CoE admins editing training at once (SSO)', function () {
  this.timeout(60_000);
  let jwks: JwksServer;
  let t: TestApp;
  const tokens = new Map<string, string>();

  before(async () => {
    jwks = await new JwksServer().start();
    t = await startTestApp({ AUTH_DEV_MODE: 'false', AAD_APP_CLIENT_ID: CLIENT_ID, AAD_JWKS_URI: jwks.url, TAB_DOMAIN: 'hub.contoso.com', ALLOWED_TENANTS: TENANT, INITIAL_ADMINS: `${ADA},${BEA}`, DELIVERY_WORKER: 'off' });
    for (const [oid, name] of [[ADA, 'Ada Admin'], [BEA, 'Bea Admin'], [MIA, 'Mia Maker']] as const) tokens.set(oid, await jwks.token({ audience: `api://hub.contoso.com/${CLIENT_ID}`, tenantId: TENANT, oid, name }));
  });
  after(async () => {
    await t.close();
    await jwks.stop();
  });

  async function call(as: string, method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${tokens.get(as)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(t.baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  const ok = async (as: string, method: string, path: string, body?: unknown) => {
    const reply = await call(as, method, path, body);
    assert.equal(reply.status, 200, `${method} ${path}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const audits = async (action: string) => (await t.app.services.store.repos.audit.list({ action })).length;

  it('when an admin reads the paths, then each path and module carries its version, and one path can be read on its own', async () => {
    const created = await ok(ADA, 'POST', '/api/admin/training/paths', samplePath('read-me', 2));
    assert.equal(created.version, 1);
    assert.deepEqual(created.modules.map((m: { version: number }) => m.version), [1, 1]);
    const { paths } = await ok(BEA, 'GET', '/api/admin/training/paths');
    assert.equal(paths.find((p: { id: string }) => p.id === created.id).version, 1);
    const one = await ok(BEA, 'GET', `/api/admin/training/paths/${created.id}`);
    assert.deepEqual(one, created);
    assert.equal((await call(MIA, 'GET', `/api/admin/training/paths/${created.id}`)).status, 403, 'makers cannot read the admin view');
    assert.equal((await call(ADA, 'GET', '/api/admin/training/paths/no-such-path')).status, 404);
    const makerView = await ok(MIA, 'GET', `/api/training/paths/${created.id}`);
    assert.equal('version' in makerView.modules[0], false, 'makers’ view of a module has no version: they do not edit');
  });

  it('when Bea saves a path Ada has open and then Ada saves, then Ada gets a 409 that says so and nothing changes; based on the new version her save goes through', async () => {
    const opened = await ok(ADA, 'POST', '/api/admin/training/paths', samplePath('both-open', 1));
    const bea = await ok(BEA, 'PATCH', `/api/admin/training/paths/${opened.id}`, { title: 'Bea’s title', version: opened.version });
    assert.deepEqual([bea.title, bea.version], ['Bea’s title', 2]);
    const updates = await audits('training.path.update');

    const stale = await call(ADA, 'PATCH', `/api/admin/training/paths/${opened.id}`, { title: 'Ada’s title', summary: 'Ada’s summary', level: 'advanced', version: opened.version });
    assert.equal(stale.status, 409);
    assert.deepEqual(stale.body, { error: { code: 'conflict', message: STALE_PATH } });
    const after = await ok(ADA, 'GET', `/api/admin/training/paths/${opened.id}`);
    assert.deepEqual([after.title, after.summary, after.level, after.version], ['Bea’s title', 'A short path for tests.', 'beginner', 2]);
    assert.equal(await audits('training.path.update'), updates, 'a refused edit is not recorded as a change');

    const ada = await ok(ADA, 'PATCH', `/api/admin/training/paths/${opened.id}`, { title: 'Ada’s title', summary: 'Ada’s summary', level: 'advanced', version: after.version });
    assert.deepEqual([ada.title, ada.summary, ada.level, ada.version], ['Ada’s title', 'Ada’s summary', 'advanced', 3]);
    assert.equal(await audits('training.path.update'), updates + 1);
    const seen = (await ok(MIA, 'GET', '/api/training')).paths.find((p: { id: string }) => p.id === opened.id);
    assert.equal(seen.title, 'Ada’s title');
  });

  it('when two admins save the same module version, then the second gets a 409 and the first one’s change stays', async () => {
    const path = await ok(ADA, 'POST', '/api/admin/training/paths', samplePath('module-race', 2));
    const module = path.modules[1];
    const first = await ok(BEA, 'PATCH', `/api/admin/training/modules/${module.id}`, { minutes: 40, version: module.version });
    assert.deepEqual([first.minutes, first.version], [40, 2]);
    const second = await call(ADA, 'PATCH', `/api/admin/training/modules/${module.id}`, { title: 'Renamed', minutes: 5, version: module.version });
    assert.deepEqual([second.status, second.body], [409, { error: { code: 'conflict', message: STALE_MODULE } }]);
    const stored = (await ok(ADA, 'GET', `/api/admin/training/paths/${path.id}`)).modules[1];
    assert.deepEqual([stored.title, stored.minutes, stored.version], ['Module 2', 40, 2]);
    // Retiring names its outcome, not a version, and leaves the version an open form is based on alone.
    const retired = await ok(BEA, 'POST', `/api/admin/training/modules/${module.id}/retire`, { retired: true });
    assert.deepEqual([Boolean(retired.retiredAt), retired.version], [true, 2]);
    assert.equal((await ok(ADA, 'PATCH', `/api/admin/training/modules/${module.id}`, { title: 'Renamed', version: 2 })).version, 3);
  });

  it('when an edit names no version, then it is a 400 that names the field, and nothing changes', async () => {
    const path = await ok(ADA, 'POST', '/api/admin/training/paths', samplePath('no-version', 1));
    const noVersion = await call(ADA, 'PATCH', `/api/admin/training/paths/${path.id}`, { title: 'Blind overwrite' });
    assert.equal(noVersion.status, 400);
    assert.ok(noVersion.body.error.fields.version, JSON.stringify(noVersion.body));
    const moduleNoVersion = await call(ADA, 'PATCH', `/api/admin/training/modules/${path.modules[0].id}`, { title: 'Blind overwrite' });
    assert.equal(moduleNoVersion.status, 400);
    const badVersion = await call(ADA, 'PATCH', `/api/admin/training/paths/${path.id}`, { title: 'x', version: 'latest' });
    assert.equal(badVersion.status, 400);
    assert.equal((await ok(ADA, 'GET', `/api/admin/training/paths/${path.id}`)).title, 'Path no-version');
    const maker = await call(MIA, 'PATCH', `/api/admin/training/paths/${path.id}`, { title: 'Mine now', version: 1 });
    assert.equal(maker.status, 403);
  });

  it('when an admin moves a module or a path based on an order someone else changed, then it is a 409 and the order stays', async () => {
    const path = await ok(ADA, 'POST', '/api/admin/training/paths', samplePath('moves', 3));
    const seen = path.modules.map((m: { id: string }) => m.id);
    const [a, b, c] = seen;
    await ok(BEA, 'PUT', `/api/admin/training/paths/${path.id}/modules/order`, { ids: [a, c, b], basedOn: seen });
    const stale = await call(ADA, 'PUT', `/api/admin/training/paths/${path.id}/modules/order`, { ids: [b, a, c], basedOn: seen });
    assert.deepEqual([stale.status, stale.body], [409, { error: { code: 'conflict', message: STALE_MODULE_ORDER } }]);
    assert.deepEqual((await ok(ADA, 'GET', `/api/admin/training/paths/${path.id}`)).modules.map((m: { id: string }) => m.id), [a, c, b]);
    const noBasis = await call(ADA, 'PUT', `/api/admin/training/paths/${path.id}/modules/order`, { ids: [a, b, c] });
    assert.equal(noBasis.status, 400);
    const dropped = await call(ADA, 'PUT', `/api/admin/training/paths/${path.id}/modules/order`, { ids: [a, c], basedOn: [a, c, b] });
    assert.deepEqual([dropped.status, Object.keys(dropped.body.error.fields)], [400, ['ids']]);

    const order = (await ok(ADA, 'GET', '/api/admin/training/paths')).paths.map((p: { id: string }) => p.id);
    const moved = [order[1], order[0], ...order.slice(2)];
    assert.deepEqual((await ok(BEA, 'PUT', '/api/admin/training/paths/order', { ids: moved, basedOn: order })).paths.map((p: { id: string }) => p.id), moved);
    const stalePaths = await call(ADA, 'PUT', '/api/admin/training/paths/order', { ids: [...order].reverse(), basedOn: order });
    assert.deepEqual([stalePaths.status, stalePaths.body], [409, { error: { code: 'conflict', message: STALE_PATH_ORDER } }]);
  });

  it('when a new path’s title has no letter or digit, then the 400 names the title with a message that says why, and no path is made', async () => {
    const before = (await ok(ADA, 'GET', '/api/admin/training/paths')).paths.length;
    for (const title of ['!!!', '—']) {
      const refused = await call(ADA, 'POST', '/api/admin/training/paths', { title, summary: '', audience: 'new-maker', level: 'beginner', modules: [] });
      assert.equal(refused.status, 400);
      assert.deepEqual(refused.body, { error: { code: 'invalid_input', message: TITLE_WITHOUT_LETTERS, fields: { title: TITLE_WITHOUT_LETTERS } } });
    }
    assert.equal((await ok(ADA, 'GET', '/api/admin/training/paths')).paths.length, before);
    const made = await ok(ADA, 'POST', '/api/admin/training/paths', { title: '¡Hola, Power Apps!', summary: '', audience: 'new-maker', level: 'beginner', modules: [] });
    assert.equal(made.slug, 'hola-power-apps');
  });
});
