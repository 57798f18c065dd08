import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../../src/config/index.js';
import { loadEnvironmentPolicy, parseEnvironmentPolicy } from '../../src/config/environment-policy.js';
import { environmentsConfig } from '../../src/config/environments.js';
import { autoApproveRule, extensionVerdict } from '../../src/domain/environments/policy.js';
import { provisionerFor } from '../../src/domain/environments/provisioner.js';
import { canMove, isFinal } from '../../src/domain/environments/state-machine.js';
import { REQUEST_STATUSES } from '../../src/domain/environments/types.js';
import { checkDraft, policyChecks } from '../../src/domain/environments/validation.js';
import { domainNameFor } from '../../src/integrations/power-platform/create-body.js';
import { parseRetryAfter as retryAfterMs } from '../../src/domain/shared/retry-after.js';
import { testConfig } from '../helpers/test-app.js';
import { SANDBOX_DRAFT } from '../helpers/environment-requests.js';

const POLICY_FILE = 'config/environment-policy.yaml';
const policy = loadEnvironmentPolicy(POLICY_FILE);
const none = () => 0;

describe('environment policy', () => {
  it('when the shipped policy file is loaded, then it is valid and its example name passes its own rule', () => {
    assert.equal(policy.types.Production.maxDurationDays, null);
    assert.equal(checkDraft(policy, { ...SANDBOX_DRAFT, displayName: policy.naming.example }, none).fields.displayName, undefined);
  });

  it('when the policy file has mistakes, then start-up is refused naming each one by its path', () => {
    const doc = parse(readFileSync(POLICY_FILE, 'utf8'));
    doc.types.Sandbox.defaultDurationDays = 500;
    doc.naming.pattern = '([';
    doc.regions[0].value = 'United States';
    delete doc.expiry;
    doc.surprise = true;
    assert.throws(
      () => parseEnvironmentPolicy(doc, 'test.yaml'),
      (e: unknown) => {
        const problems = (e as ConfigError).problems.join('\n');
        for (const part of ['types.Sandbox', 'naming.pattern', 'regions.0.value', 'expiry', 'surprise']) assert.match(problems, new RegExp(part.replace('.', '\\.')));
        return e instanceof ConfigError;
      },
    );
  });

  it('when the policy file is missing or not YAML, then the setting is named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mh-policy-'));
    try {
      writeFileSync(path.join(dir, 'bad.yaml'), 'naming: [unclosed');
      assert.throws(() => loadEnvironmentPolicy(path.join(dir, 'missing.yaml')), /ENVIRONMENT_POLICY_FILE: cannot read/);
      assert.throws(() => loadEnvironmentPolicy(path.join(dir, 'bad.yaml')), /not valid YAML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the power-platform provisioner is chosen without its service principal, then start-up names the missing settings', () => {
    assert.throws(() => environmentsConfig(testConfig({ ENVIRONMENT_PROVISIONER: 'power-platform' }).settings), /POWER_PLATFORM_TENANT_ID.*\n.*POWER_PLATFORM_CLIENT_ID/);
    // No secret is required: without one (or a certificate) the client id is a managed identity's.
    const managed = environmentsConfig(testConfig({ ENVIRONMENT_PROVISIONER: 'power-platform', POWER_PLATFORM_TENANT_ID: '00000000-0000-0000-0000-0000000000aa', POWER_PLATFORM_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e' }).settings);
    assert.equal(managed.powerPlatform?.identity.clientSecret, undefined);
  });

  it('when a draft breaks several rules, then every problem is reported next to its own field', () => {
    const { fields, input } = checkDraft(policy, { type: 'Production', region: 'mars', justification: 'because', dataverse: 'true', languageLcid: '9999', currencyCode: 'XXX', dataClassification: 'secret', expectedUsers: '0' }, none);
    assert.equal(input, undefined);
    assert.deepEqual(Object.keys(fields).sort(), ['currencyCode', 'dataClassification', 'displayName', 'expectedUsers', 'justification', 'languageLcid', 'region']);
    assert.match(fields.justification!, /at least 100 characters \(Production needs a business case\)/);
  });

  it('when a valid draft is checked, then the input is typed and durations default per type', () => {
    const { input } = checkDraft(policy, SANDBOX_DRAFT, none);
    assert.deepEqual({ dataverse: input?.dataverse, lcid: input?.languageLcid, users: input?.expectedUsers, days: input?.durationDays }, { dataverse: true, lcid: 1033, users: 12, days: 60 });
    const production = checkDraft(policy, { ...SANDBOX_DRAFT, type: 'Production', justification: 'x'.repeat(100), durationDays: '10' }, none).input;
    assert.equal(production?.durationDays, null, 'Production does not expire');
  });

  it('when the auto-approve rules are evaluated, then only the listed combinations pass', () => {
    assert.ok(autoApproveRule(policy, { type: 'Developer', dataClassification: 'internal', expectedUsers: 1 }));
    assert.equal(autoApproveRule(policy, { type: 'Developer', dataClassification: 'confidential', expectedUsers: 1 }), undefined);
    assert.ok(autoApproveRule(policy, { type: 'Sandbox', dataClassification: 'public', expectedUsers: 5 }));
    assert.equal(autoApproveRule(policy, { type: 'Sandbox', dataClassification: 'public', expectedUsers: 6 }), undefined);
    const checks = policyChecks(policy, checkDraft(policy, SANDBOX_DRAFT, none).input!, 1);
    assert.deepEqual(checks.filter((c) => !c.passed).map((c) => c.id), ['auto-approve']);
  });

  it('when an extension is asked, then it must fit the type’s maximum', () => {
    const live = { ...checkDraft(policy, SANDBOX_DRAFT, none).input!, expiresAt: '2026-05-01T00:00:00.000Z' } as Parameters<typeof extensionVerdict>[1];
    assert.deepEqual(extensionVerdict(policy, live, 30), { allowed: true, autoApprove: false });
    assert.equal(extensionVerdict(policy, live, 181).allowed, false);
  });

  it('when states are checked, then final states allow no move and a decided request cannot be decided again', () => {
    assert.deepEqual(REQUEST_STATUSES.filter(isFinal), ['rejected', 'cancelled', 'expired']);
    assert.equal(canMove('pending-approval', 'approved'), true);
    assert.equal(canMove('approved', 'rejected'), false);
    assert.equal(canMove('provisioned', 'pending-approval'), false);
  });

  it('when Developer environments are requested under the power-platform provisioner, then they go to manual', () => {
    assert.equal(provisionerFor('power-platform', 'Developer'), 'manual');
    assert.equal(provisionerFor('power-platform', 'Sandbox'), 'power-platform');
    assert.equal(provisionerFor('manual', 'Sandbox'), 'manual');
  });

  it('when helpers of the API client run, then domain names and Retry-After follow the contract', () => {
    assert.equal(domainNameFor('FIN-Invoice approvals'), 'fin-invoice-approvals');
    assert.equal(domainNameFor('--ÄÖ 42 very long name of the environment!'), '42-very-long-name-of-the');
    const now = new Date('2026-03-02T09:00:00Z');
    assert.equal(retryAfterMs('2', now), 2000);
    assert.equal(retryAfterMs('Mon, 02 Mar 2026 09:00:05 GMT', now), 5000);
    assert.equal(retryAfterMs(null, now), undefined);
  });
});
