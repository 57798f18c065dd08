import assert from 'node:assert/strict';
import { createLogger } from '../../src/logging.js';
import { jsonApi } from '../helpers/json-api.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const entry = (question: string) => ({ question, answer: 'The CoE leads approve them.', tags: [] });

/**
 * apiRoute gives each request one correlation id: its log lines carry it (`req`), a 500 names it
 * as the reference, and the changes the request makes are audited with it (userChange).
 */
describe('tab API: a change is audited with its request’s correlation id', () => {
  let t: TestApp;
  const lines: Array<Record<string, unknown>> = [];

  before(async () => {
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    t = await startTestApp({}, { logger });
  });
  after(async () => t.close());

  const audited = async (question: string) => {
    const rows = await t.app.services.store.repos.audit.list({ action: 'kb.entry.create', limit: 50 });
    return rows.filter((r) => (r.after as { question?: string } | null)?.question === question);
  };

  it('when a change commits and the request then fails, then the 500 reference, the request’s log line and the audit row name the same id', async () => {
    const kb = t.app.services.ask.kb;
    const putEntry = kb.putEntry.bind(kb);
    // The entry is committed (and audited) before the index takes it: failing there makes a 500 after the change.
    kb.putEntry = () => {
      throw new Error('index unavailable');
    };
    let res;
    try {
      res = await jsonApi(t.baseUrl, 'POST', '/api/admin/kb/faq', entry('Who approves production environments?'));
    } finally {
      kb.putEntry = putEntry;
    }
    assert.equal(res.status, 500);
    const reference = res.body.error.correlationId as string;
    assert.match(reference, UUID);
    assert.ok((res.body.error.message as string).includes(reference), 'the message quotes the reference');
    const failed = lines.filter((l) => l.msg === 'tab API request failed');
    assert.deepEqual(failed.map((l) => l.req), [reference], 'the request’s log line carries the reference');
    const rows = await audited('Who approves production environments?');
    assert.deepEqual(rows.map((r) => r.correlationId), [reference], 'the change’s audit row carries it too');
  });

  it('when two requests each make a change, then each audit row carries its own request’s id', async () => {
    for (const question of ['Who owns the gateway cluster?', 'Who reviews DLP exceptions?']) assert.equal((await jsonApi(t.baseUrl, 'POST', '/api/admin/kb/faq', entry(question))).status, 200);
    const [first] = await audited('Who owns the gateway cluster?');
    const [second] = await audited('Who reviews DLP exceptions?');
    assert.match(first?.correlationId ?? '', UUID);
    assert.match(second?.correlationId ?? '', UUID);
    assert.notEqual(first!.correlationId, second!.correlationId);
  });
});
