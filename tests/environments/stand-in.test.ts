import assert from 'node:assert/strict';
import { PowerPlatformStandIn } from '../helpers/power-platform-stand-in.js';

const P = '/providers/Microsoft.BusinessAppPlatform';

describe('the Power Platform admin API stand-in follows its contract', () => {
  let pp: PowerPlatformStandIn;
  let token: string;
  beforeEach(async () => {
    pp = await new PowerPlatformStandIn({ retryAfter: 0, pollsUntilDone: 0, metadataLagReads: 0 }).start();
    const res = await fetch(`${pp.url}/${pp.options.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: pp.options.clientId, client_secret: pp.options.clientSecret, scope: 'https://service.powerapps.com/.default' }),
    });
    token = ((await res.json()) as { access_token: string }).access_token;
  });
  afterEach(async () => pp.stop());

  const call = async (method: string, path: string, body?: unknown, bearer = token) => {
    const res = await fetch(path.startsWith('http') ? path : `${pp.url}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };

  it('when credentials or audience are wrong, then Entra and the API refuse like the real ones', async () => {
    const bad = await fetch(`${pp.url}/${pp.options.tenantId}/oauth2/v2.0/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: pp.options.clientId, client_secret: 'nope', scope: 'https://service.powerapps.com/.default' }) });
    assert.equal(bad.status, 401);
    assert.equal(((await bad.json()) as { error: string }).error, 'invalid_client');
    assert.equal((await call('GET', `${P}/locations?api-version=2023-06-01`, undefined, 'forged')).status, 401);
  });

  it('when an environment is created, deleted and recovered, then operations, 404s and listing follow §2–§4', async () => {
    const created = await call('POST', `${P}/environments?api-version=2023-06-01`, { location: 'unitedstates', properties: { displayName: 'MH-Test', environmentSku: 'Sandbox' } });
    assert.equal(created.status, 202);
    const location = created.headers.get('location')!;
    assert.match(location, /\/regional\/unitedstates\/providers\/Microsoft\.BusinessAppPlatform\/lifecycleOperations\//);
    assert.equal((await call('GET', location.replace('/regional/unitedstates', ''))).status, 404, 'a rebuilt URL does not work');
    const op = await call('GET', location);
    assert.equal(op.body.state.id, 'Succeeded');
    const id = op.body.links.environment.path.split('/').pop();
    assert.equal((await call('GET', `${P}/scopes/admin/environments?api-version=2023-06-01`)).body.value.length, 1);
    assert.equal((await call('POST', `${P}/scopes/admin/environments/${id}/validateDelete?api-version=2018-01-01`)).body.canInitiateDelete, true);
    const deleting = await call('DELETE', `${P}/scopes/admin/environments/${id}?api-version=2023-06-01`);
    assert.equal(deleting.status, 202);
    assert.equal((await call('GET', deleting.headers.get('location')!)).body.state.id, 'Succeeded');
    const gone = await call('GET', `${P}/scopes/admin/environments/${id}?api-version=2023-06-01`);
    assert.equal(gone.status, 404);
    assert.equal(gone.body.error.code, 'EnvironmentNotFound');
    assert.equal((await call('DELETE', `${P}/scopes/admin/environments/${id}?api-version=2023-06-01`)).status, 404);
    const recovering = await call('POST', `${P}/scopes/admin/deletedEnvironments/${id}/recover?api-version=2019-05-01`);
    await call('GET', recovering.headers.get('location')!);
    assert.equal((await call('GET', `${P}/scopes/admin/environments/${id}?api-version=2023-06-01`)).status, 200);
  });

  it('when a create breaks the rules, then it answers 400 with a BAP error body', async () => {
    const developer = await call('POST', `${P}/environments?api-version=2023-06-01`, { location: 'europe', properties: { displayName: 'x', environmentSku: 'Developer' } });
    assert.equal(developer.body.error.code, 'UsedByInvalidInRequest');
    const noCurrency = await call('POST', `${P}/environments?api-version=2023-06-01`, { location: 'europe', properties: { displayName: 'x', environmentSku: 'Sandbox', databaseType: 'CommonDataService', linkedEnvironmentMetadata: { baseLanguage: 1033 } } });
    assert.equal(noCurrency.status, 400);
    assert.equal((await call('POST', `${P}/environments?api-version=2023-06-01`, { location: 'mars', properties: { displayName: 'x', environmentSku: 'Sandbox' } })).status, 400);
  });

  it('when DLP policies and the management-app registration are used, then they behave as documented', async () => {
    const policy = await call('POST', '/providers/PowerPlatform.Governance/v2/policies', { displayName: 'Makers', policyDefinition: { environmentType: 'OnlyEnvironments', environments: [] } });
    assert.equal(policy.status, 201);
    const patched = await call('PATCH', `/providers/PowerPlatform.Governance/v2/policies/${policy.body.name}`, { ...policy.body, policyDefinition: { environmentType: 'OnlyEnvironments', environments: [{ id: 'x', name: 'x', type: 'Microsoft.BusinessAppPlatform/scopes/environments' }] } });
    assert.equal(patched.body.policyDefinition.environments.length, 1);
    pp.faults({ registered: false });
    const refused = await call('GET', `${P}/locations?api-version=2023-06-01`);
    assert.equal(refused.status, 403);
    assert.match(refused.body.error.message, /does not have permission to access the path/);
    const control = await fetch(`${pp.url}/__standin/requests`);
    assert.ok(((await control.json()) as { value: unknown[] }).value.length >= 2);
  });
});
