import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { ADMIN, CHANNEL, MAKER, TENANT, channelMention, invoke, personalConversation, personalMessage, teamInstall } from '../helpers/activities.js';
import { EXPERT, buttonTitles, cardsIn, executeButtons, pressButton, waitFor } from '../helpers/ask.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('bot: Ask — answers, feedback, experts and search through /api/messages', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  const serviceUrl = () => stub.url;

  async function start(settings: Record<string, string> = { EXPERTS_CONVERSATION_ID: CHANNEL.id }) {
    t = await startTestApp(settings);
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
  }
  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(() => stub.reset());
  afterEach(async () => t?.close());

  /** Asks in the maker's 1:1 chat and returns the card the bot replied with. */
  async function askInChat(question: string, from = MAKER) {
    stub.reset();
    const res = await postActivity(t.baseUrl, personalMessage(question, { serviceUrl: serviceUrl(), from }));
    assert.equal(res.status, 200);
    // The reply in the asker's chat: a welcome posted to a team a moment earlier may land in between.
    const [card] = cardsIn(stub, personalConversation(from).id);
    assert.ok(card, 'the bot answered with a card');
    return card;
  }

  async function lastQuestion() {
    const rows = await t.app.services.store.handle.db.selectFrom('ask_questions').select('id').orderBy('asked_at', 'desc').execute();
    return t.app.services.store.repos.askQuestions.find(rows[0]!.id);
  }

  describe('answers', () => {
    beforeEach(() => start());

    it('when a maker asks in the 1:1 chat, then the answer card shows the answer, its source, related questions and feedback buttons, and the question is recorded', async () => {
      const card = await askInChat('How do I get a Power Platform env for my team?');
      assertCardSays(card, 'You asked: How do I get a Power Platform env for my team?', 'request an environment', 'Source:', 'How do I get a Power Platform environment?');
      const titles = buttonTitles(card);
      assert.ok(titles.length <= 6, `${titles.length} actions`);
      assert.deepEqual(titles.slice(-3), ['👍 Helpful', '👎 Not helpful', 'Ask an expert']);
      assert.ok(titles.length >= 4, 'at least one related question');
      assert.ok(JSON.stringify(card).length < 28 * 1024);
      const record = await lastQuestion();
      assert.equal(record?.answered, true);
      assert.equal(record?.topSourcePath, 'faq/get-an-environment');
      assert.equal(record?.normalized, 'powerplatform environment');
      assert.equal(record?.channel, 'personal');
    });

    it('when the bot is @mentioned in a channel, then the mention is removed and the answer is a reply in the thread', async () => {
      const activity = channelMention('what is a DLP policy?', { serviceUrl: serviceUrl() });
      await postActivity(t.baseUrl, activity);
      const reply = stub.calls.find((c) => c.method === 'POST' && c.activity?.type === 'message');
      assert.equal(reply?.conversationId, activity.conversation.id, 'in the thread');
      assert.equal(reply?.activityId, activity.id, 'as a reply to the post');
      assertCardSays(stub.cards()[0], 'You asked: what is a DLP policy?', 'Data loss prevention');
      assert.equal((await lastQuestion())?.channel, 'channel');
    });

    it('when the question is outside what the CoE knows, then the bot says it is not sure and offers an expert instead of guessing', async () => {
      const card = await askInChat('who is my manager?');
      assertCardSays(card, "I don't know that one", 'Ask an expert');
      assert.doesNotMatch(cardText(card), /Source:|Helpful/);
      assert.equal((await lastQuestion())?.answered, false);
    });

    it('when a maker says thanks or hello, then it is small talk, not a question for the knowledge base', async () => {
      stub.reset();
      await postActivity(t.baseUrl, personalMessage('thanks!', { serviceUrl: serviceUrl() }));
      assert.match(String(stub.messages()[0]?.text), /You're welcome/);
      await postActivity(t.baseUrl, personalMessage('good morning', { serviceUrl: serviceUrl() }));
      assertCardSays(stub.cards().at(-1), 'What I can do', 'Ask a question');
      assert.equal(await lastQuestionOrNone(), undefined);
    });

    async function lastQuestionOrNone() {
      const row = await t.app.services.store.handle.db.selectFrom('ask_questions').select('id').executeTakeFirst();
      return row?.id;
    }

    it('when a maker presses 👍, then the card thanks them in place, the feedback is recorded once, and a second click changes nothing', async () => {
      const card = await askInChat('how do I install the pac cli');
      const helpful = executeButtons(card).get('👍 Helpful')!;
      const thanked = await pressButton(t.baseUrl, 'ask.feedback', helpful, { serviceUrl: serviceUrl() });
      assertCardSays(thanked, 'Thanks for your feedback', 'pac');
      assert.ok(!buttonTitles(thanked).includes('👍 Helpful'), 'no second vote');
      const again = await pressButton(t.baseUrl, 'ask.feedback', { ...helpful, helpful: false }, { serviceUrl: serviceUrl() });
      assertCardSays(again, 'glad it helped');
      const record = await t.app.services.store.repos.askQuestions.find(String(helpful.questionId));
      assert.equal(record?.feedback, 'helpful');
      assert.equal((await t.app.services.store.repos.audit.list({ action: 'ask.feedback' })).length, 1);
    });

    it("when a colleague presses 👍 on an answer in a channel, then it counts; on someone's 1:1 answer, it is refused as not found and audited", async () => {
      await postActivity(t.baseUrl, channelMention('what is a DLP policy?', { serviceUrl: serviceUrl() }));
      const shared = executeButtons(stub.cards()[0]!).get('👍 Helpful')!;
      const thanked = await pressButton(t.baseUrl, 'ask.feedback', shared, { serviceUrl: serviceUrl(), from: EXPERT, inChannel: true });
      assertCardSays(thanked, 'Thanks for your feedback');
      assert.equal((await t.app.services.store.repos.askQuestions.find(String(shared.questionId)))?.feedback, 'helpful');

      const own = executeButtons(await askInChat('how do I install the pac cli')).get('👍 Helpful')!;
      const refused = await pressButton(t.baseUrl, 'ask.feedback', own, { serviceUrl: serviceUrl(), from: EXPERT });
      assertCardSays(refused, 'Not found');
      assert.ok(!cardText(refused).includes('pac cli'), 'nothing of the private question shows');
      assert.equal((await t.app.services.store.repos.askQuestions.find(String(own.questionId)))?.feedback, null);
      assert.equal((await t.app.services.store.repos.audit.list({ action: 'ask.feedback.denied' })).length, 1);
    });

    it('when card data is forged or stale, then the bot answers with a clear card and records nothing', async () => {
      const forged = await pressButton(t.baseUrl, 'ask.feedback', { questionId: 'not-a-question', helpful: 'maybe' }, { serviceUrl: serviceUrl() });
      assertCardSays(forged, 'This card is out of date');
      const unknown = await pressButton(t.baseUrl, 'ask.escalate', { questionId: '6f1c7a52-0000-4000-8000-000000000000' }, { serviceUrl: serviceUrl() });
      assertCardSays(unknown, 'Not found');
      assert.equal((await t.app.services.store.repos.askTickets.list({})).length, 0);
    });
  });

  describe('search message extension', () => {
    beforeEach(() => start());
    const query = (parameters: Array<{ name: string; value: unknown }>) =>
      postActivity(t.baseUrl, invoke('composeExtension/query', { commandId: 'searchKnowledge', parameters, queryOptions: { skip: 0, count: 10 } }, { serviceUrl: serviceUrl(), conversation: personalConversation(MAKER) }));

    it('when a maker searches from the compose box, then results are answer cards under 28 KB with a preview, well within the time limit', async () => {
      const started = Date.now();
      const res = await query([{ name: 'query', value: 'dlp polcy' }]);
      assert.ok(Date.now() - started < 5000);
      const result = (res.body as { composeExtension: { type: string; attachmentLayout: string; attachments: Array<{ contentType: string; content: unknown; preview: { content: { title: string } } }> } }).composeExtension;
      assert.equal(result.type, 'result');
      assert.ok(result.attachments.length >= 1 && result.attachments.length <= 10);
      assert.equal(result.attachments[0]!.preview.content.title, 'What is a DLP policy and why does it block my connector?');
      for (const a of result.attachments) {
        assert.equal(a.contentType, 'application/vnd.microsoft.card.adaptive');
        assert.ok(Buffer.byteLength(JSON.stringify(a)) < 28 * 1024);
      }
      assertCardSays(result.attachments[0]!.content, 'From the CoE knowledge base', 'Business');
    });

    it('when the extension opens with an empty box, then it lists FAQ entries to browse', async () => {
      const res = await query([{ name: 'initialRun', value: true }]);
      const result = (res.body as { composeExtension: { attachments: unknown[] } }).composeExtension;
      assert.equal(result.attachments.length, 10);
    });
  });

  describe('experts', () => {
    const expertOpts = () => ({ serviceUrl: serviceUrl(), from: EXPERT, inChannel: true });

    async function grantExpert() {
      await t.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: EXPERT.aadObjectId, displayName: EXPERT.name }, 'expert');
    }

    it('when a maker escalates, then an expert takes it, answers in the card, the maker gets the answer in their chat, and it goes into the knowledge base in one click', async () => {
      await start();
      await grantExpert();
      await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: serviceUrl() }));
      const question = 'How do I call a stored procedure from a flow?';
      const unsure = await askInChat(question);
      assertCardSays(unsure, "I don't know that one");
      const escalated = await pressButton(t.baseUrl, 'ask.escalate', executeButtons(unsure).get('Ask an expert')!, { serviceUrl: serviceUrl() });
      assertCardSays(escalated, 'ticket #1', 'Their answer will come to you here');
      assert.ok(!buttonTitles(escalated).includes('Ask an expert'));

      const posted = await waitFor(() => cardsIn(stub, CHANNEL.id)[0], 'the expert card in the experts channel');
      assertCardSays(posted, 'Ticket #1', question, 'Open — waiting for an expert', 'Mia Maker');
      assert.deepEqual(buttonTitles(posted), ['Assign to me', 'Send answer', 'Close ticket…'], 'Close last, apart from Send answer');
      const ticketId = String(executeButtons(posted).get('Assign to me')!.ticketId);

      // The experts' count, in chat ("tickets") and for the tab's badge; makers get neither.
      const waiting = await askInChat('tickets', EXPERT);
      assertCardSays(waiting, '1 ticket waits for an expert', '#1', question, 'Mia Maker');
      assert.deepEqual(buttonTitles(waiting), ['Take #1']);
      stub.reset();
      await postActivity(t.baseUrl, personalMessage('tickets', { serviceUrl: serviceUrl(), from: MAKER }));
      assert.match(String(stub.calls.at(-1)?.activity?.text ?? ''), /Tickets are for the CoE experts/);
      const count = async (who: { aadObjectId: string; name: string }) => {
        const res = await fetch(`${t.baseUrl}/api/ask/tickets/waiting-count`, { headers: { 'x-dev-user': who.aadObjectId, 'x-dev-user-name': who.name } });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      assert.deepEqual(await count(EXPERT), { status: 200, body: { waiting: 1 } });
      assert.equal((await count(MAKER)).status, 403);

      const refused = await pressButton(t.baseUrl, 'ask.ticket.assign', { ticketId }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
      assertCardSays(refused, 'Only an expert or a CoE admin can do that');
      assert.equal((await t.app.services.store.repos.audit.list({ action: 'ask.ticket.assign.denied' })).length, 1);

      const assigned = await pressButton(t.baseUrl, 'ask.ticket.assign', { ticketId }, expertOpts());
      assertCardSays(assigned, 'You took ticket #1', 'Assigned to', 'Eli Expert');
      assert.ok(!buttonTitles(assigned).includes('Assign to me'), '"Assign to me" is gone once assigned');
      assert.deepEqual(await count(EXPERT), { status: 200, body: { waiting: 0 } }, 'taken tickets wait no more');
      const shared = await waitFor(() => cardsIn(stub, CHANNEL.id, 'PUT')[0], 'the expert card updated for everyone');
      assert.ok(!buttonTitles(shared).some((b) => /Assign to me|Take over/.test(b)), 'the shared card offers no assign once taken');
      const otherAdmin = await pressButton(t.baseUrl, 'ask.ticket.refresh', { ticketId }, { serviceUrl: serviceUrl(), from: ADMIN, inChannel: true });
      assert.ok(buttonTitles(otherAdmin).includes('Take over from Eli Expert'), 'another expert may still take it over');

      const empty = await pressButton(t.baseUrl, 'ask.ticket.answer', { ticketId, answer: '  ' }, expertOpts());
      assertCardSays(empty, 'Type the answer first');

      const answerText = 'Use the **SQL Server** connector action *Execute stored procedure (V2)*; on-premises databases go through the CoE gateway cluster.';
      const answered = await pressButton(t.baseUrl, 'ask.ticket.answer', { ticketId, answer: answerText }, expertOpts());
      assertCardSays(answered, 'sent to the maker', 'Answered', 'Execute stored procedure');
      assert.ok(buttonTitles(answered).includes('Add to knowledge base'));

      const makerChat = personalConversation(MAKER).id;
      const delivered = await waitFor(() => cardsIn(stub, makerChat).find((c) => cardText(c).includes('An expert answered')), "the answer in the maker's chat");
      assertCardSays(delivered, question, 'Execute stored procedure', 'Eli Expert');

      const form = await pressButton(t.baseUrl, 'ask.ticket.promote', { ticketId }, expertOpts());
      assertCardSays(form, 'Add ticket #1 to the knowledge base');
      const fields = Object.fromEntries((form.body as Array<{ type: string; id?: string; value?: string }>).filter((e) => e.type === 'Input.Text').map((e) => [e.id, e.value]));
      const promoted = await pressButton(t.baseUrl, 'ask.ticket.promote', { ...executeButtons(form).get('Save to knowledge base')!, ...fields }, expertOpts());
      assertCardSays(promoted, 'now in the knowledge base', 'ticket-1');
      const twice = await pressButton(t.baseUrl, 'ask.ticket.promote', { ticketId }, expertOpts());
      assertCardSays(twice, 'in the knowledge base already');

      const next = await askInChat('call a stored procedure from my flow');
      assertCardSays(next, 'Execute stored procedure', 'Source:');
      assert.equal((await lastQuestion())?.topSourcePath, 'expert/ticket-1');

      const confirm = await pressButton(t.baseUrl, 'ask.ticket.close', { ticketId }, expertOpts());
      assertCardSays(confirm, 'Close ticket #1?', 'keeps the answer');
      assert.deepEqual(buttonTitles(confirm), ['Yes, close it', 'Keep it open']);
      assert.equal((await t.app.services.store.repos.askTickets.find(ticketId))?.state, 'answered', 'nothing closed before the confirmation');
      const closed = await pressButton(t.baseUrl, 'ask.ticket.close', { ticketId, confirmed: true }, expertOpts());
      assertCardSays(closed, 'Ticket #1 closed');
      const reopened = await pressButton(t.baseUrl, 'ask.ticket.reopen', { ticketId }, expertOpts());
      assertCardSays(reopened, 'Reopened');
      const audit = await t.app.services.store.repos.audit.list({ entity: { type: 'ticket', id: ticketId } });
      assert.deepEqual(audit.map((a) => a.action).reverse(), ['ask.ticket.open', 'ask.ticket.assign.denied', 'ask.ticket.assign', 'ask.ticket.answer', 'ask.ticket.promote', 'ask.ticket.close', 'ask.ticket.reopen']);
    });

    it('when no experts channel is configured, then escalating still records the ticket and tells the maker so', async () => {
      await start({});
      const unsure = await askInChat('How do I call a stored procedure from a flow?');
      const escalated = await pressButton(t.baseUrl, 'ask.escalate', executeButtons(unsure).get('Ask an expert')!, { serviceUrl: serviceUrl() });
      assertCardSays(escalated, 'Recorded as', 'ticket #1', 'Ask page');
      const again = await pressButton(t.baseUrl, 'ask.escalate', executeButtons(unsure).get('Ask an expert')!, { serviceUrl: serviceUrl() });
      assertCardSays(again, 'ticket #1');
      assert.equal((await t.app.services.store.repos.askTickets.list({})).length, 1, 'a double click is one ticket');
      assert.equal((await t.app.services.store.repos.outbox.findByKey(`ticket:${(await t.app.services.store.repos.askTickets.list({}))[0]!.id}:expert-card`)), undefined);
    });

    it('when ASK_AUTO_ESCALATE is on, then an unsure answer becomes a ticket at once', async () => {
      await start({ ASK_AUTO_ESCALATE: 'true', EXPERTS_CONVERSATION_ID: CHANNEL.id });
      const card = await askInChat('How do I call a stored procedure from a flow?');
      assertCardSays(card, "I don't know that one", 'ticket #1');
      assert.equal((await t.app.services.store.repos.askTickets.list({})).length, 1);
    });
  });
});
