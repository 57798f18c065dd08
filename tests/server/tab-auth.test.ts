import assert from 'node:assert/strict';
import { generateKeyPair } from 'jose';
import { JwksServer } from '../helpers/jwks-server.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const CLIENT_ID = '44444444-4444-4444-4444-444444444444';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const OTHER_TENANT = '99999999-9999-9999-9999-999999999999';
const OID = '55555555-5555-5555-5555-555555555555';

async function me(t: TestApp, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.baseUrl}/api/me`, { headers });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

describe('tab API: SSO token validation', () => {
  let jwks: JwksServer;
  let t: TestApp;

  before(async () => {
    jwks = await new JwksServer().start();
    t = await startTestApp({ AUTH_DEV_MODE: 'false', AAD_APP_CLIENT_ID: CLIENT_ID, AAD_JWKS_URI: jwks.url, TAB_DOMAIN: 'hub.contoso.com', ALLOWED_TENANTS: TENANT });
  });
  after(async () => {
    await t.close();
    await jwks.stop();
  });

  it('when a valid SSO token for api://<domain>/<clientId> is sent, then the caller is signed in as the token\'s person', async () => {
    const token = await jwks.token({ audience: `api://hub.contoso.com/${CLIENT_ID}`, tenantId: TENANT, oid: OID, name: 'Sam Sso' });
    const { status, body } = await me(t, { authorization: `Bearer ${token}` });
    assert.equal(status, 200);
    assert.equal(body.user.aadObjectId, OID);
    assert.equal(body.user.displayName, 'Sam Sso');
    assert.deepEqual(body.roles, ['maker']);
    assert.equal(body.devMode, false);
  });

  it('when a v1 token with the bare client id as audience is sent, then it is accepted too', async () => {
    const token = await jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: OID, issuer: `https://sts.windows.net/${TENANT}/` });
    assert.equal((await me(t, { authorization: `Bearer ${token}` })).status, 200);
  });

  const refusals: Array<[string, () => Promise<string>, string]> = [
    ['the audience is another app', () => jwks.token({ audience: 'api://hub.contoso.com/11111111-1111-1111-1111-111111111111', tenantId: TENANT, oid: OID }), 'audience'],
    ['the tenant is not allowed', () => jwks.token({ audience: CLIENT_ID, tenantId: OTHER_TENANT, oid: OID }), 'tenant'],
    ['the token expired', () => jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: OID, expiresIn: '-10m' }), 'expired'],
    ['the signature is from another key', async () => jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: OID, key: (await generateKeyPair('RS256')).privateKey }), 'signature'],
    ['the issuer is not the token tenant', () => jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: OID, issuer: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }), 'issuer'],
    ['the token has no object id', () => jwks.token({ audience: CLIENT_ID, tenantId: TENANT, oid: OID, claims: { oid: undefined } }), 'claims'],
  ];
  for (const [name, make, reason] of refusals) {
    it(`when ${name}, then the API answers 401 (${reason}) and creates no user`, async () => {
      const token = await make();
      const { status, body } = await me(t, { authorization: `Bearer ${token}` });
      assert.equal(status, 401);
      assert.equal(body.error.reason, reason);
      assert.ok(typeof body.error.message === 'string' && !/at .*\.ts/.test(body.error.message), 'a message, not a stack');
    });
  }

  it('when no token is sent and development mode is off, then the API answers 401', async () => {
    const { status, body } = await me(t);
    assert.equal(status, 401);
    assert.match(body.error.message, /open Maker Hub in Teams/);
  });

  it('when the header is not a bearer token, then the API answers 401', async () => {
    assert.equal((await me(t, { authorization: 'Basic abc' })).status, 401);
  });

  it('when development headers are sent without development mode, then they are ignored (401)', async () => {
    assert.equal((await me(t, { 'x-dev-user': OID })).status, 401);
  });
});

describe('tab API: development identity', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('when no token is sent in development mode, then the configured development admin is signed in', async () => {
    const { status, body } = await me(t);
    assert.equal(status, 200);
    assert.equal(body.user.displayName, 'Ada Admin');
    assert.deepEqual(body.roles, ['maker', 'coe-admin']);
    assert.equal(body.devMode, true);
  });

  it('when X-Dev-User names another person, then that person is signed in as a maker', async () => {
    const { body } = await me(t, { 'x-dev-user': OID, 'x-dev-user-name': 'Mia Maker' });
    assert.equal(body.user.aadObjectId, OID);
    assert.deepEqual(body.roles, ['maker']);
  });

  it('when X-Dev-User is not a GUID, then the API answers 401', async () => {
    assert.equal((await me(t, { 'x-dev-user': 'robert; drop table users' })).status, 401);
  });

  it('when a maker calls an admin API, then it is refused with 403 and audited', async () => {
    const res = await fetch(`${t.baseUrl}/api/admin/roles`, { headers: { 'x-dev-user': OID } });
    assert.equal(res.status, 403);
    const denied = await t.app.services.store.repos.audit.list({ action: 'role.list.denied' });
    assert.equal(denied.length, 1);
  });

  it('when an admin grants a role through the API with a bad body, then 400 names the field and nothing changes', async () => {
    const res = await fetch(`${t.baseUrl}/api/admin/roles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aadObjectId: 'nope', role: 'champion' }) });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: { fields: Record<string, string> } };
    assert.ok(body.error.fields.aadObjectId);
    const list = (await (await fetch(`${t.baseUrl}/api/admin/roles`)).json()) as { grants: unknown[] };
    assert.equal(list.grants.length, 1, 'only the first admin');
  });

  it('when an admin grants and revokes a role through the API, then the list follows', async () => {
    const grant = await fetch(`${t.baseUrl}/api/admin/roles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ aadObjectId: OID, role: 'champion' }) });
    assert.equal(grant.status, 200);
    let list = (await (await fetch(`${t.baseUrl}/api/admin/roles`)).json()) as { grants: Array<{ role: string; aadObjectId: string }> };
    assert.ok(list.grants.some((g) => g.role === 'champion' && g.aadObjectId === OID));
    const revoke = await fetch(`${t.baseUrl}/api/admin/roles/${TENANT}/${OID}/champion`, { method: 'DELETE' });
    assert.equal(revoke.status, 200);
    list = (await (await fetch(`${t.baseUrl}/api/admin/roles`)).json()) as { grants: Array<{ role: string; aadObjectId: string }> };
    assert.ok(!list.grants.some((g) => g.role === 'champion'));
  });
});
