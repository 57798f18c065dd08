import assert from 'node:assert/strict';
import path from 'node:path';
import { readStarterFaq } from '../../src/seed/ask.js';
import { CHANNEL, MAKER, TENANT, personalConversation, personalMessage, teamInstall } from '../helpers/activities.js';
import { EXPERT, buttonTitles, cardsIn, executeActivity, executeButtons, pressButton, waitFor } from '../helpers/ask.js';
import { assertCardSays, cardText, postActivity } from '../helpers/bot-client.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const OTHER_TENANT = '00000000-0000-0000-0000-0000000000bb';

type CardInput = { type: string; id?: string; value?: string };
const inputs = (card: Record<string, unknown>) => new Map(((card.body as CardInput[]) ?? []).filter((e) => e.type === 'Input.Text').map((e) => [e.id!, e.value ?? '']));

describe('bot: the expert card shows what the bot told the maker, and "Add to knowledge base" edits the entry first (#19)', () => {
  let stub: ConnectorStub;
  let t: TestApp;
  const serviceUrl = () => stub.url;
  const expertOpts = () => ({ serviceUrl: serviceUrl(), from: EXPERT, inChannel: true });

  before(async () => {
    stub = await new ConnectorStub().start();
  });
  after(async () => stub.stop());
  beforeEach(async () => {
    stub.reset();
    t = await startTestApp({ EXPERTS_CONVERSATION_ID: CHANNEL.id });
    await t.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
    await t.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: EXPERT.aadObjectId, displayName: EXPERT.name }, 'expert');
    await postActivity(t.baseUrl, teamInstall('add', { serviceUrl: serviceUrl() }));
  });
  afterEach(async () => t?.close());

  /** The maker asks in their chat, then presses "Ask an expert" on the reply; returns the posted expert card. */
  async function escalate(question: string) {
    stub.reset();
    await postActivity(t.baseUrl, personalMessage(question, { serviceUrl: serviceUrl(), from: MAKER }));
    const reply = cardsIn(stub, personalConversation(MAKER).id)[0]!;
    await pressButton(t.baseUrl, 'ask.escalate', executeButtons(reply).get('Ask an expert')!, { serviceUrl: serviceUrl() });
    const posted = await waitFor(() => cardsIn(stub, CHANNEL.id)[0], 'the expert card');
    return { reply, posted, ticketId: String(executeButtons(posted).get('Assign to me')!.ticketId) };
  }

  it('when a maker escalates after "These look closest", then the experts\' card names that band and the sources offered (no percentage); a maker or another tenant\'s namesake pressing refresh sees none of it', async () => {
    const { reply, posted, ticketId } = await escalate('who owns the CoE');
    assertCardSays(reply, 'These look closest:');
    assertCardSays(posted, 'What the bot told the maker:', 'Closest topics', 'Sources it offered:', 'What is the Power Platform CoE and what does it do for makers?');
    assert.doesNotMatch(cardText(posted), /\d+\s*%/, 'never a bare percentage');
    assert.ok(((cardText(posted).match(/^- /gm) ?? []).length) <= 3, 'at most three sources');

    const refreshed = await pressButton(t.baseUrl, 'ask.ticket.refresh', { ticketId }, expertOpts());
    assertCardSays(refreshed, 'Closest topics', 'What is the Power Platform CoE');

    const maker = await pressButton(t.baseUrl, 'ask.ticket.refresh', { ticketId }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    assert.doesNotMatch(cardText(maker), /What the bot told|Sources it offered/);
    const namesake = executeActivity('ask.ticket.refresh', { ticketId }, expertOpts());
    (namesake.channelData as Record<string, unknown>).tenant = { id: OTHER_TENANT };
    (namesake.conversation as Record<string, unknown>).tenantId = OTHER_TENANT;
    const res = await postActivity(t.baseUrl, namesake);
    assert.doesNotMatch(JSON.stringify(res.body ?? ''), /What the bot told|Sources it offered|Power Platform CoE/, 'the expert role does not carry over to another tenant');
  });

  it('when the bot had an answer, then the card says so; promoting opens a prefilled form, refuses hostile input without a change, and saves the edited entry', async () => {
    const { posted, ticketId } = await escalate('what is a DLP policy?');
    assertCardSays(posted, 'What the bot told the maker:');
    assert.match(cardText(posted), /High confidence|Likely answer/);
    await pressButton(t.baseUrl, 'ask.ticket.answer', { ticketId, answer: 'A DLP policy sorts connectors into **business** and **non-business** groups.' }, expertOpts());

    const form = await pressButton(t.baseUrl, 'ask.ticket.promote', { ticketId }, expertOpts());
    assertCardSays(form, 'Add ticket #1 to the knowledge base');
    assert.deepEqual(buttonTitles(form), ['Save to knowledge base', 'Cancel']);
    const values = inputs(form);
    assert.equal(values.get('faqQuestion'), 'What is a DLP policy?', 'the question is tidied');
    assert.match(values.get('faqAnswer')!, /non-business/);
    assert.equal(values.get('faqAlternates'), '', "the maker's wording only differs in case: no extra phrasing");
    assert.equal(await t.app.services.store.repos.kbEntries.find('ticket-1'), undefined, 'opening the form saves nothing');

    const save = executeButtons(form).get('Save to knowledge base')!;
    const tooShort = await pressButton(t.baseUrl, 'ask.ticket.promote', { ...save, faqQuestion: 'DLP', faqAnswer: 'x', faqAlternates: '' }, expertOpts());
    assertCardSays(tooShort, 'at least 5 characters');
    assert.equal(inputs(tooShort).get('faqQuestion'), 'DLP', 'what was typed stays');
    const huge = await pressButton(t.baseUrl, 'ask.ticket.promote', { ...save, faqQuestion: 'q'.repeat(5000), faqAnswer: 'x' }, expertOpts());
    assertCardSays(huge, 'too long');
    const scripted = await pressButton(t.baseUrl, 'ask.ticket.promote', { ...save, faqQuestion: 'What is a DLP policy?', faqAnswer: 'ok', faqAlternates: Array.from({ length: 30 }, (_, i) => `way ${i}`).join('\n') }, expertOpts());
    assertCardSays(scripted, 'Up to 20 phrasings');
    const byMaker = await pressButton(t.baseUrl, 'ask.ticket.promote', { ...save, faqQuestion: 'What is a DLP policy?', faqAnswer: 'hijack' }, { serviceUrl: serviceUrl(), from: MAKER, inChannel: true });
    assert.doesNotMatch(cardText(byMaker), /now in the knowledge base/);
    assert.equal(await t.app.services.store.repos.kbEntries.find('ticket-1'), undefined, 'no refusal changed anything');

    const saved = await pressButton(t.baseUrl, 'ask.ticket.promote', { ...save, faqQuestion: 'What is a DLP policy and what does it block?', faqAnswer: 'A DLP policy sorts connectors.', faqAlternates: 'what does DLP block\n<script>x</script>' }, expertOpts());
    assertCardSays(saved, 'now in the knowledge base', 'What is a DLP policy and what does it block?');
    const entry = await t.app.services.store.repos.kbEntries.find('ticket-1');
    assert.equal(entry?.question, 'What is a DLP policy and what does it block?');
    assert.deepEqual(entry?.alternates, ['what does DLP block', '<script>x</script>'], 'stored as typed text; cards and the tab escape it');
    assert.equal(entry?.kind, 'expert');
    assert.equal((await t.app.services.store.repos.askTickets.find(ticketId))?.kbEntryId, 'ticket-1');
  });
});
