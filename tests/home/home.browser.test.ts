import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow, waitForHeading } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';
import { type Principal, userChange } from '../../src/domain/identity/types.js';
import { buildWorld, WHO, type HomeWorld, type Who } from './home-fixture.js';

const byUser = (principal: Principal) => ({ actor: { kind: 'user' as const, principal } });

/** Home per role and the inbox bell, in Chromium against the real server and database. */
describe('tab: Home per role and the inbox bell (Chromium)', function () {
  this.timeout(240_000);
  const session = tabSession({ name: 'home', settings: { DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'UTC' } });
  let w: HomeWorld;
  const open = (who: Who, theme: string, options: { viewport?: typeof PHONE; path?: string } = {}) => session.open(`${options.path ?? '/'}?theme=${theme}&devUser=${WHO[who].oid}`, options);
  const home = async (who: Who, theme = 'light', options: { viewport?: typeof PHONE } = {}) => {
    const page = await open(who, theme, options);
    await waitForHeading(page, /^Welcome, /);
    await page.getByRole('region', { name: 'New in the community' }).waitFor();
    return page;
  };
  const work = (page: Page) => page.getByRole('region', { name: 'Waiting for you' });
  /** The bell's name as the header shows it (waits up to 10 s for `expected`). */
  const bellLabel = async (page: Page, expected: string) => {
    const bell = page.locator('header button[aria-label^="Inbox"]');
    for (let i = 0; i < 100 && (await bell.getAttribute('aria-label')) !== expected; i++) await page.waitForTimeout(100);
    assert.equal(await bell.getAttribute('aria-label'), expected);
  };
  const shot = async (page: Page, name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, name);
  };

  before(async () => {
    w = await buildWorld(session.app, new Date());
    // Owen's question answered by Eli: an item in Owen's inbox, written with the answer.
    await session.app.app.services.ask.tickets.act(userChange(w.p.eli), w.owenTicketId, 'answer', { answer: 'Use the shared mailbox connector with a service account.' });
  });

  it('when a maker opens Home, then their next events (with Join now for the one starting), questions and the community show, and no waiting work', async () => {
    const page = await home('mia');
    const events = page.getByRole('list', { name: 'Your next events' });
    assert.match(await events.innerText(), /Starting soon[\s\S]*Going[\s\S]*Join now[\s\S]*Community call later[\s\S]*Maybe/);
    assert.equal(await events.getByRole('link', { name: 'Join now' }).count(), 1, 'only the event about to start can be joined');
    assert.equal(await work(page).count(), 0);
    assert.equal(await page.getByRole('region', { name: /New to Maker Hub/ }).count(), 0, 'Mia has done things: no welcome');
    assert.match(await page.getByRole('list', { name: 'New stories' }).innerText(), /Mia invoice flow/);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'home-maker-light');
    await page.getByRole('list', { name: 'Your next events' }).getByRole('link', { name: 'Community call later' }).click();
    await waitForHeading(page, 'Community call later');
  });

  it('when an expert opens Home (dark), then open tickets show with their count and lead to every ticket', async () => {
    const page = await home('eli', 'dark');
    const card = work(page).getByRole('listitem').filter({ hasText: 'Open tickets' });
    assert.match(await card.innerText(), /Open tickets\s+0/, 'the answered ticket no longer waits');
    assert.equal(await work(page).getByRole('listitem').count(), 1);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'home-expert-dark');
    await card.getByRole('link', { name: 'Open tickets' }).click();
    await waitForHeading(page, 'Ask the CoE');
    assert.equal(new URL(page.url()).search.includes('view=all'), true);
  });

  it('when a champion opens Home (high contrast), then stories in review show and lead to the review queue', async () => {
    const page = await home('chris', 'contrast');
    const card = work(page).getByRole('listitem').filter({ hasText: 'Stories in review' });
    assert.match(await card.innerText(), /Stories in review\s+1/);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'home-champion-contrast');
    await card.getByRole('link', { name: 'Stories in review' }).click();
    assert.equal(new URL(page.url()).pathname, '/stories/review');
  });

  it('when a CoE admin opens Home, on a desktop and a phone, then approvals, moderation, knowledge gaps and unannounced events show with counts', async () => {
    const page = await home('admin');
    const text = await work(page).innerText();
    assert.match(text, /Requests waiting for approval\s+1[\s\S]*Stories to moderate\s+1[\s\S]*Knowledge gaps this week\s+\d+[\s\S]*Events without announcements\s+2/);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'home-admin-light');
    const phone = await home('admin', 'dark', { viewport: PHONE });
    assert.equal(await sidewaysOverflow(phone), 0, 'Home fits a phone');
    await expectNoSeriousA11yViolations(phone);
    await shot(phone, 'home-admin-dark-phone');
    await work(page).getByRole('link', { name: 'Requests waiting for approval' }).click();
    await waitForHeading(page, 'CoE admin');
  });

  it('when someone new opens Home, then a welcome explains Maker Hub with first steps, and Dismiss closes it for good', async () => {
    const page = await home('nina');
    const welcome = page.getByRole('region', { name: 'New to Maker Hub? Start here' });
    await welcome.waitFor();
    assert.match(await welcome.innerText(), /Set your department[\s\S]*My activity[\s\S]*Take your first path: Path home-first-path[\s\S]*Ask your first question/);
    await expectNoSeriousA11yViolations(page);
    await shot(page, 'home-first-run-light');
    await welcome.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await welcome.count(), 0);
    for (let i = 0; i < 50 && (await session.app.app.services.home.view(w.p.nina)).firstRun; i++) await new Promise((r) => setTimeout(r, 100));
    const again = await home('nina');
    assert.equal(await again.getByRole('region', { name: /New to Maker Hub/ }).count(), 0, 'the dismissal is remembered');
  });

  for (const [theme, viewport, name] of [
    ['light', undefined, 'inbox-light'],
    ['dark', undefined, 'inbox-dark'],
    ['contrast', undefined, 'inbox-contrast'],
    ['light', PHONE, 'inbox-light-phone'],
  ] as const) {
    it(`when a person opens the bell (${name}), then the unread count and the items show, accessible`, async () => {
      const page = await home('owen', theme, viewport ? { viewport } : {});
      const bell = page.getByRole('button', { name: /^Inbox/ });
      await page.getByRole('button', { name: /^Inbox, \d+ unread$/ }).waitFor();
      await bell.click();
      const panel = page.getByRole('dialog', { name: 'Inbox' });
      await panel.getByRole('list', { name: 'Inbox items' }).waitFor();
      assert.match(await panel.innerText(), /Unread:\s+An expert answered your question/);
      if (viewport) assert.equal(await sidewaysOverflow(page), 0);
      await expectNoSeriousA11yViolations(page);
      await saveScreenshot(page, name);
    });
  }

  it('when the bell is pressed with the keyboard, then its panel (fetched on the first press) opens with focus inside, Escape returns to the bell, and it opens again', async () => {
    const page = await home('owen', 'light');
    const bell = page.getByRole('button', { name: /^Inbox, \d+ unread$/ });
    await bell.waitFor();
    await bell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Inbox' });
    await panel.getByRole('list', { name: 'Inbox items' }).waitFor();
    assert.equal(await panel.evaluate((el: any) => el.contains(el.ownerDocument.activeElement) as boolean), true, 'focus moved into the panel');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    assert.equal(await bell.evaluate((el: any) => el === el.ownerDocument.activeElement), true, 'focus is back on the bell');
    await page.keyboard.press('Enter');
    await panel.getByRole('list', { name: 'Inbox items' }).waitFor();
    // While the panel is open the page behind it is hidden from assistive technology (the focus
    // trap sets aria-hidden, a moment after opening), so the bell is found by its label, not its role.
    await page.locator('button[aria-label^="Inbox"]').click();
    await panel.waitFor({ state: 'hidden' });
  });

  it('when a person opens an item, then it leads to its page and is read; another person’s bell never shows it; mark all reads the rest', async () => {
    const mia = await home('mia');
    await mia.getByRole('button', { name: /^Inbox/ }).click();
    const miaPanel = mia.getByRole('dialog', { name: 'Inbox' });
    await miaPanel.getByText(/^Nothing yet/).or(miaPanel.getByRole('list', { name: 'Inbox items' })).waitFor();
    assert.doesNotMatch(await miaPanel.innerText(), /expert answered/);

    const page = await home('owen');
    await page.getByRole('button', { name: 'Inbox, 1 unread' }).click();
    await page.getByRole('dialog', { name: 'Inbox' }).getByRole('link', { name: /An expert answered your question/ }).click();
    await waitForHeading(page, 'Ask the CoE');
    await bellLabel(page, 'Inbox');

    await session.app.app.services.stories.moderate(byUser(w.p.chris), w.owenStoryId, 'approve');
    await session.app.app.services.stories.toggleKudos(byUser(w.p.mia), w.owenStoryId);
    const again = await home('owen');
    await again.getByRole('button', { name: 'Inbox, 2 unread' }).click();
    await again.getByRole('dialog', { name: 'Inbox' }).getByRole('button', { name: 'Mark all as read' }).click();
    await again.getByRole('dialog', { name: 'Inbox' }).getByRole('button', { name: 'Mark all as read' }).and(again.locator('[disabled]')).waitFor();
    // The open panel keeps focus (the page behind it is hidden from assistive technology); Escape closes it.
    await again.keyboard.press('Escape');
    await bellLabel(again, 'Inbox');
    assert.equal((await session.app.app.services.inbox.unreadCount(w.p.owen)), 0);
  });
});
