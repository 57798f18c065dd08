/**
 * The tab's own router (tab/src/lib/router) in a real browser: deep links into nested routes,
 * unknown addresses, links that change the page without reloading it, back and forward, the query
 * string, and /config outside the app's chrome.
 */
import assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { waitForHeading } from '../helpers/tab-journey.js';
import { tabSession } from '../helpers/tab-session.js';
import { openTabInTeams, TEAMS_HOST_URL } from '../helpers/teams-host.js';

/** Marks the document, so a full page load (which would drop the mark) can be told from a router change. */
const markDocument = (page: Page) => page.evaluate(() => (globalThis as any).document.documentElement.setAttribute('data-test-mark', 'kept'));
const markKept = async (page: Page) => (await page.locator('html').getAttribute('data-test-mark')) === 'kept';
const nav = (page: Page | Frame) => page.getByRole('navigation', { name: 'Maker Hub' });

describe('tab: routing, deep links, back and forward (Chromium)', function () {
  this.timeout(120_000);
  const session = tabSession({ name: 'tab-router', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' } });

  it('when a navigation link is clicked, then the page changes without a reload, the link is current, and back and forward restore both pages', async () => {
    const page = await session.open('/?theme=light');
    await waitForHeading(page, /^Welcome, /);
    await markDocument(page);
    assert.equal(await nav(page).getByRole('link', { name: 'Home' }).getAttribute('aria-current'), 'page');
    await nav(page).getByRole('link', { name: 'Events' }).click();
    await waitForHeading(page, 'Community events');
    assert.equal(new URL(page.url()).pathname, '/events');
    assert.equal(await nav(page).getByRole('link', { name: 'Events' }).getAttribute('aria-current'), 'page');
    assert.equal(await nav(page).getByRole('link', { name: 'Home' }).getAttribute('aria-current'), null, 'Home is current only on /');
    assert.ok(await markKept(page), 'the click did not load a new document');

    await page.goBack();
    await waitForHeading(page, /^Welcome, /);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.goForward();
    await waitForHeading(page, 'Community events');
    assert.ok(await markKept(page), 'back and forward stayed in the same document');
  });

  it('when a deep link names an item of a nested route, then that item opens, and its section stays current', async () => {
    const list = await session.open('/events?theme=light');
    await waitForHeading(list, 'Community events');
    const href = await list.locator('main a[href^="/events/"]').first().getAttribute('href');
    assert.ok(href, 'the sample content has an event');
    const page = await session.open(`${href}?theme=light`);
    await page.locator('main h1').first().waitFor();
    assert.notEqual(await page.locator('main h1').first().innerText(), 'Page not found');
    assert.equal(await nav(page).getByRole('link', { name: 'Events' }).getAttribute('aria-current'), 'page', 'a section stays current on its pages');
  });

  it('when an address is unknown, at the top or inside a feature, then "Page not found" shows in the app, and its button leads Home', async () => {
    for (const path of ['/no-such-page', '/stories/s1/edit/more']) {
      const page = await session.open(`${path}?theme=light`);
      await waitForHeading(page, 'Page not found');
      assert.ok(await nav(page).isVisible(), `${path}: the app's navigation is there`);
    }
    const page = await session.open('/no-such-page?theme=light');
    await waitForHeading(page, 'Page not found');
    await markDocument(page);
    await page.getByRole('button', { name: 'Go to Home' }).click();
    await waitForHeading(page, /^Welcome, /);
    assert.ok(await markKept(page));
  });

  it('when the header search is used, then the query lands in the address and the search page reads it', async () => {
    const page = await session.open('/?theme=light');
    await waitForHeading(page, /^Welcome, /);
    await markDocument(page);
    await page.getByRole('searchbox', { name: 'Search Maker Hub' }).fill('power automate');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'power automate');
    assert.ok(await markKept(page));
  });

  it('when /config opens (Teams’ "add a tab" dialog), then it shows without the app’s navigation', async () => {
    const page = await session.open('/config');
    await page.getByRole('heading', { name: 'Add Maker Hub to this channel' }).waitFor();
    assert.equal(await nav(page).count(), 0);
  });
  /** The tab framed by a stand-in Teams client whose context names `subEntityId` (a card's deep link). */
  const openInTeams = (tabPath: string, subEntityId: string) => openTabInTeams(session, 'en-us', tabPath, { subEntityId });

  /** The first item link of a list page, e.g. `/events/<id>`. */
  async function firstItemHref(path: string, pattern: RegExp): Promise<string> {
    const list = await session.open(`${path}?theme=light`);
    // The list arrives after the page's heading: wait for an item's link, not only for the page.
    const hrefs = async () => list.locator('main a').evaluateAll((links) => links.map((a: any) => (a.getAttribute('href') as string | null) ?? ''));
    for (let tries = 0; tries < 60; tries += 1) {
      const href = (await hrefs()).find((h) => pattern.test(h));
      if (href) return href;
      await list.waitForTimeout(500);
    }
    assert.fail(`the sample content has no item on ${path}`);
  }

  for (const { kind, list, pattern } of [
    { kind: 'event', list: '/events', pattern: /^\/events\/[^/]+$/ },
    // Stories follow the same path (stories-page.tsx); the sample content has no published story to open.
  ]) {
    it(`when Teams opens the ${list.slice(1)} tab with the sub-entity "${kind}:<id>", then the tab replaces its address with the ${kind}'s page`, async () => {
      const href = await firstItemHref(list, pattern);
      const id = decodeURIComponent(href.split('/')[2]!);
      const { page, tab } = await openInTeams(`${list}?inTeams=1`, `${kind}:${id}`);
      await tab.waitForURL((url) => url.pathname === href, { timeout: 30_000 });
      await tab.locator('main h1').first().waitFor();
      assert.notEqual(await tab.locator('main h1').first().innerText(), 'Page not found');
      // The list's entry was replaced, not pushed: back leaves the Teams host instead of showing the list.
      await page.goBack();
      await page.waitForURL((url) => url.href !== TEAMS_HOST_URL);
    });
  }
});
