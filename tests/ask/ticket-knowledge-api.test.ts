import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { MAKER } from '../helpers/activities.js';
import { jsonApi } from '../helpers/json-api.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const AS_MAKER = { 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name };
const COLLEAGUE = { 'x-dev-user': '00000000-0000-0000-0000-00000000c0c2', 'x-dev-user-name': 'Cole League' };

describe('tab API: a ticket shows experts what the bot told the maker; promote takes the FAQ editor\'s entry (#19)', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
  });
  after(() => t.close());

  const api = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => jsonApi(t.baseUrl, method, url, body, headers);

  async function ticketFor(question: string) {
    const asked = await api('POST', '/api/ask/questions', { question }, AS_MAKER);
    const escalated = await api('POST', `/api/ask/questions/${asked.body.questionId}/escalate`, {}, AS_MAKER);
    return { asked: asked.body, ticket: escalated.body.ticket as Record<string, any> };
  }

  it('when a maker escalates, then experts read the band the maker saw and the sources offered (at most three, no score); the asker and other makers do not', async () => {
    const { asked, ticket } = await ticketFor('who owns the CoE');
    assert.equal(asked.grade, 'closest');
    const asExpert = await api('GET', `/api/ask/tickets/${ticket.id}`);
    assert.equal(asExpert.body.ticket.botKnew.band, 'closest');
    assert.deepEqual(asExpert.body.ticket.botKnew.sources.map((s: { title: string }) => s.title), asked.closest.slice(0, 3).map((c: { title: string }) => c.title));
    assert.ok(asExpert.body.ticket.botKnew.sources.every((s: Record<string, unknown>) => Object.keys(s).sort().join() === 'heading,title,url'), 'where to read, nothing more: no score, no passage');
    const listed = await api('GET', '/api/ask/tickets?scope=all');
    assert.equal(listed.body.tickets.find((x: { id: string }) => x.id === ticket.id).botKnew.band, 'closest');

    assert.equal((await api('GET', `/api/ask/tickets/${ticket.id}`, undefined, AS_MAKER)).body.ticket.botKnew, null, "the asker's own view does not carry it");
    assert.equal((await api('GET', `/api/ask/tickets/${ticket.id}`, undefined, COLLEAGUE)).status, 404);
    const mine = await api('GET', '/api/ask/tickets?scope=all', undefined, COLLEAGUE);
    assert.equal(mine.status, 403);
    assert.ok(!JSON.stringify((await api('GET', '/api/ask/tickets', undefined, COLLEAGUE)).body).includes('botKnew":{'));
  });

  it('when an expert promotes with the editor\'s entry, then hostile or broken entries are refused with the field named and nothing stored; the edited entry is saved and linked to the ticket', async () => {
    const { ticket } = await ticketFor('how do i   call a stored procedure from a flow???');
    const act = (body: unknown, headers?: Record<string, string>) => api('POST', `/api/ask/tickets/${ticket.id}/actions`, body, headers);
    await act({ action: 'answer', answer: 'Use *Execute stored procedure (V2)*.' });

    const cases: Array<[string, unknown, number, string?]> = [
      ['an unknown field', { action: 'promote', entry: { question: 'How do I call a stored procedure?', answer: 'x', id: 'faq-admin' } }, 400],
      ['an entry on another action', { action: 'close', entry: { question: 'How do I call a stored procedure?', answer: 'x' } }, 400, 'entry'],
      ['a too short question', { action: 'promote', entry: { question: 'SP', answer: 'Use it.' } }, 400, 'question'],
      ['an empty answer', { action: 'promote', entry: { question: 'How do I call a stored procedure?', answer: '   ' } }, 400, 'answer'],
      ['a huge question', { action: 'promote', entry: { question: 'x'.repeat(301), answer: 'Use it.' } }, 400],
      ['too many phrasings', { action: 'promote', entry: { question: 'How do I call a stored procedure?', answer: 'Use it.', alternates: Array(21).fill('a') } }, 400],
      ['a phrasing that is not text', { action: 'promote', entry: { question: 'How do I call a stored procedure?', answer: 'Use it.', alternates: [{ $ne: 1 }] } }, 400],
    ];
    for (const [what, body, status, field] of cases) {
      const res = await act(body);
      assert.equal(res.status, status, what);
      if (field) assert.ok(res.body.error.fields[field], `${what}: names ${field}`);
    }
    const byMaker = await act({ action: 'promote', entry: { question: 'How do I call a stored procedure?', answer: 'hijack' } }, AS_MAKER);
    assert.equal(byMaker.status, 403);
    assert.equal((await t.app.services.store.repos.askTickets.find(ticket.id))?.kbEntryId, null, 'no refusal changed anything');

    const saved = await act({ action: 'promote', entry: { question: 'How do I call a stored procedure from a flow?', answer: 'Use *Execute stored procedure (V2)*.', alternates: ['run a stored procedure in power automate', '<img src=x onerror=alert(1)>'], tags: ['SQL'] } });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.ticket.kbEntryId, `ticket-${ticket.number}`);
    const entry = await t.app.services.store.repos.kbEntries.find(`ticket-${ticket.number}`);
    assert.equal(entry?.question, 'How do I call a stored procedure from a flow?');
    assert.deepEqual(entry?.alternates, ['run a stored procedure in power automate', '<img src=x onerror=alert(1)>']);
    assert.deepEqual(entry?.tags, ['expert-answer', 'sql']);
    const found = await api('POST', '/api/ask/questions', { question: 'run a stored procedure in power automate' }, AS_MAKER);
    assert.equal(found.body.sources[0].path, `expert/ticket-${ticket.number}`, 'the phrasing finds the entry at once');
    assert.equal((await act({ action: 'promote', entry: { question: 'How do I call a stored procedure again?', answer: 'x' } })).status, 409, 'once');
  });
});
