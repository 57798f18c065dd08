import assert from 'node:assert/strict';
import path from 'node:path';
import { parseOrder } from '../../src/domain/ask/model-rerank.js';
import { readStarterFaq } from '../../src/seed/ask.js';
import { MAKER, personalMessage } from '../helpers/activities.js';
import { postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { OpenAiStandIn, type ChatRequest } from '../helpers/openai-stand-in.js';
import { startTestApp, TEST_SETTINGS, type TestApp } from '../helpers/test-app.js';

const isRanking = (r: ChatRequest) => r.messages.some((m) => m.role === 'system' && m.content.includes('rank knowledge-base sources'));

describe('ask: the model re-orders the ten best sources (OpenAI-compatible stand-in on 127.0.0.1)', () => {
  let stub: ConnectorStub;
  let model: OpenAiStandIn;
  let t: TestApp;
  let ranking: string;

  before(async () => {
    stub = await new ConnectorStub().start();
    model = await new OpenAiStandIn().start();
    t = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'gpt-test', AI_ANSWER_TIMEOUT_MS: '1500', AI_RERANK_TIMEOUT_MS: '700' });
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
  });
  after(async () => {
    await t.close();
    await model.stop();
    await stub.stop();
  });
  // teams-ai's OpenAIModel console.logs every failed call; the fallback tests expect failures.
  const log = console.log;
  beforeEach(() => {
    console.log = (...args: unknown[]) => (args[0] instanceof Error ? undefined : log(...args));
    stub.reset();
    model.requests.length = 0;
    model.delayMs = 0;
    model.status = 200;
    ranking = '["s1"]';
    model.replyFor = (r) => (isRanking(r) ? ranking : 'An AI answer [1].');
  });
  afterEach(() => {
    console.log = log;
  });

  /** Asks in personal chat; returns the logged first source and how long the turn took. */
  async function ask(question: string) {
    const started = Date.now();
    await postActivity(t.baseUrl, personalMessage(question, { serviceUrl: stub.url, from: MAKER }));
    const ms = Date.now() - started;
    const row = await t.app.services.store.handle.db.selectFrom('ask_questions').select(['top_source_title']).where('question', '=', question).orderBy('asked_at', 'desc').executeTakeFirstOrThrow();
    return { top: row.top_source_title, ms };
  }

  /** The candidates' titles in the order the ranking prompt listed them. */
  function candidateTitles(): string[] {
    const request = model.requests.find(isRanking)!;
    const text = request.messages.map((m) => m.content).join('\n');
    return [...text.matchAll(/^s(\d+): ([^\n›]+?)(?: › [^\n]*)?$/gm)].map((m) => m[2]!.trim());
  }

  const retrievalTop = async (question: string) => (await t.app.services.ask.knowledge.ask(question)).sources[0]!.title;

  it('when the model names another source first, then that source leads; it was sent the question and the candidates, nothing about the maker', async () => {
    ranking = '["s3", "s1", "s2"]';
    const question = 'what is a DLP policy and why is my connector blocked?';
    const { top } = await ask(question);
    const request = model.requests.find(isRanking)!;
    const titles = candidateTitles();
    assert.ok(titles.length >= 3 && titles.length <= 10, `2–10 candidates, got ${titles.length}`);
    assert.equal(titles[0], await retrievalTop(question), 'candidates come in the retrieval order');
    assert.equal(top, titles[2], 'the source the model put first is the first source');
    const sent = JSON.stringify(request.messages);
    assert.match(sent, /Question: what is a DLP policy and why is my connector blocked\?/);
    for (const secret of [MAKER.name, MAKER.aadObjectId, MAKER.id, TEST_SETTINGS['DEV_TENANT_ID']!, 'faq/']) assert.ok(!sent.includes(secret), `the ranking request must not contain ${secret}`);
    assert.deepEqual(request.messages.map((m) => m.role), ['system', 'user', 'user'], 'no chat history, no other context');
  });

  it('when the model names unknown ids among known ones, then the unknown ones are ignored', async () => {
    ranking = 'Sure! ["s42", "x1", "s2"]';
    const question = 'can guests outside the company use my app?';
    const { top } = await ask(question);
    assert.equal(top, candidateTitles()[1]);
  });

  it('when the reply names no candidate, then the retrieval order stands', async () => {
    ranking = 'I think the first one answers it best.';
    const question = 'how do I move my app from dev to prod';
    const { top } = await ask(question);
    assert.ok(model.requests.some(isRanking), 'the model was asked');
    assert.equal(top, await retrievalTop(question));
  });

  it('when the model fails or is slower than the budget, then the retrieval order stands and the maker is not kept waiting', async () => {
    ranking = '["s2"]';
    model.status = 500;
    const question = 'what training is there for makers';
    assert.equal((await ask(question)).top, await retrievalTop(question));

    model.status = 200;
    model.delayMs = 2500;
    const slow = await ask('does my environment expire?');
    assert.equal(slow.top, await retrievalTop('does my environment expire?'));
    assert.ok(slow.ms < 2500, `the turn took ${slow.ms} ms: the 700 ms budget (and the answer's 1,500 ms) must cut the wait`);
  });

  it('reads an order from the reply: known ids once each, then the rest in retrieval order', () => {
    assert.deepEqual(parseOrder('["s3","s1"]', 4), [2, 0, 1, 3]);
    assert.deepEqual(parseOrder('s2, s2, S4, s11', 4), [1, 3, 0, 2]);
    assert.equal(parseOrder('none of them', 4), undefined);
    assert.equal(parseOrder('["s0","s5"]', 4), undefined);
  });
});
