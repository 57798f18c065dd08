import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { userChange } from '../../src/domain/identity/types.js';
import { MAKER } from '../helpers/activities.js';
import { jsonApi } from '../helpers/json-api.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const AS_MAKER = { 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name };
const COLLEAGUE = { 'x-dev-user': '00000000-0000-0000-0000-00000000c0c1', 'x-dev-user-name': 'Cole League' };

describe('tab API: my question history, escalation details, reason for 👎, replying to an answer (#19)', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
  });
  after(() => t.close());

  const api = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => jsonApi(t.baseUrl, method, url, body, headers);

  it('when a maker asks, then "My questions" lists their own questions with the answers, newest first, and nobody else\'s (not even the same person id of another tenant)', async () => {
    const first = await api('POST', '/api/ask/questions', { question: 'What is a DLP policy?' }, AS_MAKER);
    const second = await api('POST', '/api/ask/questions', { question: 'How do I call a stored procedure from a flow?' }, AS_MAKER);
    await api('POST', '/api/ask/questions', { question: 'Colleague asks about SECRET gateways' }, COLLEAGUE);
    const elsewhere = await t.app.services.identity.signIn({ tenantId: '00000000-0000-0000-0000-0000000000bb', aadObjectId: MAKER.aadObjectId, displayName: 'Other-tenant Mia' });
    await t.app.services.ask.questions.ask(userChange(elsewhere), { question: 'OTHERTENANT question about licences', channel: 'personal' });

    const history = await api('GET', '/api/ask/history', undefined, AS_MAKER);
    assert.equal(history.status, 200);
    const questions = history.body.questions as Array<Record<string, any>>;
    assert.deepEqual(questions.map((q) => q.questionId), [second.body.questionId, first.body.questionId]);
    assert.match(questions[1]!.answer, /DLP|data loss/i, 'the answer comes with the question');
    assert.equal(questions[1]!.grade, 'answer');
    assert.equal(questions[0]!.ticket, null);
    assert.ok(!JSON.stringify(history.body).includes('SECRET') && !JSON.stringify(history.body).includes('OTHERTENANT'));
    assert.equal((await api('GET', `/api/ask/history?userId=${elsewhere.user.id}`, undefined, AS_MAKER)).body.questions.length, 2, 'a person id in the query changes nothing');
  });

  it('when a maker escalates with details, then the ticket keeps them for the experts; too long details are refused and nothing is created', async () => {
    const asked = await api('POST', '/api/ask/questions', { question: 'Why does my flow time out on the SQL step?' }, AS_MAKER);
    const tooLong = await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, { details: 'x'.repeat(2001) }, AS_MAKER);
    assert.equal(tooLong.status, 400);
    assert.ok(tooLong.body.error.fields.details);
    assert.equal(await t.app.services.store.repos.askTickets.findByQuestion(asked.body.questionId), undefined);
    const hostile = await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, { details: 'a', askerId: 'someone' }, AS_MAKER);
    assert.equal(hostile.status, 400, 'unknown fields are refused');

    const escalated = await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, { details: '  It fails after 120 s on the Execute stored procedure step.  ' }, AS_MAKER);
    assert.equal(escalated.status, 200);
    assert.equal(escalated.body.ticket.details, 'It fails after 120 s on the Execute stored procedure step.');
    const asExpert = await api('GET', `/api/ask/tickets/${escalated.body.ticket.id}`);
    assert.equal(asExpert.body.ticket.details, 'It fails after 120 s on the Execute stored procedure step.');
    const history = await api('GET', '/api/ask/history', undefined, AS_MAKER);
    assert.equal(history.body.questions[0].ticket.number, escalated.body.ticket.number);
  });

  it('when the maker replies to an answer, then the ticket is reopened with the reply and the answering expert gets an inbox item; others cannot reply', async () => {
    const asked = await api('POST', '/api/ask/questions', { question: 'Can a flow read a shared mailbox?' }, AS_MAKER);
    const { ticket } = (await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, {}, AS_MAKER)).body;
    const early = await api('POST', `/api/ask/tickets/${ticket.id}/reply`, { message: 'Any news?' }, AS_MAKER);
    assert.equal(early.status, 409, 'an open ticket has no answer to reply to');
    await api('POST', `/api/ask/tickets/${ticket.id}/actions`, { action: 'answer', answer: 'Use the shared mailbox trigger.' });

    const empty = await api('POST', `/api/ask/tickets/${ticket.id}/reply`, { message: '   ' }, AS_MAKER);
    assert.equal(empty.status, 400);
    const stranger = await api('POST', `/api/ask/tickets/${ticket.id}/reply`, { message: 'hijack' }, COLLEAGUE);
    assert.equal(stranger.status, 404);
    const expert = await api('POST', `/api/ask/tickets/${ticket.id}/reply`, { message: 'as expert' });
    assert.equal(expert.status, 403, 'only the asker replies');
    assert.equal((await t.app.services.store.repos.askTickets.find(ticket.id))?.state, 'answered', 'refusals change nothing');

    const replied = await api('POST', `/api/ask/tickets/${ticket.id}/reply`, { message: 'The trigger does not list the mailbox.' }, AS_MAKER);
    assert.equal(replied.status, 200);
    assert.equal(replied.body.ticket.state, 'reopened');
    assert.equal(replied.body.ticket.makerReply, 'The trigger does not list the mailbox.');
    assert.equal(replied.body.ticket.answer, 'Use the shared mailbox trigger.', 'the answer replied to stays readable');
    const all = await api('GET', '/api/ask/tickets?scope=all&state=reopened');
    assert.equal(all.body.tickets[0].makerReply, 'The trigger does not list the mailbox.');
    const inbox = await api('GET', '/api/inbox');
    assert.ok(inbox.body.items.some((i: { kind: string; body: string }) => i.kind === 'ticket-reply' && i.body === 'The trigger does not list the mailbox.'), 'the expert who answered is told');
    const audit = await t.app.services.store.repos.audit.list({ entity: { type: 'ticket', id: ticket.id } });
    assert.ok(audit.some((a) => a.action === 'ask.ticket.reply'));
  });

  it('when a maker says an answer did not help, then one optional reason is stored once, only on a 👎 answer, and Insights\' gaps show it', async () => {
    const asked = await api('POST', '/api/ask/questions', { question: 'How do I license Copilot Studio per tenant?' }, AS_MAKER);
    const id = asked.body.questionId as string;
    assert.equal((await api('POST', `/api/ask/questions/${id}/feedback/reason`, { reason: 'outdated' }, AS_MAKER)).status, 409, 'no 👎 yet');
    await api('POST', `/api/ask/questions/${id}/feedback`, { helpful: false }, AS_MAKER);
    const bad = await api('POST', `/api/ask/questions/${id}/feedback/reason`, { reason: 'because' }, AS_MAKER);
    assert.equal(bad.status, 400);
    assert.equal((await api('POST', `/api/ask/questions/${id}/feedback/reason`, { reason: 'outdated' }, COLLEAGUE)).status, 404);
    const stored = await api('POST', `/api/ask/questions/${id}/feedback/reason`, { reason: 'outdated', note: ' The price changed in 2026. ' }, AS_MAKER);
    assert.deepEqual(stored.body, { feedback: 'not-helpful', reason: 'outdated', note: 'The price changed in 2026.' });
    assert.equal((await api('POST', `/api/ask/questions/${id}/feedback/reason`, { reason: 'wrong' }, AS_MAKER)).status, 409, 'once');
    const history = await api('GET', '/api/ask/history', undefined, AS_MAKER);
    assert.equal(history.body.questions[0].feedbackReason, 'outdated');
  });
});
