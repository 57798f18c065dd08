import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AccessTokens, credentialKind, refusal } from '../../src/integrations/entra/credential.js';
import { EntraStandIn, managedIdentityEndpoint } from '../helpers/entra-stand-in.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const CLIENT = '00000000-0000-0000-0000-00000000c11e';
const SCOPE = 'https://service.powerapps.com/.default';
const TLS = new URL('../fixtures/tls/', import.meta.url);

describe('Entra ID sign-in (@azure/identity against a local token endpoint)', () => {
  let entra: EntraStandIn;
  let dir: string;
  before(async () => {
    entra = await new EntraStandIn().start();
    dir = mkdtempSync(path.join(tmpdir(), 'mh-entra-'));
  });
  after(async () => {
    await entra.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => entra.requests.splice(0));

  it('when a client secret is configured, then the client-credentials grant is sent to the tenant, and the token is reused until reset', async () => {
    const tokens = new AccessTokens({ clientId: CLIENT, tenantId: TENANT, clientSecret: 's3cret', authorityHost: entra.url });
    assert.equal(tokens.kind, 'client-secret');
    const first = await tokens.get(SCOPE);
    assert.match(first, /^entra-token-\d+$/);
    assert.equal(await tokens.get(SCOPE), first, 'cached');
    const [request, ...more] = entra.tokenRequests();
    assert.equal(more.length, 0);
    assert.equal(request!.tenant, TENANT);
    assert.deepEqual([request!.form.grant_type, request!.form.client_id, request!.form.client_secret, request!.form.scope], ['client_credentials', CLIENT, 's3cret', SCOPE]);
    tokens.reset();
    assert.notEqual(await tokens.get(SCOPE), first);
    assert.equal(entra.tokenRequests().length, 2);
  });

  it('when a token for another tenant is asked for, then it is requested from that tenant', async () => {
    const tokens = new AccessTokens({ clientId: CLIENT, tenantId: TENANT, clientSecret: 's3cret', authorityHost: entra.url });
    await tokens.get('https://graph.microsoft.com/.default', '00000000-0000-0000-0000-0000000000bb');
    assert.equal(entra.tokenRequests()[0]!.tenant, '00000000-0000-0000-0000-0000000000bb');
  });

  it('when a certificate file is configured, then a signed client assertion is sent instead of a secret', async () => {
    const pem = path.join(dir, 'app.pem');
    writeFileSync(pem, `${readFileSync(new URL('localhost.pem', TLS), 'utf8')}${readFileSync(new URL('localhost.key', TLS), 'utf8')}`);
    const tokens = new AccessTokens({ clientId: CLIENT, tenantId: TENANT, certificateFile: pem, authorityHost: entra.url });
    assert.equal(tokens.kind, 'certificate');
    await tokens.get(SCOPE);
    const form = entra.tokenRequests()[0]!.form;
    assert.equal(form.client_assertion_type, 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    assert.equal(form.client_secret, undefined);
    const header = JSON.parse(Buffer.from(form.client_assertion!.split('.')[0]!, 'base64url').toString()) as { alg: string };
    assert.match(header.alg, /^(RS|PS)256$/);
  });

  it('when a federated token file is present, then workload identity sends the file as the client assertion', async () => {
    const file = path.join(dir, 'federated-token');
    writeFileSync(file, 'federated-jwt-from-kubernetes');
    const tokens = new AccessTokens({ clientId: CLIENT, tenantId: TENANT, federatedTokenFile: file, authorityHost: entra.url });
    assert.equal(tokens.kind, 'workload-identity');
    await tokens.get(SCOPE);
    assert.equal(entra.tokenRequests()[0]!.form.client_assertion, 'federated-jwt-from-kubernetes');
  });

  it('when nothing but a client id is configured, then the host\'s managed identity endpoint is asked for that identity', async () => {
    const endpoint = await managedIdentityEndpoint();
    const tokens = new AccessTokens({ clientId: CLIENT, tenantId: TENANT, authorityHost: entra.url });
    assert.equal(credentialKind({ clientId: CLIENT, authorityHost: entra.url }), 'managed-identity');
    assert.match(await tokens.get(SCOPE), /^msi-token-/);
    const request = endpoint.tokenRequests().filter((r) => r.form.client_id === CLIENT).at(-1)!;
    assert.equal(request.path, '/msi/token');
    assert.equal(request.form.resource, 'https://service.powerapps.com');
    assert.equal(request.headers['x-identity-header'], endpoint.identityHeader);
    assert.equal(entra.tokenRequests().length, 0, 'no client-credentials grant');
  });

  it('when Entra ID refuses the client, then the refusal names the error; an unreachable endpoint is no refusal', async () => {
    const strict = await new EntraStandIn({ issue: () => ({ status: 401, body: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.\nTrace ID: x' } }) }).start();
    try {
      const refused = await new AccessTokens({ clientId: CLIENT, tenantId: TENANT, clientSecret: 'wrong', authorityHost: strict.url }).get(SCOPE).catch((e: unknown) => e);
      assert.equal(refusal(refused), 'invalid_client: AADSTS7000215: Invalid client secret provided.');
    } finally {
      await strict.stop();
    }
    const unreachable = await new AccessTokens({ clientId: CLIENT, tenantId: TENANT, clientSecret: 'x', authorityHost: 'https://127.0.0.1:9' }).get(SCOPE).catch((e: unknown) => e);
    assert.ok(unreachable instanceof Error);
    assert.equal(refusal(unreachable), null);
  });
});
