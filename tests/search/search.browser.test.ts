import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { sidewaysOverflow, waitForHeading } from '../helpers/tab-journey.js';
import { PHONE, tabSession } from '../helpers/tab-session.js';
import { publish, seedEveryKind, submitStory } from './search-fixture.js';

/** The header search box and the /search page, with one of each kind behind it. */
describe('tab: one search for everything (Chromium)', function () {
  this.timeout(240_000);
  const session = tabSession({ name: 'search', settings: { DELIVERY_WORKER: 'off' }, context: { locale: 'en-US', timezoneId: 'UTC' } });
  let ids: Awaited<ReturnType<typeof seedEveryKind>>;
  before(async () => {
    ids = await seedEveryKind(session.app);
    // Markup in a story is text: it is shown as typed, never run.
    await publish(session.app, await submitStory(session.app, { title: 'Canvas <b>bold</b> audit trail', problem: 'Auditors wanted <img src=x onerror="window.pwned=1"> canvas history.', solution: 'A canvas app that logs every change to Dataverse.' }));
  });

  const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
  const waitForResults = async (page: Page) => {
    await results(page).waitFor({ timeout: 30_000 });
    return results(page).getByRole('listitem');
  };
  const chip = (page: Page, name: string) => page.getByRole('group', { name: 'Show only' }).getByRole('button', { name, exact: true });

  it('when a maker types in the header box and presses Enter, then every kind is listed with the matched word marked, and markup in content stays text', async () => {
    const page = await session.open('/?theme=light');
    await waitForHeading(page, /./);
    const box = page.getByRole('search', { name: 'Maker Hub' }).getByRole('searchbox', { name: 'Search Maker Hub' });
    await box.fill('canvas');
    await box.press('Enter');
    await waitForHeading(page, 'Search');
    const items = await waitForResults(page);
    assert.equal(new URL(page.url()).searchParams.get('q'), 'canvas');
    const badges = await items.locator('.fui-Badge').allInnerTexts();
    for (const label of ['FAQ', 'Article', 'Training path', 'Training module', 'Event', 'Story']) assert.ok(badges.includes(label), `${label} in ${badges.join(', ')}`);
    const marks = await results(page).locator('mark').allInnerTexts();
    assert.ok(marks.length >= 6 && marks.every((m) => m.toLowerCase() === 'canvas'), marks.join(','));
    await page.getByRole('status').getByText(/results for “canvas”/).waitFor();
    assert.equal(await results(page).locator('img, b').count(), 0, 'no markup from content is rendered');
    await results(page).getByText('Canvas <b>bold</b> audit trail').waitFor();
    assert.equal(await page.evaluate('window.pwned'), undefined);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'search-results-light');
  });

  const pages: Array<{ chip: string; kind: string; title?: string; lands: (page: Page) => Promise<void> }> = [
    { chip: 'FAQ', kind: 'FAQ', lands: async (page) => { await waitForHeading(page, 'Ask the CoE'); assert.equal(new URL(page.url()).searchParams.get('q'), 'Who can open a canvas app I built?'); } },
    { chip: 'Articles', kind: 'Article', lands: async (page) => { await waitForHeading(page, 'Ask the CoE'); assert.equal(new URL(page.url()).searchParams.get('q'), 'Canvas layout guide'); } },
    { chip: 'Paths', kind: 'Training path', lands: async (page) => { await waitForHeading(page, 'Canvas basics'); assert.equal(new URL(page.url()).pathname, `/training/${ids.pathId}`); } },
    { chip: 'Modules', kind: 'Training module', lands: async (page) => { await waitForHeading(page, 'Canvas basics'); await page.locator(`#module-${ids.moduleId}`).getByText('Share your app').waitFor(); } },
    { chip: 'Events', kind: 'Event', lands: async (page) => { await waitForHeading(page, 'Canvas app clinic'); assert.equal(new URL(page.url()).pathname, `/events/${ids.eventId}`); } },
    { chip: 'Stories', kind: 'Story', title: 'Canvas app for site inspections', lands: async (page) => { await waitForHeading(page, 'Canvas app for site inspections'); assert.equal(new URL(page.url()).pathname, `/stories/${ids.storyId}`); } },
  ];

  it('when a kind chip is chosen with the keyboard, then only that kind shows, and Enter on a result opens its page — for each kind', async () => {
    const page = await session.open('/search?q=canvas&theme=light');
    for (const { chip: name, kind, title, lands } of pages) {
      await waitForResults(page);
      const toggle = chip(page, name);
      await toggle.focus();
      await page.keyboard.press('Space');
      await page.waitForURL((url) => url.searchParams.get('kind') !== null);
      await page.getByRole('group', { name: 'Show only' }).getByRole('button', { name, exact: true, pressed: true }).waitFor();
      // A function, not a string: the tab's CSP forbids eval, and Playwright evals string predicates.
      await page.waitForFunction((wanted) => {
        const badges = [...(globalThis as any).document.querySelectorAll('[aria-label="Search results"] .fui-Badge')].map((e: any) => e.textContent);
        return badges.length > 0 && badges.every((t) => t === wanted);
      }, kind);
      const link = title ? results(page).getByRole('link', { name: title }) : results(page).getByRole('link').first();
      await link.focus();
      await page.keyboard.press('Enter');
      await lands(page);
      await page.goBack();
      await waitForHeading(page, 'Search');
      await chip(page, 'All').click();
    }
  });

  it('when nothing matches or the server fails, then the page says so and Retry searches again', async () => {
    const page = await session.open('/search?q=xylophonequartz&theme=light');
    await page.getByRole('status').getByText('Nothing found for “xylophonequartz”.').waitFor({ timeout: 30_000 });
    await page.getByText('No matches').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'search-empty-light');

    await page.route('**/api/search?*', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: 'Something went wrong on our side. Reference: test' } }) }));
    await page.getByRole('searchbox', { name: 'Search Maker Hub' }).last().fill('canvas');
    await page.getByRole('alert').getByText('The search did not work').waitFor({ timeout: 30_000 });
    await page.unroute('**/api/search?*');
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForResults(page);
  });

  for (const theme of ['dark', 'contrast'] as const) {
    it(`when results show in the ${theme} theme, then they pass axe`, async () => {
      const page = await session.open(`/search?q=canvs&theme=${theme}`);
      await waitForResults(page);
      await results(page).locator('mark').first().waitFor();
      await expectNoSeriousA11yViolations(page);
      await saveScreenshot(page, `search-results-${theme}`);
    });
  }

  it('when a maker on a phone taps the header’s search button and types, then results come without pressing Enter and nothing scrolls sideways', async () => {
    const page = await session.open('/?theme=light', { viewport: PHONE });
    await waitForHeading(page, /./);
    await page.getByRole('banner').getByRole('button', { name: 'Search Maker Hub' }).click();
    await waitForHeading(page, 'Search');
    await page.getByText('What are you looking for?').waitFor();
    await page.getByRole('searchbox', { name: 'Search Maker Hub' }).fill('inspectoins');
    const items = await waitForResults(page);
    assert.equal(await items.first().getByRole('link').innerText(), 'Canvas app for site inspections');
    assert.equal(await sidewaysOverflow(page), 0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'search-results-phone-light');
  });
});
