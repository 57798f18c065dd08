import assert from 'node:assert/strict';
import path from 'node:path';
import { questionCard } from '../../bot/cards/ask/question.js';
import type { QuestionRecord } from '../../src/domain/ask/questions.js';
import { readStarterFaq } from '../../src/seed/ask.js';
import { personalMessage } from '../helpers/activities.js';
import { buttonTitles, executeButtons, pressButton } from '../helpers/ask.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The three grades of an answer, through /api/messages with Teams-shaped activities, over the starter FAQ. */
describe('bot: Ask — graded answers (answer, closest, unknown) through /api/messages', () => {
  let stub: ConnectorStub;
  let t: TestApp;

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({});
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
  });
  after(async () => {
    await t?.close();
    await stub.stop();
  });

  async function askInChat(question: string) {
    stub.reset();
    const res = await postActivity(t.baseUrl, personalMessage(question, { serviceUrl: stub.url }));
    assert.equal(res.status, 200);
    const [card] = stub.cards();
    assert.ok(card, 'the bot answered with a card');
    return card;
  }

  async function lastQuestion() {
    const rows = await t.app.services.store.handle.db.selectFrom('ask_questions').select('id').orderBy('asked_at', 'desc').execute();
    return (await t.app.services.store.repos.askQuestions.find(rows[0]!.id))!;
  }

  it('when the knowledge base is sure, then the card answers with its source and says "High confidence", without a percentage', async () => {
    const card = await askInChat('How do I get a Power Platform env for my team?');
    assertCardSays(card, 'High confidence', 'Source:', 'How do I get a Power Platform environment?');
    assert.doesNotMatch(cardText(card), /\d+\s*%|These look closest|know that one/);
    const record = await lastQuestion();
    assert.equal(record.snapshot.grade, 'answer');
    assert.equal(record.answered, true);
    assert.ok(record.confidence >= 0.9);
  });

  it('when it answers below the high band, then the card says "Likely answer" and not "High confidence"', async () => {
    const card = await askInChat('what is a DLP policy?');
    assertCardSays(card, 'Likely answer', 'Source:');
    assert.doesNotMatch(cardText(card), /High confidence|\d+\s*%/);
    assert.equal((await lastQuestion()).snapshot.grade, 'answer');
  });

  it('when something is related but not sure, then the card lists what looks closest (heading and one sentence each) and Ask an expert, and gives no answer', async () => {
    const card = await askInChat('who owns the CoE');
    assertCardSays(card, 'These look closest:', 'What is the Power Platform CoE and what does it do for makers?', 'The Center of Excellence (CoE) is the small team', 'an expert from the CoE can');
    const text = cardText(card);
    assert.doesNotMatch(text, /Source:|High confidence|Likely answer|Helpful|\d+\s*%/);
    const items = text.split('\n').filter((line) => line.startsWith('**'));
    assert.ok(items.length >= 1 && items.length <= 3, `${items.length} sources listed`);
    assert.equal(buttonTitles(card)[0], 'Ask an expert');
    const record = await lastQuestion();
    assert.equal(record.answered, false);
    assert.equal(record.snapshot.grade, 'closest');
    assert.ok(record.snapshot.closest!.every((c) => c.sentence.length > 0 && c.sentence.length <= 230));

    // Escalating keeps the same grade: the card shows the ticket, no second "Ask an expert".
    const escalated = await pressButton(t.baseUrl, 'ask.escalate', executeButtons(card).get('Ask an expert')!, { serviceUrl: stub.url });
    assertCardSays(escalated, 'These look closest:', 'ticket #');
    assert.ok(!buttonTitles(escalated).includes('Ask an expert'));
  });

  it('when the question is not about anything the knowledge base holds, then it says "I don\'t know that one" with Ask an expert, and lists no topics', async () => {
    const card = await askInChat('who is my manager?');
    assertCardSays(card, "I don't know that one", 'Ask an expert');
    assert.doesNotMatch(cardText(card), /These look closest|Source:|Other topics/);
    assert.deepEqual(buttonTitles(card), ['Ask an expert']);
    const record = await lastQuestion();
    assert.equal(record.snapshot.grade, 'unknown');
    assert.equal(record.answered, false);
  });

  it('when a question was recorded before graded answers (no grade in its snapshot), then its card still renders: answered as an answer, not answered as the old closest topics', () => {
    const base = { id: 'q1', question: 'old question', feedback: null, snapshot: { answered: false, confidence: 0.3, answer: '', sources: [], related: ['Older topic'], composedBy: 'retrieval' as const } };
    const unsure = questionCard(base as unknown as QuestionRecord, null, 'https://example.test/ask');
    assertCardSays(unsure, 'old question', 'Other topics I know:', 'Ask an expert');
    assert.ok(buttonTitles(unsure).includes('Older topic'));
    const answered = questionCard({ ...base, snapshot: { ...base.snapshot, answered: true, answer: 'Old answer text', sources: [{ title: 'T', heading: null, url: null }] } } as unknown as QuestionRecord, null, 'https://example.test/ask');
    assertCardSays(answered, 'Old answer text', 'Likely answer', 'Source:');
  });
});
