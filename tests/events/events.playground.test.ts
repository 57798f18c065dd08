/**
 * A community event end to end: the CoE lead announces it from the Maker Hub tab to a team
 * channel, the card arrives in the channel of the Microsoft 365 Agents Playground (Microsoft's Teams
 * emulator), a maker presses "Going" on it, and the count on the card updates — also when another
 * maker answers from the tab. Screenshots: test-results/screenshots/playground-events-*.png.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { saveScreenshot } from '../helpers/browser.js';
import { useChannelPlayground } from '../helpers/playground-channel.js';
import { cards, clickCardButton, REPLY_TIMEOUT_MS, waitForCardText } from '../helpers/playground.js';
import { TEST_SETTINGS, type TestApp } from '../helpers/test-app.js';
import { sampleEvent, tabApi } from '../helpers/training-events.js';

const TENANT = TEST_SETTINGS['DEV_TENANT_ID']!;
const MAKER = { tenantId: TENANT, aadObjectId: '00000000-0000-0000-0000-00000000b002', name: 'Mia Maker' };
const OTHER_MAKER = '00000000-0000-0000-0000-00000000b003';
const CHANNEL = '19:maker-community@thread.tacv2';
const TITLE = 'Copilot Studio office hours';

describe('Maker Hub in the Agents Playground: an event announced in a channel, RSVPs and live counts', function () {
  this.timeout(180_000);
  const session = useChannelPlayground({
    name: 'events',
    person: MAKER,
    team: { id: '19:maker-community-team@thread.tacv2', name: 'Power Platform Makers' },
    channel: { id: CHANNEL, name: 'Events' },
    viewport: { width: 1400, height: 1100 },
  });
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let teams: Page;

  before(() => {
    ({ app, browser, teams } = session());
  });

  /** A tab page in Chromium as the development admin (the CoE lead) or as another person. */
  async function tab(pathAndQuery: string): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Berlin' });
    await page.goto(app!.baseUrl + pathAndQuery);
    return page;
  }

  it('when the maker opens the Events channel, then Maker Hub knows the channel', async () => {
    await teams.getByRole('treeitem', { name: 'Power Platform Makers - Events' }).click();
    for (let i = 0; i < 100; i += 1) {
      const channels = await app!.app.services.conversations.listInstalled({ scope: 'channel' });
      if (channels.some((c) => c.id === CHANNEL)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail('the Events channel was never installed');
  });

  it('when the CoE lead announces the event from the tab, then its card with RSVP buttons appears in the channel', async () => {
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await tabApi(app!.baseUrl, 'POST', '/api/admin/events', sampleEvent(day, { title: TITLE, capacity: 20 }));
    assert.equal(created.status, 200, JSON.stringify(created.body));

    const lead = await tab('/admin?theme=light');
    const row = lead.locator('main li', { hasText: TITLE });
    await row.getByRole('button', { name: 'Announce' }).click();
    // The one channel Maker Hub is installed in (the Playground sends no channel name, as Teams
    // does for a team's General channel, so it is labelled with the team's name and "General").
    const dialog = lead.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /^Power Platform Makers › / }).check({ timeout: 60_000 }); // generous: a loaded machine
    await saveScreenshot(lead, 'playground-events-1-tab-announce');
    await dialog.getByRole('button', { name: 'Announce', exact: true }).click();
    await lead.getByText('Announced in 1 channel.', { exact: false }).waitFor();
    await lead.close();

    const card = await waitForCardText(teams, TITLE, { timeout: 30_000 });
    const text = await card.innerText();
    assert.match(text, /OFFICE HOURS[\s\S]*Copilot Studio office hours/);
    assert.match(text, /20 of 20 seats left/);
    assert.match(text, /0 going/);
    for (const button of ['Going', 'Maybe', "Can't go", 'Add to calendar']) assert.ok(await card.locator('button').filter({ hasText: button }).first().isVisible(), `the card offers "${button}"`);
    await saveScreenshot(teams, 'playground-events-2-card-in-channel');
  });

  it('when the maker presses Going on the card, then the card counts one person going', async () => {
    await clickCardButton(teams, 'Going', cards(teams, TITLE).last());
    // Teams shows the clicker their own view ("You're going"); the Playground has no user-specific
    // views yet (it logs a warning) and shows the shared card, whose count is what matters here.
    await teams.locator('.ac-adaptiveCard').filter({ hasText: TITLE }).filter({ hasText: /1 going[\s\S]*19 of 20 seats left|19 of 20 seats left[\s\S]*1 going/ }).first().waitFor({ timeout: REPLY_TIMEOUT_MS });
    await saveScreenshot(teams, 'playground-events-3-maker-going');
    const detail = await tabApi(app!.baseUrl, 'GET', (await eventPath()) ?? '', undefined, { id: '29:x', name: 'Mia Maker', aadObjectId: MAKER.aadObjectId });
    assert.equal(detail.body.mine, 'going');
  });

  it('when another maker answers Going in the tab, then the count on the channel card goes up in place', async () => {
    const other = await tab(`${(await eventPath())!.replace('/api', '')}?theme=light&devUser=${OTHER_MAKER}`);
    await other.getByRole('button', { name: 'Going' }).click();
    await other.getByText('Your answer: Going.').waitFor();
    await saveScreenshot(other, 'playground-events-4-tab-going');
    await other.close();
    await teams.locator('.ac-adaptiveCard').filter({ hasText: TITLE }).filter({ hasText: /2 going/ }).first().waitFor({ timeout: REPLY_TIMEOUT_MS * 2 });
    assert.equal(await cards(teams, TITLE).count(), 1, 'one card, updated in place');
    await saveScreenshot(teams, 'playground-events-5-count-updated');
  });

  /** /api/events/<id> of the event this suite created. */
  async function eventPath(): Promise<string | undefined> {
    const list = await tabApi(app!.baseUrl, 'GET', '/api/events');
    const found = (list.body.events as Array<{ event: { id: string; title: string } }>).find((e) => e.event.title === TITLE);
    return found && `/api/events/${found.event.id}`;
  }
});
