/**
 * The maker's side of Ask after #19, in Chromium: the session's conversation stays on screen,
 * "My questions" lists every question with its answers, "Ask an expert" takes details first,
 * "No" asks one optional reason (shown in Insights' gaps), and the maker replies to an expert's
 * answer, which reopens it for the expert. Light, dark and high contrast, desktop and phone, axe.
 * Screenshots: test-results/screenshots/ask-conversation-*.png.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { MAKER, TENANT, type Person } from '../helpers/activities.js';
import { EXPERT } from '../helpers/ask.js';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { askQuestion as ask, openAs, sidewaysOverflow as overflow, type Theme } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';
import { tabApi } from '../helpers/training-events.js';

const DESKTOP = { width: 1280, height: 900 };
const DLP = 'what is a dlp policy';
const NOWHERE = 'How do I call a stored procedure from a flow?';

describe('tab: Ask — conversation, my questions, details, reasons and replies (Chromium)', function () {
  this.timeout(240_000);
  const session = tabSession({ name: 'ask-conversation', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'en-GB', timezoneId: 'Europe/Berlin' } });
  before(async () => {
    await session.app.app.services.identity.grantRole({ actor: { kind: 'operator', name: 'test' } }, { tenantId: TENANT, aadObjectId: EXPERT.aadObjectId, displayName: EXPERT.name }, 'expert');
  });

  /** `person` null: the development identity, the first CoE admin. */
  async function open(person: Person | null, url = '/ask', theme: Theme = 'light', viewport = DESKTOP): Promise<Page> {
    const page = await openAs(session, url, { person, theme, viewport });
    await page.locator('main h1').first().waitFor({ timeout: 30_000 });
    return page;
  }
  const current = (page: Page) => page.getByRole('region', { name: /^(Answer|These look closest:|I don't know that one)$/ });
  const earlier = (page: Page) => page.getByRole('region', { name: 'Earlier in this conversation' }).getByRole('article');
  const questionItems = (page: Page) => page.getByRole('list', { name: 'Your questions' }).locator(':scope > li');

  it('when a maker asks twice, then both answers stay on screen (through My questions and a reload), and an earlier one can still be rated', async () => {
    const page = await open(MAKER);
    await ask(page, DLP);
    await ask(page, NOWHERE);
    await current(page).getByRole('heading', { name: "I don't know that one" }).waitFor();
    assert.equal(await earlier(page).count(), 1);
    assert.match(await earlier(page).first().innerText(), /You asked: what is a dlp policy[\s\S]*DLP/);
    await earlier(page).first().getByRole('button', { name: 'Yes' }).click();
    await earlier(page).first().getByText('Thanks! Your feedback helps the CoE improve the knowledge base.').waitFor();

    await page.getByRole('tab', { name: 'My questions' }).click();
    await questionItems(page).first().waitFor();
    await page.getByRole('tab', { name: 'Ask', exact: true }).click();
    await page.reload();
    await current(page).getByText(`You asked: ${NOWHERE}`).waitFor();
    assert.equal(await earlier(page).count(), 1);
    assert.equal(await earlier(page).first().getByRole('button', { name: 'Yes' }).getAttribute('aria-pressed'), 'true', 'what was done stays');
    await saveScreenshot(page, 'ask-conversation-light');
  });

  it('when a maker asks an expert, then a short form with the question takes details first; the expert sees them, answers, and the maker replies, which reopens it', async () => {
    const page = await open(MAKER);
    await ask(page, NOWHERE);
    const answer = current(page);
    await answer.getByRole('button', { name: 'Ask an expert' }).click();
    const form = answer.getByRole('form', { name: 'Ask an expert' });
    assert.match(await form.innerText(), new RegExp(`Your question: ${NOWHERE.replace('?', '\\?')}`));
    await form.getByRole('textbox', { name: /Details for the expert/ }).fill('It is an on-premises SQL Server 2019 behind the gateway.');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'ask-conversation-details-light');
    await form.getByRole('button', { name: 'Send to the experts' }).click();
    await page.getByText(/^Sent to the CoE experts as ticket #\d+$/).waitFor();

    const expert = await open(EXPERT, '/ask?view=all');
    const card = expert.getByRole('list', { name: 'Tickets' }).locator(':scope > li').filter({ hasText: NOWHERE });
    await card.getByText('It is an on-premises SQL Server 2019 behind the gateway.').waitFor();
    await card.getByRole('button', { name: 'Answer', exact: true }).click();
    await card.getByRole('textbox', { name: 'Your answer' }).fill('Use the SQL Server connector through the gateway.');
    await card.getByRole('button', { name: 'Send answer' }).click();
    await card.getByText('Answer sent to the maker.').waitFor();

    await page.getByRole('tab', { name: 'My questions' }).click();
    // The first test asked the same question (no expert): this one is the item with the expert's answer.
    const mine = questionItems(page).filter({ hasText: NOWHERE }).filter({ hasText: 'Use the SQL Server connector through the gateway.' });
    await mine.getByText('Use the SQL Server connector through the gateway.').waitFor();
    await mine.getByRole('button', { name: 'Reply or reopen' }).click();
    await mine.getByRole('button', { name: 'Send reply and reopen' }).click();
    await mine.getByText('Type your reply first.').waitFor();
    await mine.getByRole('textbox', { name: 'Your reply to the expert' }).fill('The connector does not list my stored procedures.');
    await mine.getByRole('button', { name: 'Send reply and reopen' }).click();
    await mine.getByText('Reply sent; the ticket is open again and the expert is told.').waitFor();
    assert.match(await mine.innerText(), /Reopened[\s\S]*You replied[\s\S]*The connector does not list my stored procedures\./);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'ask-conversation-replied-light');

    await expert.reload();
    const reopened = expert.getByRole('list', { name: 'Tickets' }).locator(':scope > li').filter({ hasText: NOWHERE });
    await reopened.getByText(/Mia Maker replied/).waitFor();
    assert.match(await reopened.innerText(), /The connector does not list my stored procedures\./);
    const inbox = await tabApi(session.app.baseUrl, 'GET', '/api/inbox', undefined, EXPERT);
    assert.ok(inbox.body.items.some((i: { kind: string }) => i.kind === 'ticket-reply'), JSON.stringify(inbox.body));
  });

  it('when a maker says an answer did not help, then one optional question asks why; the reason and words show in Insights\' knowledge gaps', async () => {
    const page = await open(MAKER);
    await ask(page, 'how do I share a canvas app');
    const answer = current(page);
    await answer.getByRole('heading', { name: 'Answer', exact: true }).waitFor();
    await answer.getByRole('button', { name: 'No' }).click();
    const form = answer.getByRole('form', { name: 'Why did it not help?' });
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Pick a reason, or press Skip.').waitFor();
    await form.getByRole('radio', { name: 'It is out of date' }).check();
    await form.getByRole('textbox', { name: /Anything to add/ }).fill('Sharing moved to the new admin centre');
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'ask-conversation-reason-light');
    await form.getByRole('button', { name: 'Send' }).click();
    await form.waitFor({ state: 'detached' });

    const admin = await open(null, '/admin/insights?range=7');
    const gap = admin.getByRole('listitem').filter({ hasText: '“how do I share a canvas app”' });
    await gap.getByText('Why not helpful: it is out of date (1)').waitFor({ timeout: 30_000 });
    await gap.getByText('Makers wrote: “Sharing moved to the new admin centre”').waitFor();
    await saveScreenshot(admin, 'ask-conversation-insights-reason-light');
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when the conversation and My questions are shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await open(MAKER, '/ask', theme, viewport);
        await ask(page, DLP);
        await ask(page, 'qwzx blorf zzyzx');
        await earlier(page).first().waitFor();
        await current(page).getByRole('button', { name: 'Ask an expert' }).click();
        await current(page).getByRole('form', { name: 'Ask an expert' }).waitFor();
        assert.equal(await overflow(page), 0, 'the conversation scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `ask-conversation-${theme}-${width}`);
        await page.getByRole('tab', { name: 'My questions' }).click();
        await questionItems(page).first().waitFor();
        assert.equal(await overflow(page), 0, 'my questions scroll sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `ask-my-questions-${theme}-${width}`);
      });
    }
  }
});
