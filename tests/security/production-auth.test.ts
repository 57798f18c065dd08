import assert from 'node:assert/strict';
import { generateKeyPair } from 'jose';
import { BotFrameworkStandIn } from '../helpers/bot-framework-stand-in.js';
import { JwksServer } from '../helpers/jwks-server.js';
import { createLogger } from '../../src/logging.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const APP_ID = '11111111-1111-1111-1111-111111111111';
const CLIENT_ID = '44444444-4444-4444-4444-444444444444';
const BOT_TENANT = '00000000-0000-0000-0000-0000000000aa';
const OTHER_TENANT = '99999999-9999-9999-9999-999999999999';
const SAM = '55555555-5555-5555-5555-555555555555';
const EVE = '66666666-6666-6666-6666-666666666666';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

/** A production deployment as Teams meets it: real token checks, against stand-ins on 127.0.0.1. */
export function productionSettings(jwks: JwksServer, botKeys: BotFrameworkStandIn): Record<string, string> {
  return {
    NODE_ENV: 'production',
    AUTH_DEV_MODE: 'false',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: BOT_TENANT,
    AAD_APP_CLIENT_ID: CLIENT_ID,
    AAD_JWKS_URI: jwks.url,
    BOT_OPENID_METADATA_URL: botKeys.url,
    TAB_DOMAIN: 'hub.contoso.com',
    DELIVERY_WORKER: 'off',
  };
}

/** An Action.Execute invoke: answered in the HTTP response, so no reply travels to the (unreachable) Bot Connector. */
function invoke(tenantId: string, aadObjectId: string) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `inv-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: `29:${aadObjectId}`, name: 'Eve Elsewhere', aadObjectId },
    recipient: { id: `28:${APP_ID}`, name: 'Maker Hub' },
    conversation: { id: `a:personal-${aadObjectId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    value: { action: { type: 'Action.Execute', verb: 'no.such.verb', data: {} } },
  };
}

