import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { CHANNEL, MAKER, TENANT, personalConversation, personalMessage, teamInstall } from '../helpers/activities.js';
import { EXPERT, buttonTitles, cardsIn, executeButtons, pressButton, waitFor } from '../helpers/ask.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

type Json = Record<string, any>;

/** The card's "opens a form" buttons (Action.ShowCard): title → the inner card. */
function formOf(card: Json, title: string): Json {
  const action = (card.actions as Json[] | undefined)?.find((a) => a.type === 'Action.ShowCard' && a.title === title);
  assert.ok(action, `the card offers "${title}": ${JSON.stringify(card.actions)}`);
  return action.card as Json;
}
/** Every input of a card (nested containers and forms too). */
function inputs(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => inputs(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (typeof o.type === 'string' && o.type.startsWith('Input.')) out.push(o);
    for (const v of Object.values(o)) if (typeof v === 'object') inputs(v, out);
  }
  return out;
}

describe('bot: Ask follow-ups (#19) — details before a ticket, the reason for 👎, a reply to an answer, through /api/messages', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  const opts = (from = MAKER) => ({ serviceUrl: stub.url, from });

  before(async () => {
    stub = await new ConnectorStub().start();
    t = await startTestApp({ EXPERTS_CONVERSATION_ID: CHANNEL.id });
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
    await t.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: EXPERT.aadObjectId, displayName: EXPERT.name }, 'expert');
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: stub.url }));
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });
  beforeEach(() => stub.reset());

  async function askInChat(question: string): Promise<Json> {
    stub.reset();
    await postActivity(t.baseUrl, personalMessage(question, { serviceUrl: stub.url, from: MAKER }));
    const [card] = cardsIn(stub, personalConversation(MAKER).id);
    assert.ok(card, 'the bot answered with a card');
    return card as Json;
  }

  it('when a maker presses "Ask an expert", then a form shows the question with a details box; the ticket keeps the details and the experts\' card shows them', async () => {
    const question = 'Why does my flow time out on the SQL step?';
    const unsure = await askInChat(question);
    const form = formOf(unsure, 'Ask an expert');
    assertCardSays(form, `Your question: ${question}`);
    assert.deepEqual(inputs(form).map((i) => [i.id, i.type, i.isMultiline]), [['details', 'Input.Text', true]]);
    const send = executeButtons(unsure).get('Ask an expert')!;

    const tooLong = await pressButton(t.baseUrl, 'ask.escalate', { ...send, details: 'x'.repeat(2001) }, opts());
    assertCardSays(tooLong, 'Keep the details under 2000 characters');
    assert.equal((await t.app.services.store.repos.askTickets.list({})).length, 0, 'nothing created');

    const escalated = await pressButton(t.baseUrl, 'ask.escalate', { ...send, details: 'It fails after 120 s on Execute stored procedure.' }, opts());
    assertCardSays(escalated, 'ticket #1');
    const [ticket] = await t.app.services.store.repos.askTickets.list({});
    assert.equal(ticket?.details, 'It fails after 120 s on Execute stored procedure.');
    const posted = await waitFor(() => cardsIn(stub, CHANNEL.id)[0], 'the expert card');
    assertCardSays(posted, 'Details from Mia Maker:', 'It fails after 120 s on Execute stored procedure.');
  });

  it('when the maker replies to the expert\'s answer in their chat, then the ticket is reopened with the reply, the experts\' card shows it and the expert is told; nobody else can reply', async () => {
    const [ticket] = await t.app.services.store.repos.askTickets.list({});
    const ticketId = ticket!.id;
    const expert = { serviceUrl: stub.url, from: EXPERT, inChannel: true };
    await pressButton(t.baseUrl, 'ask.ticket.answer', { ticketId, answer: 'Raise the timeout in the action settings.' }, expert);
    const delivered = await waitFor(() => cardsIn(stub, personalConversation(MAKER).id).find((c) => cardText(c).includes('An expert answered')), 'the answer in the chat') as Json;
    const form = formOf(delivered, 'Reply or reopen');
    assert.deepEqual(inputs(form).map((i) => [i.id, i.isRequired]), [['message', true]]);

    const stranger = await pressButton(t.baseUrl, 'ask.ticket.reply', { ticketId, message: 'hijack' }, opts({ id: '29:other', name: 'Ola Other', aadObjectId: '00000000-0000-0000-0000-00000000f0f0' }));
    assertCardSays(stranger, 'Not found');
    const asExpert = await pressButton(t.baseUrl, 'ask.ticket.reply', { ticketId, message: 'as expert' }, { serviceUrl: stub.url, from: EXPERT });
    assertCardSays(asExpert, 'Only the person who asked can reply');
    const empty = await pressButton(t.baseUrl, 'ask.ticket.reply', { ticketId, message: '  ' }, opts());
    assertCardSays(empty, 'Type your reply first');
    assert.equal((await t.app.services.store.repos.askTickets.find(ticketId))?.state, 'answered', 'refusals change nothing');

    stub.reset();
    const replied = await pressButton(t.baseUrl, 'ask.ticket.reply', { ticketId, message: 'The setting is greyed out for me.' }, opts());
    assertCardSays(replied, 'Reply sent', 'is open again', 'You replied:', 'The setting is greyed out for me.');
    assert.ok(!buttonTitles(replied).includes('Reply or reopen'), 'a reopened ticket waits for the expert');
    const stored = await t.app.services.store.repos.askTickets.find(ticketId);
    assert.deepEqual([stored?.state, stored?.makerReply], ['reopened', 'The setting is greyed out for me.']);
    const updated = await waitFor(() => cardsIn(stub, CHANNEL.id, 'PUT').find((c) => cardText(c).includes('replied')), "the experts' card updated") as Json;
    assertCardSays(updated, 'Mia Maker replied', 'The setting is greyed out for me.', 'Reopened');
    const items = await t.app.services.store.handle.db.selectFrom('inbox_items').selectAll().where('kind', '=', 'ticket-reply').execute();
    assert.equal(items.length, 1);
    assert.equal(items[0]!.body, 'The setting is greyed out for me.');
  });

  it('when a maker presses 👎, then the card asks one optional reason; a sent reason is stored once, a forged one is refused and changes nothing', async () => {
    const card = await askInChat('how do I install the pac cli');
    const down = executeButtons(card).get('👎 Not helpful')!;
    const rated = await pressButton(t.baseUrl, 'ask.feedback', down, opts());
    assertCardSays(rated, 'Why did it not help? (optional)', 'It is out of date');
    assert.deepEqual(inputs(rated.body).map((i) => i.id), ['reason', 'note']);
    const questionId = String(down.questionId);

    const forged = await pressButton(t.baseUrl, 'ask.feedback.reason', { questionId, reason: 'because', note: 'x' }, opts());
    assertCardSays(forged, 'Pick one of the reasons');
    const none = await pressButton(t.baseUrl, 'ask.feedback.reason', { questionId }, opts());
    assertCardSays(none, 'Pick a reason first');
    const other = await pressButton(t.baseUrl, 'ask.feedback.reason', { questionId, reason: 'wrong' }, opts({ id: '29:other', name: 'Ola Other', aadObjectId: '00000000-0000-0000-0000-00000000f0f0' }));
    assertCardSays(other, 'Not found');
    assert.equal((await t.app.services.store.repos.askQuestions.find(questionId))?.feedbackReason, null);
    const refusals = await t.app.services.store.repos.audit.list({ action: 'ask.feedback.reason.denied' });
    assert.deepEqual(refusals.map((r) => [r.entity.id, (r.after as { reason?: string }).reason]), [[questionId, 'not visible to this person']], "the other person's attempt is audited");

    const sent = await pressButton(t.baseUrl, 'ask.feedback.reason', { questionId, reason: 'outdated', note: 'pac moved to winget' }, opts());
    assertCardSays(sent, 'Thanks: the CoE reads this');
    assert.equal(inputs(sent.body).length, 0, 'the reason is not asked again');
    const stored = await t.app.services.store.repos.askQuestions.find(questionId);
    assert.deepEqual([stored?.feedbackReason, stored?.feedbackNote], ['outdated', 'pac moved to winget']);
    const again = await pressButton(t.baseUrl, 'ask.feedback.reason', { questionId, reason: 'wrong' }, opts());
    assertCardSays(again, 'You told us why already');
    assert.equal((await t.app.services.store.repos.askQuestions.find(questionId))?.feedbackReason, 'outdated');
  });
});
