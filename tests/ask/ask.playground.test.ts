/**
 * Ask in the Microsoft 365 Agents Playground, driven through Chromium as a maker uses it: type a
 * question, read the answer card, press 👍 and see the card thank them in place; type something
 * the knowledge base does not cover and get "I don't know that one" with the way to an expert; ask
 * something vague and get "These look closest:" with the sources to pick from.
 * Screenshots: test-results/screenshots/playground-ask-*.png (copied to docs/screenshots/ for docs/ask.md).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readStarterFaq } from '../../src/seed/ask.js';
import { launchBrowser, saveScreenshot } from '../helpers/browser.js';
import { cards, clickCardButton, fillCardInput, openPlayground, sendMessage, startPlayground, waitForCardText, type PlaygroundIdentity, type StartedPlayground } from '../helpers/playground.js';
import { startTestApp, TEST_SETTINGS, type TestApp } from '../helpers/test-app.js';

const MAKER: PlaygroundIdentity = { tenantId: TEST_SETTINGS['DEV_TENANT_ID']!, aadObjectId: '00000000-0000-0000-0000-00000000b011', name: 'Avery Asker' };

describe('Maker Hub in the Agents Playground: asking the knowledge base', function () {
  this.timeout(120_000);
  let app: TestApp | undefined;
  let playground: StartedPlayground | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async function () {
    this.timeout(180_000);
    app = await startTestApp();
    await app.app.services.ask.faq.seed(readStarterFaq(path.resolve('content')));
    playground = await startPlayground(`${app.baseUrl}/api/messages`, { identity: MAKER });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await openPlayground(page, playground.url);
  });

  after(async () => {
    await browser?.close();
    await playground?.close();
    await app?.close();
  });

  it('when the maker asks a question, then the answer card shows the answer and its source, and 👍 thanks them in place', async () => {
    const before = await cards(page, 'You asked: How do I get a Power Platform env for my team?').count();
    await sendMessage(page, 'How do I get a Power Platform env for my team?');
    const answer = await waitForCardText(page, 'You asked: How do I get a Power Platform env for my team?', { after: before });
    const text = await answer.innerText();
    assert.ok(text.includes('request an environment'), `the answer should explain; it shows:\n${text}`);
    assert.ok(text.includes('Source:'), 'the source is named');
    await saveScreenshot(page, 'playground-ask-answer');

    await clickCardButton(page, '👍 Helpful', answer);
    const thanked = await waitForCardText(page, 'Thanks for your feedback');
    await saveScreenshot(page, 'playground-ask-thanks');
    assert.equal(await thanked.locator('button').filter({ hasText: '👍 Helpful' }).count(), 0, 'the vote buttons are gone');
    const [record] = await app!.app.services.store.handle.db.selectFrom('ask_questions').select(['feedback', 'answered']).execute();
    assert.deepEqual(record, { feedback: 'helpful', answered: 1 });
  });

  it('when the maker asks something the knowledge base does not cover, then the bot says it is not sure and offers an expert', async () => {
    const before = await cards(page, "I don't know that one").count();
    await sendMessage(page, 'what is the wifi password for guests?');
    const reply = await waitForCardText(page, "I don't know that one", { after: before });
    await saveScreenshot(page, 'playground-ask-not-sure');
    assert.ok(await reply.locator('button').filter({ hasText: 'Ask an expert' }).first().isVisible());
  });

  it('when the question is vague, then the bot lists what looks closest (a heading and a sentence each) instead of guessing, with an expert', async () => {
    const before = await cards(page, 'These look closest:').count();
    await sendMessage(page, 'my app is slow');
    const reply = await waitForCardText(page, 'These look closest:', { after: before });
    const text = await reply.innerText();
    await saveScreenshot(page, 'playground-ask-closest');
    assert.ok(text.includes('You asked: my app is slow'), text);
    assert.ok(!text.includes('Source:'), `no answer is given as the answer:\n${text}`);
    assert.ok(await reply.locator('button').filter({ hasText: 'Ask an expert' }).first().isVisible());
    const [record] = await app!.app.services.store.handle.db.selectFrom('ask_questions').select(['answered']).where('question', '=', 'my app is slow').execute();
    assert.deepEqual(record, { answered: 0 }, 'logged as not answered');
  });

  it('when the maker presses "Ask an expert", then a form shows the question with a details box, and the ticket keeps what they typed (#19)', async () => {
    const reply = cards(page, "I don't know that one").last();
    await clickCardButton(page, 'Ask an expert', reply);
    await fillCardInput(page, /^Details for the expert/, 'Guests get a voucher at reception, but the flow that mails it fails.', reply);
    await saveScreenshot(page, 'playground-ask-details');
    await clickCardButton(page, 'Send to the experts', reply);
    await waitForCardText(page, /Recorded as ticket #1|Sent to the CoE experts as ticket #1/);
    const [ticket] = await app!.app.services.store.repos.askTickets.list({});
    assert.equal(ticket?.details, 'Guests get a voucher at reception, but the flow that mails it fails.');
    assert.equal(ticket?.question, 'what is the wifi password for guests?');
  });

  it('when the maker presses 👎, then the card asks one optional reason, and the reason they pick is stored (#19)', async () => {
    const before = await cards(page, 'You asked: what is a dlp policy').count();
    await sendMessage(page, 'what is a dlp policy');
    const answer = await waitForCardText(page, 'You asked: what is a dlp policy', { after: before });
    await clickCardButton(page, '👎 Not helpful', answer);
    const asking = await waitForCardText(page, 'Why did it not help? (optional)');
    await fillCardInput(page, /^Why did it not help/, 'It is out of date', asking);
    await fillCardInput(page, /^Anything to add/, 'The policy names changed this year.', asking);
    await saveScreenshot(page, 'playground-ask-reason');
    await clickCardButton(page, 'Send reason', asking);
    await waitForCardText(page, 'Thanks: the CoE reads this to improve the answer.');
    const rows = await app!.app.services.store.handle.db.selectFrom('ask_questions').select(['feedback', 'feedback_reason', 'feedback_note']).where('feedback', '=', 'not-helpful').execute();
    assert.deepEqual(rows, [{ feedback: 'not-helpful', feedback_reason: 'outdated', feedback_note: 'The policy names changed this year.' }]);
  });
});