async function post(t: TestApp, body: unknown, token?: string) {
  const res = await fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

/** What a refusal may say: the fixed words, never the library's (signatures, keys, claims). */
function assertNoInternals(text: string): void {
  assert.doesNotMatch(text, /jwt|signature|kid|key for token|nbf|not before|jsonwebtoken|Available keys|stack|at .*\.js/i);
}

describe('production mode: token checks against local stand-ins (bot endpoint and tab API)', function () {
  let jwks: JwksServer;
  let botKeys: BotFrameworkStandIn;
  let t: TestApp;

  before(async () => {
    jwks = await new JwksServer().start();
    botKeys = await new BotFrameworkStandIn().start();
    t = await startTestApp(productionSettings(jwks, botKeys));
  });
  after(async () => {
    await t.close();
    await botKeys.stop();
    await jwks.stop();
  });

  const users = async (tenantId: string) => (await t.app.services.store.handle.db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).execute()).length;

  describe('bot endpoint (defect 7: forged tokens)', () => {
    it('when the channel signs a token for this bot and this serviceUrl, then the activity is processed (200)', async () => {
      const res = await post(t, invoke(BOT_TENANT, SAM), await botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL }));
      assert.equal(res.status, 200);
      assert.equal(res.body?.statusCode, 200, 'the invoke was answered by the bot');
    });

    const forged: Array<[string, () => Promise<string | undefined>]> = [
      ['there is no token', async () => undefined],
      ['the signature is by another key under the real key id', async () => botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL, key: (await generateKeyPair('RS256')).privateKey })],
      ['the token is not valid before an hour from now', async () => botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL, notBefore: Math.floor(Date.now() / 1000) + 3600, expiresIn: '2h' })],
      ['the key id is unknown', async () => botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL, kid: 'no-such-key' })],
      ['the token expired', async () => botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL, expiresIn: '-1h' })],
      ['the token is for another bot', async () => botKeys.token({ appId: '22222222-2222-2222-2222-222222222222', serviceUrl: SERVICE_URL })],
      ['the token names another serviceUrl', async () => botKeys.token({ appId: APP_ID, serviceUrl: 'https://evil.example/' })],
    ];
    for (const [when, token] of forged) {
      it(`when ${when}, then the answer is 401 without internals and nothing is stored`, async () => {
        const before = await users(BOT_TENANT);
        const res = await post(t, invoke(BOT_TENANT, EVE), await token());
        assert.equal(res.status, 401, res.text);
        assert.equal(res.body?.error?.code, 'unauthorized');
        assertNoInternals(res.text);
        assert.equal(await users(BOT_TENANT), before, 'nobody was signed in');
      });
    }
  });

  describe('one tenant rule for bot and tab (defect 2: ALLOWED_TENANTS empty = the bot tenant)', () => {
    it('when a correctly signed SSO token comes from another tenant, then /api/me, /api/ask/questions and /api/me/preferences answer 401 and create nothing', async () => {
      const token = await jwks.token({ audience: CLIENT_ID, tenantId: OTHER_TENANT, oid: EVE });
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const calls = [
        await fetch(`${t.baseUrl}/api/me`, { headers }),
        await fetch(`${t.baseUrl}/api/ask/questions`, { method: 'POST', headers, body: JSON.stringify({ question: 'How do I share a canvas app?' }) }),
        await fetch(`${t.baseUrl}/api/me/preferences`, { method: 'PATCH', headers, body: JSON.stringify({ notificationsOptOut: true }) }),
      ];
      for (const res of calls) {
        assert.equal(res.status, 401);
        assert.equal(((await res.json()) as { error: { reason: string } }).error.reason, 'tenant');
      }
      assert.equal(await users(OTHER_TENANT), 0, 'no user row');
      assert.equal((await t.app.services.store.handle.db.selectFrom('ask_questions').select('id').execute()).length, 0, 'no question row');
    });

    it('when a correctly signed SSO token comes from the bot tenant, then the API answers (the same rule lets it in)', async () => {
      const token = await jwks.token({ audience: CLIENT_ID, tenantId: BOT_TENANT, oid: SAM });
      assert.equal((await fetch(`${t.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    });

    it('when a signed activity comes from another tenant, then the bot does not serve it and stores nobody', async () => {
      const res = await post(t, invoke(OTHER_TENANT, EVE), await botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL }));
      assert.equal(res.status, 200, 'Teams gets its invoke answer');
      assert.doesNotMatch(JSON.stringify(res.body), /Eve|requests|tickets/);
      assert.equal(await users(OTHER_TENANT), 0);
    });
  });

  describe('SSO token rules (defect 8)', () => {
    it('when the token has no exp, then it is refused (401) and creates no user', async () => {
      const token = await jwks.token({ audience: CLIENT_ID, tenantId: BOT_TENANT, oid: EVE, expiresIn: null });
      const res = await fetch(`${t.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { reason: string } }).error.reason, 'claims');
      assert.equal((await t.app.services.identity.findUser({ tenantId: BOT_TENANT, aadObjectId: EVE })), undefined);
    });

    it('when the token is app-only (roles, no scp), then it is not taken for a person (401)', async () => {
      const token = await jwks.token({ audience: CLIENT_ID, tenantId: BOT_TENANT, oid: EVE, claims: { scp: undefined, roles: ['Tasks.ReadWrite.All'], idtyp: 'app' } });
      const res = await fetch(`${t.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 401);
      assert.equal((await t.app.services.identity.findUser({ tenantId: BOT_TENANT, aadObjectId: EVE })), undefined);
    });

    it('when the token carries another scope than access_as_user, then it is refused (401)', async () => {
      const token = await jwks.token({ audience: CLIENT_ID, tenantId: BOT_TENANT, oid: EVE, claims: { scp: 'User.Read' } });
      assert.equal((await fetch(`${t.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status, 401);
    });
  });
});

describe('production mode: the Bot Framework key endpoint is down (defect 7)', function () {
  let jwks: JwksServer;
  let botKeys: BotFrameworkStandIn;
  let t: TestApp;
  const lines: string[] = [];

  before(async () => {
    jwks = await new JwksServer().start();
    botKeys = await new BotFrameworkStandIn().start();
    botKeys.down = true;
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    t = await startTestApp(productionSettings(jwks, botKeys), { logger });
  });
  after(async () => {
    await t.close();
    await botKeys.stop();
    await jwks.stop();
  });

  it('when the signing keys cannot be fetched, then the bot endpoint answers 503 without internals, logs it once, and serves again once they can be', async () => {
    const token = await botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL });
    for (let i = 0; i < 3; i += 1) {
      const res = await post(t, invoke(BOT_TENANT, SAM), token);
      assert.equal(res.status, 503, res.text);
      assert.equal(res.body?.error?.code, 'unavailable');
      assertNoInternals(res.text);
    }
    const logged = lines.filter((l) => l.includes('signing keys cannot be fetched'));
    assert.equal(logged.length, 1, 'one log line for the outage, not one per request');
    botKeys.down = false;
    assert.equal((await post(t, invoke(BOT_TENANT, SAM), token)).status, 200);
    const forged = await post(t, invoke(BOT_TENANT, SAM), await botKeys.token({ appId: APP_ID, serviceUrl: SERVICE_URL, kid: 'no-such-key' }));
    assert.equal(forged.status, 401, 'a token the keys do not verify is the token’s fault, not the endpoint’s');
  });
});
