import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { MAKER, personalMessage } from '../helpers/activities.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { OpenAiStandIn } from '../helpers/openai-stand-in.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('ask: AI answers with an OpenAI-compatible model (stand-in on 127.0.0.1)', () => {
  let stub: ConnectorStub;
  let model: OpenAiStandIn;
  let t: TestApp;

  before(async () => {
    stub = await new ConnectorStub().start();
    model = await new OpenAiStandIn().start();
    t = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'gpt-test', AI_ANSWER_TIMEOUT_MS: '1500', AI_RERANK_TIMEOUT_MS: '0' });
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
  });

  afterEach(() => {
    console.log = log;
  });

  async function ask(question: string) {
    const started = Date.now();
    await postActivity(t.baseUrl, personalMessage(question, { serviceUrl: stub.url, from: MAKER }));
    return { card: stub.cards()[0]!, ms: Date.now() - started };
  }

  it('when AI is configured, then the model gets the question and the retrieved passages, and the card shows its answer with numbered sources', async () => {
    model.reply = 'Type **request an environment** in Maker Hub; Developer environments are approved automatically [1].';
    const { card } = await ask('How do I get a Power Platform environment for my team?');
    assert.equal(model.requests.length, 1);
    const prompt = model.lastPrompt();
    assert.equal(model.requests[0]!.model, 'gpt-test');
    assert.match(prompt, /Question: How do I get a Power Platform environment for my team\?/);
    assert.match(prompt, /\[1\] How do I get a Power Platform environment\? \(faq\/get-an-environment\)/, 'the best passage, numbered and cited by path');
    assert.match(prompt, /Developer\*?\*? environments \(just for you\) are approved/, "the passage's text itself");
    assert.match(prompt, /ONLY the numbered passages/);
    assertCardSays(card, 'Developer environments are approved automatically [1]', 'Written by AI', '[1] How do I get a Power Platform environment?');
    const record = await t.app.services.store.repos.askQuestions.find((await t.app.services.store.handle.db.selectFrom('ask_questions').select('id').orderBy('asked_at', 'desc').executeTakeFirstOrThrow()).id);
    assert.equal(record?.snapshot.composedBy, 'ai');
  });

  it('when the model is slower than the timeout, then the maker gets the retrieval answer in time', async () => {
    model.delayMs = 4000;
    const { card, ms } = await ask('what is a DLP policy?');
    assert.ok(ms < 3500, `answered after ${ms} ms`);
    assertCardSays(card, 'Data loss prevention', 'Source:');
    assert.doesNotMatch(cardText(card), /Written by AI/);
  });

  it('when the model fails, then the maker gets the retrieval answer', async () => {
    model.status = 500;
    const { card } = await ask('how do I install pac cli');
    assertCardSays(card, 'Power Platform CLI', 'Source:');
    assert.doesNotMatch(cardText(card), /Written by AI/);
  });

  it('when retrieval is not sure, then the model is not asked (it would answer anyway)', async () => {
    const { card } = await ask('who is my manager?');
    assert.equal(model.requests.length, 0);
    assertCardSays(card, "I don't know that one");
  });
});
