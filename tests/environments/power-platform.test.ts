import assert from 'node:assert/strict';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { assertCardSays } from '../helpers/bot-client.js';
import { ADMIN } from '../helpers/activities.js';
import { PowerPlatformStandIn } from '../helpers/power-platform-stand-in.js';
import { driveProvisioning } from '../helpers/environment-driver.js';
import { APPROVALS_CHANNEL, DEVELOPER_DRAFT, ManualClock, SANDBOX_DRAFT, buttons, press, submitForm } from '../helpers/environment-requests.js';

describe('environment requests: the power-platform provisioner against the admin API stand-in', () => {
  let stub: ConnectorStub;
  let pp: PowerPlatformStandIn;
  let t: TestApp;
  let clock: ManualClock;

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(async () => {
    pp = await new PowerPlatformStandIn().start();
    clock = new ManualClock();
    t = await startTestApp(
      { ...pp.settings(), ENVIRONMENT_APPROVALS_CONVERSATION_ID: APPROVALS_CHANNEL, ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', POWER_PLATFORM_POLL_INTERVAL_SECONDS: '1', POWER_PLATFORM_TIMEOUT_SECONDS: '120' },
      { clock },
    );
  });
  afterEach(async () => {
    await t.close();
    await pp.stop();
  });

  /** A maker submits the Sandbox request; an admin approves it in the channel. */
  async function approvedSandbox(draft = SANDBOX_DRAFT): Promise<string> {
    await submitForm(t.baseUrl, draft, { serviceUrl: stub.url });
    const [request] = await t.app.services.environments.service.listAll({ kind: 'system', name: 'test' }, {});
    const card = await press(t.baseUrl, 'env.approve', { requestId: request!.id, comment: '' }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    assertCardSays(card, 'Being created', 'Power Platform is creating the environment');
    return request!.id;
  }

  it('when an admin approves, then the environment is created through the API and recorded with its id and URL', async () => {
    const id = await approvedSandbox();
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    assert.equal(request.environmentUrl, 'https://fin-invoice-approvals.crm4.dynamics.com/');
    assert.match(request.environmentId ?? '', /^3f9a0e52-/);
    assert.equal(request.expiresAt, new Date(clock.now().getTime() + 60 * 86_400_000).toISOString(), 'the Sandbox default of 60 days runs from creation');

    const token = pp.requests.find((r) => r.path.endsWith('/oauth2/v2.0/token'))!;
    assert.equal((token.body as Record<string, string>).scope, 'https://service.powerapps.com/.default');
    const [create] = pp.calls('/environments').filter((r) => r.method === 'POST');
    assert.equal(create!.apiVersion, '2023-06-01');
    assert.match(create!.headers.authorization ?? '', /^Bearer standin-token-/);
    assert.deepEqual(create!.body, {
      location: 'europe',
      properties: {
        displayName: 'FIN-Invoice approvals',
        description: `Maker Hub request ${request.reference}`,
        environmentSku: 'Sandbox',
        databaseType: 'CommonDataService',
        linkedEnvironmentMetadata: { baseLanguage: 1033, currency: { code: 'EUR' }, domainName: 'fin-invoice-approvals', templates: [] },
      },
    });
    const polls = pp.calls('/lifecycleOperations/');
    assert.ok(polls.length >= 3 && polls.every((p) => p.path.startsWith('/regional/europe/')), 'the Location URL is followed verbatim');
    assert.ok(pp.calls('/scopes/admin/environments/').length >= 2, 'the environment is read again until its Dataverse URL appears');
    assert.equal(pp.calls('/validateEnvironmentDetails')[0]?.apiVersion, '2021-04-01');

    const card = await press(t.baseUrl, 'env.admin.refresh', { requestId: id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    assertCardSays(card, 'Ready', 'https://fin-invoice-approvals.crm4.dynamics.com/', 'Nothing to do');
  });

  it('when the API throttles with 429 and Retry-After, then the worker waits at least that long and then succeeds', async () => {
    const id = await approvedSandbox();
    pp.faults({ throttle: { count: 2, retryAfter: 2 } });
    const { request, steps } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    assert.equal(pp.requests.filter((r) => r.status === 429).length, 2);
    for (const step of steps.slice(0, 2)) assert.ok(Date.parse(step.nextRunAt!) - Date.parse(step.at) >= 2000, `waited ${Date.parse(step.nextRunAt!) - Date.parse(step.at)} ms`);
  });

  it('when another operation holds the tenant (409 OperationNotStartable), then the create is retried with a bounded backoff', async () => {
    const id = await approvedSandbox();
    pp.faults({ busy: 2 });
    const { request, steps } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    const creates = pp.calls('/environments').filter((r) => r.method === 'POST');
    assert.deepEqual(creates.map((c) => c.status), [409, 409, 202]);
    assert.ok(steps.slice(0, 2).every((s) => Date.parse(s.nextRunAt!) - Date.parse(s.at) >= 10_000), 'waits 10–20 s between tries');
    assert.equal(pp.world.environments.size, 1);
  });

  it('when the tenant lacks Dataverse capacity, then it fails at once with the reason, and an admin can retry it', async () => {
    const id = await approvedSandbox();
    pp.faults({ capacity: true });
    const failed = await driveProvisioning(t, clock, id);
    assert.equal(failed.request.status, 'failed');
    assert.match(failed.request.failureReason ?? '', /enough Dataverse capacity/);
    assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 1, 'no retry of a capacity failure');
    const card = await press(t.baseUrl, 'env.admin.refresh', { requestId: id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    assert.deepEqual(buttons(card), ['Retry provisioning', 'Mark provisioned']);

    pp.faults({ capacity: false });
    const retried = await press(t.baseUrl, 'env.retry', { requestId: id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    assertCardSays(retried, 'Being created');
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    assert.equal(request.failureReason, null);
    const actions = (await t.app.services.store.repos.audit.list({ entity: { type: 'environment-request', id } })).map((a) => a.action);
    assert.ok(actions.includes('environment.provision.fail') && actions.includes('environment.retry'), actions.join());
  });

  it('when the operation ends Failed, then the request fails with the failing stage and nothing is re-created', async () => {
    const id = await approvedSandbox();
    pp.faults({ operationOutcome: 'Failed' });
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'failed');
    assert.match(request.failureReason ?? '', /failed at the Run stage/);
    assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 1);
  });

  it('when the 202 has no Location header, then the environment is found again by listing, not created twice', async () => {
    const id = await approvedSandbox();
    pp.faults({ lostLocation: true });
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 1);
    assert.ok(pp.calls('/scopes/admin/environments').filter((r) => r.path.endsWith('/environments')).length >= 2);
  });

  it('when the connection drops after the create went through, then listing finds it and no second create is sent', async () => {
    const id = await approvedSandbox();
    pp.faults({ createError: 'drop-connection' });
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    assert.equal(pp.world.environments.size, 1);
    assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 1);
  });

  it('when create answers 500 and nothing was created, then it reconciles by listing and fails clearly without a blind resend', async () => {
    const id = await approvedSandbox();
    pp.faults({ createError: 'server-error' });
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'failed');
    assert.match(request.failureReason ?? '', /did not confirm the creation \(500 An error occurred/);
    assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 1);
  });

  it('when the operation never finishes, then provisioning stops at the configured timeout and says so', async () => {
    const id = await approvedSandbox();
    pp.faults({ operationOutcome: 'never' });
    const { request } = await driveProvisioning(t, clock, id, 200);
    assert.equal(request.status, 'failed');
    assert.match(request.failureReason ?? '', /did not finish .* within the time allowed \(2 min/);
    const polls = pp.calls('/lifecycleOperations/').length;
    await t.app.services.environments.service.runProvisioning();
    assert.equal(pp.calls('/lifecycleOperations/').length, polls, 'no polling after the timeout');
  });

  it('when a poll answers 401 (token expired), then a new token is fetched once and polling continues', async () => {
    const id = await approvedSandbox();
    pp.faults({ accepted202: true });
    await t.app.services.environments.service.runProvisioning(); // reference data, create
    pp.faults({ unauthorized: 1 });
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'provisioned');
    assert.equal(pp.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).length, 2);
    assert.ok(pp.calls('/lifecycleOperations/').some((r) => r.status === 401) && pp.calls('/lifecycleOperations/').some((r) => r.status === 202));
  });

  it('when the Dataverse address is taken, then it fails before creating and asks for another name', async () => {
    const id = await approvedSandbox();
    pp.faults({ domainTaken: true });
    const { request } = await driveProvisioning(t, clock, id);
    assert.equal(request.status, 'failed');
    assert.match(request.failureReason ?? '', /"fin-invoice-approvals" is already taken/);
    assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 0);
  });

  it('when the service principal is not a registered management app, then the failure says how to register it, and a retry works once it is', async () => {
    const id = await approvedSandbox();
    pp.faults({ registered: false });
    assert.match((await driveProvisioning(t, clock, id)).request.failureReason ?? '', /not registered as a Power Platform management app.*New-PowerAppManagementApp/);
    pp.faults({ registered: true });
    await press(t.baseUrl, 'env.retry', { requestId: id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
    assert.equal((await driveProvisioning(t, clock, id)).request.status, 'provisioned');
  });

  it('when the client secret is wrong, then provisioning fails naming the settings to check and calls no API', async () => {
    await t.close();
    t = await startTestApp({ ...pp.settings(), POWER_PLATFORM_CLIENT_SECRET: 'wrong', ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600' }, { clock });
    const id = await approvedSandbox();
    const { request } = await driveProvisioning(t, clock, id);
    assert.match(request.failureReason ?? '', /Entra ID refused .*invalid_client.*POWER_PLATFORM_CLIENT_SECRET/);
    assert.equal(pp.calls().length, 0);
  });

  it('when a Developer environment is approved, then it is left to the CoE by hand (service principals cannot create them)', async () => {
    const card = await submitForm(t.baseUrl, DEVELOPER_DRAFT, { serviceUrl: stub.url });
    assertCardSays(card, 'Approved automatically');
    const [request] = await t.app.services.environments.service.listAll({ kind: 'system', name: 'test' }, {});
    assert.equal(request!.provisioner, 'manual');
    assert.equal((await t.app.services.environments.service.runProvisioning()).processed, 0);
    assert.equal(pp.calls().length, 0);
  });
});

describe('environment requests: provisioning survives a restart', () => {
  it('when the server restarts mid-operation, then the new process resumes polling the same operation and creates nothing twice', async () => {
    const stub = await new ConnectorStub().start();
    const pp = await new PowerPlatformStandIn({ pollsUntilDone: 3 }).start();
    const clock = new ManualClock();
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/mh-restart-`);
    const file = `${dir}/maker-hub.db`;
    const settings = { ...pp.settings(), ENVIRONMENT_JOBS_INTERVAL_SECONDS: '3600', POWER_PLATFORM_POLL_INTERVAL_SECONDS: '1' };
    let t = await startTestApp(settings, { clock, database: { kind: 'sqlite', file } });
    try {
      await submitForm(t.baseUrl, SANDBOX_DRAFT, { serviceUrl: stub.url });
      const [request] = await t.app.services.environments.service.listAll({ kind: 'system', name: 'test' }, {});
      await press(t.baseUrl, 'env.approve', { requestId: request!.id }, { serviceUrl: stub.url, from: ADMIN, inChannel: true });
      await t.app.services.environments.service.runProvisioning();
      const job = await t.app.services.store.repos.provisioningJobs.find(request!.id);
      assert.equal(job?.checkpoint?.phase, 'operation');
      await t.close();

      t = await startTestApp(settings, { clock, database: { kind: 'sqlite', file } });
      const { request: done } = await driveProvisioning(t, clock, request!.id);
      assert.equal(done.status, 'provisioned');
      assert.equal(pp.calls('/environments').filter((r) => r.method === 'POST').length, 1);
    } finally {
      await t.close();
      await pp.stop();
      await stub.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
