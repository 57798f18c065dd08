import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { tabApi } from '../helpers/training-events.js';
import { createPersonFixture, MARK, PRIYA, SAM, TENANT } from './person-fixture.js';

const AS_SAM = { id: '29:sam', name: SAM.name, aadObjectId: SAM.oid };
const ADMIN = { id: '29:admin', name: 'Ada Admin', aadObjectId: '00000000-0000-0000-0000-00000000a001' };
const person = (oid: string) => `/api/admin/people/${TENANT}/${oid}`;

describe('privacy: the tab API (own export, control room)', function () {
  this.timeout(60_000);
  let t: TestApp;

  before(async () => {
    t = await startTestApp({ DELIVERY_WORKER: 'off' });
    await createPersonFixture(t.app.services, 'api');
  });
  after(() => t.close());

  it('when a person downloads their own data, then it is one JSON file with their words, and the download is audited', async () => {
    const res = await fetch(`${t.baseUrl}/api/me/export`, { headers: { 'x-dev-user': PRIYA.oid, 'x-dev-user-name': PRIYA.name } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="my-maker-hub-data.json"/);
    const body = JSON.parse(await res.text());
    assert.equal(body.person.aadObjectId, PRIYA.oid);
    assert.ok(JSON.stringify(body.tables.ask_questions).includes(MARK));
    const audited = await t.app.services.store.repos.audit.list({ action: 'person.export' });
    assert.ok(audited.some((a) => (a.after as { self: boolean }).self));
  });

  it('when a maker asks for someone else’s export or erasure, then 403, the refusal is audited and nothing is erased', async () => {
    const exp = await tabApi(t.baseUrl, 'GET', `${person(PRIYA.oid)}/export`, undefined, AS_SAM);
    assert.equal(exp.status, 403);
    assert.ok(!JSON.stringify(exp.body).includes(MARK));
    const erase = await tabApi(t.baseUrl, 'POST', `${person(PRIYA.oid)}/erase`, { confirm: PRIYA.name }, AS_SAM);
    assert.equal(erase.status, 403);
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'person.erase.denied' })).length, 1);
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'person.export.denied' })).length, 1);
    assert.ok(await t.app.services.identity.findUser({ tenantId: TENANT, aadObjectId: PRIYA.oid }));
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/admin/audit', undefined, AS_SAM)).status, 403);
  });

  it('when an admin asks for a person of another tenant, then it is not found: no export, no erasure', async () => {
    const other = '00000000-0000-0000-0000-0000000000bb';
    await t.app.services.identity.signIn({ tenantId: other, aadObjectId: PRIYA.oid, displayName: PRIYA.name });
    const path = `/api/admin/people/${other}/${PRIYA.oid}`;
    assert.equal((await tabApi(t.baseUrl, 'GET', `${path}/export`, undefined, ADMIN)).status, 404);
    assert.equal((await tabApi(t.baseUrl, 'POST', `${path}/erase`, { confirm: PRIYA.name }, ADMIN)).status, 404);
    assert.ok(await t.app.services.identity.findUser({ tenantId: other, aadObjectId: PRIYA.oid }), 'the other tenant’s person is untouched');
  });

  it('when an admin searches for people, then matches come with their roles; too short a search is a 400', async () => {
    const found = await tabApi(t.baseUrl, 'GET', '/api/admin/people?q=privat', undefined, ADMIN);
    assert.equal(found.status, 200);
    assert.deepEqual(found.body.people.map((p: { displayName: string }) => p.displayName), [PRIYA.name]);
    assert.ok(found.body.people[0].roles.includes('coe-admin'));
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/admin/people?q=a', undefined, ADMIN)).status, 400);
    assert.deepEqual((await tabApi(t.baseUrl, 'GET', '/api/admin/people?q=%25', undefined, ADMIN)).status, 400);
  });

  it('when an admin erases with a name that does not match, then 400 and nothing changes; with the name typed, the person is gone', async () => {
    const wrong = await tabApi(t.baseUrl, 'POST', `${person(PRIYA.oid)}/erase`, { confirm: 'Priya' }, ADMIN);
    assert.equal(wrong.status, 400);
    assert.ok(wrong.body.error.fields.confirm);
    assert.ok(await t.app.services.identity.findUser({ tenantId: TENANT, aadObjectId: PRIYA.oid }));
    const ok = await tabApi(t.baseUrl, 'POST', `${person(PRIYA.oid)}/erase`, { confirm: PRIYA.name }, ADMIN);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.erased, true);
    assert.equal((await tabApi(t.baseUrl, 'GET', `${person(PRIYA.oid)}/export`, undefined, ADMIN)).status, 404);
    assert.equal((await tabApi(t.baseUrl, 'POST', `${person(PRIYA.oid)}/erase`, { confirm: PRIYA.name }, ADMIN)).status, 404);
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/admin/people?q=privat', undefined, ADMIN)).body.people.length, 0);
  });

  it('when an admin reads the audit log, then it filters by action, person and date, and downloads as CSV', async () => {
    const erased = await tabApi(t.baseUrl, 'GET', '/api/admin/audit?action=person.erase', undefined, ADMIN);
    assert.deepEqual(erased.body.entries.map((e: { action: string; actor: string }) => [e.action, e.actor]), [['person.erase', 'Ada Admin'], ['person.erase.denied', SAM.name]]);
    assert.ok(!JSON.stringify(erased.body).includes(MARK) && !JSON.stringify(erased.body).includes(PRIYA.name));
    const sams = await tabApi(t.baseUrl, 'GET', `/api/admin/audit?person=${SAM.oid}`, undefined, ADMIN);
    assert.ok(sams.body.entries.length >= 1);
    assert.deepEqual([...new Set(sams.body.entries.map((e: { actor: string }) => e.actor))], [SAM.name]);
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/admin/audit?from=2001-01-01&to=2001-01-31', undefined, ADMIN)).body.entries.length, 0);
    assert.equal((await tabApi(t.baseUrl, 'GET', '/api/admin/audit?from=2030-01-02&to=2030-01-01', undefined, ADMIN)).status, 400);
    const csv = await fetch(`${t.baseUrl}/api/admin/audit?format=csv&action=person`, { headers: { 'x-dev-user': ADMIN.aadObjectId } });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    const text = bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFFAt (UTC),Actor kind,Actor,Action'), text.slice(0, 60));
    assert.ok(text.includes('person.erase'));
  });

  it('when an admin opens the retention view, then each rule shows its days, cutoff and what the next run removes', async () => {
    const res = await tabApi(t.baseUrl, 'GET', '/api/admin/retention', undefined, ADMIN);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.rules.map((r: { kind: string; days: number }) => [r.kind, r.days]), [['questionTextDays', 365], ['deliveryBodyDays', 90], ['auditDays', 730], ['activityDays', 730]]);
    assert.ok(res.body.rules.every((r: { due: number }) => r.due === 0));
  });
});
