import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { MAKER } from '../helpers/activities.js';
import { writeFolder } from '../helpers/ask.js';
import { jsonApi } from '../helpers/json-api.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The development identity is the first admin; X-Dev-User makes the request come from a maker. */
const AS_MAKER = { 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name };

describe('tab API: Ask page and knowledge-base admin', () => {
  let t: TestApp;
  let ingestRoot: string;

  before(async () => {
    ingestRoot = mkdtempSync(path.join(tmpdir(), 'mh-ingest-root-'));
    writeFolder(ingestRoot, { 'team-docs/gateway.md': '# Gateway\n\nThe CoE runs the on-premises data gateway cluster for SQL Server.\n' });
    t = await startTestApp({ KB_INGEST_ROOT: ingestRoot });
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
  });
  after(async () => {
    await t.close();
    rmSync(ingestRoot, { recursive: true, force: true });
  });

  const api = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => jsonApi(t.baseUrl, method, url, body, headers);

  it('when the tab searches, then results come with path, heading, snippet and score; an empty query is a 400 naming the field', async () => {
    const res = await api('GET', '/api/ask/search?q=what%20is%20a%20dlp%20policy', undefined, AS_MAKER);
    assert.equal(res.status, 200);
    assert.equal(res.body.answered, true);
    assert.equal(res.body.results[0].path, 'faq/what-is-dlp');
    assert.deepEqual(Object.keys(res.body.results[0]).sort(), ['heading', 'kind', 'passageId', 'path', 'score', 'snippet', 'title', 'url']);
    const empty = await api('GET', '/api/ask/search?q=', undefined, AS_MAKER);
    assert.equal(empty.status, 400);
    assert.ok(empty.body.error.fields.q);
  });

  it('when a maker asks, gives feedback and escalates from the tab, then the ticket is theirs; only experts and admins see all tickets and act on them', async () => {
    const asked = await api('POST', '/api/ask/questions', { question: 'How do I call a stored procedure from a flow?' }, AS_MAKER);
    assert.equal(asked.status, 200);
    assert.equal(asked.body.answered, false);
    const feedback = await api('POST', `/api/ask/questions/${asked.body.questionId}/feedback`, { helpful: false }, AS_MAKER);
    assert.deepEqual(feedback.body, { feedback: 'not-helpful', recorded: true });
    const escalated = await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, {}, AS_MAKER);
    assert.equal(escalated.body.ticket.number, 1);
    assert.deepEqual(escalated.body.ticket.actions, []);

    const mine = await api('GET', '/api/ask/tickets?scope=mine', undefined, AS_MAKER);
    assert.deepEqual(mine.body.tickets.map((x: { question: string; state: string; askerName: string }) => [x.question, x.state, x.askerName]), [['How do I call a stored procedure from a flow?', 'open', MAKER.name]]);
    assert.equal(mine.body.canAct, false);
    const refused = await api('GET', '/api/ask/tickets?scope=all', undefined, AS_MAKER);
    assert.equal(refused.status, 403);

    const all = await api('GET', '/api/ask/tickets?scope=all');
    assert.equal(all.body.canAct, true);
    assert.deepEqual(all.body.tickets[0].actions, ['assign', 'answer', 'close']);
    const id = all.body.tickets[0].id as string;
    const makerAct = await api('POST', `/api/ask/tickets/${id}/actions`, { action: 'close' }, AS_MAKER);
    assert.equal(makerAct.status, 403);
    const answered = await api('POST', `/api/ask/tickets/${id}/actions`, { action: 'answer', answer: 'Use *Execute stored procedure (V2)* of the SQL Server connector.' });
    assert.equal(answered.body.ticket.state, 'answered');
    assert.equal(answered.body.ticket.answeredByName, 'Ada Admin');
    const again = await api('POST', `/api/ask/tickets/${id}/actions`, { action: 'answer', answer: 'again' });
    assert.equal(again.status, 409);
    const mineNow = await api('GET', `/api/ask/tickets/${id}`, undefined, AS_MAKER);
    assert.match(mineNow.body.ticket.answer, /Execute stored procedure/);
    const gaps = await api('GET', '/api/admin/kb/gaps?days=7');
    assert.equal(gaps.body.gaps[0].example, 'How do I call a stored procedure from a flow?');
  });

  it("when someone else rates or escalates a maker's own question, then it is refused with 403 and nothing changes", async () => {
    const asked = await api('POST', '/api/ask/questions', { question: 'Can I connect a canvas app to an on-premises Oracle database?' }, AS_MAKER);
    const colleague = { 'x-dev-user': '00000000-0000-0000-0000-00000000c0c0', 'x-dev-user-name': 'Cole League' };
    const rated = await api('POST', `/api/ask/questions/${asked.body.questionId}/feedback`, { helpful: true }, colleague);
    assert.equal(rated.status, 403);
    assert.match(rated.body.error.message, /Only the person who asked this question can rate its answer/);
    const escalated = await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, {}, colleague);
    assert.equal(escalated.status, 403);
    assert.match(escalated.body.error.message, /Only the person who asked this question can ask an expert/);
    const stored = await t.app.services.store.repos.askQuestions.find(asked.body.questionId);
    assert.deepEqual([stored?.feedback, stored?.escalated], [null, false]);
    assert.equal((await api('POST', `/api/ask/questions/${asked.body.questionId}/feedback`, { helpful: true }, AS_MAKER)).status, 200, 'the asker still may');
  });

  it('when an admin edits the FAQ, then entries are created, updated with a version check and deleted; makers may only read', async () => {
    const entry = { question: 'Who approves production environments?', alternates: ['production approval'], answer: 'The CoE leads approve them within one working day.', tags: ['environments'] };
    assert.equal((await api('POST', '/api/admin/kb/faq', entry, AS_MAKER)).status, 403);
    const created = await api('POST', '/api/admin/kb/faq', entry);
    assert.equal(created.status, 200);
    assert.equal(created.body.entry.id, 'who-approves-production-environments');
    assert.equal((await api('GET', '/api/ask/search?q=who%20approves%20production%20environments', undefined, AS_MAKER)).body.results[0].path, 'faq/who-approves-production-environments');
    const invalid = await api('POST', '/api/admin/kb/faq', { ...entry, question: 'Hi', link: 'ftp://x' });
    assert.equal(invalid.status, 400);
    assert.deepEqual(Object.keys(invalid.body.error.fields).sort(), ['link', 'question']);

    const updated = await api('PUT', `/api/admin/kb/faq/${created.body.entry.id}`, { ...entry, answer: 'The CoE leads approve them, usually the same day.', version: 1 });
    assert.equal(updated.body.entry.version, 2);
    const stale = await api('PUT', `/api/admin/kb/faq/${created.body.entry.id}`, { ...entry, version: 1 });
    assert.equal(stale.status, 409);
    assert.equal((await api('DELETE', `/api/admin/kb/faq/${created.body.entry.id}`)).status, 204);
    const faq = await api('GET', '/api/ask/faq', undefined, AS_MAKER);
    assert.ok(!faq.body.entries.some((e: { id: string }) => e.id === created.body.entry.id));
    const actions = (await t.app.services.store.repos.audit.list({ entity: { type: 'kb-entry', id: created.body.entry.id } })).map((a) => a.action);
    assert.deepEqual(actions.reverse(), ['kb.entry.create', 'kb.entry.update', 'kb.entry.delete']);
    assert.equal((await t.app.services.store.repos.audit.list({ action: 'kb.entry.create.denied' })).length, 1, "the maker's attempt is audited");
  });

  it('when an admin ingests from the tab, then only folders inside KB_INGEST_ROOT are read', async () => {
    const outside = await api('POST', '/api/admin/kb/ingest', { folder: '../' });
    assert.equal(outside.status, 400);
    assert.match(outside.body.error.message, /outside the folder/);
    assert.equal((await api('POST', '/api/admin/kb/ingest', { folder: 'team-docs' }, AS_MAKER)).status, 403);
    const report = await api('POST', '/api/admin/kb/ingest', { folder: 'team-docs' });
    assert.deepEqual(report.body.added, ['gateway.md']);
    const contents = await api('GET', '/api/admin/kb');
    assert.deepEqual(contents.body.documents.map((d: { path: string }) => d.path), ['gateway.md']);
  });
});
