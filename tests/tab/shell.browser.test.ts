import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, saveScreenshot, watchCsp } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { TAB_ORIGIN, TEAMS_HOST_URL, teamsHostPage } from '../helpers/teams-host.js';

/** The test app's development identity (a coe-admin) and a plain maker. */
const ADMIN_NAME = 'Ada Admin';
const MAKER_ID = '00000000-0000-0000-0000-00000000b002';

/** Each navigation entry, where it leads and the heading the page shows. */
const PAGES = [
  { label: 'Ask', path: '/ask', heading: 'Ask the CoE' },
  { label: 'Training', path: '/training', heading: 'Training paths' },
  { label: 'Events', path: '/events', heading: 'Community events' },
  { label: 'Stories', path: '/stories', heading: 'Success stories' },
  { label: 'My requests', path: '/requests', heading: 'My requests' },
  { label: 'Admin', path: '/admin', heading: 'CoE admin' },
  { label: 'Home', path: '/', heading: `Welcome, ${ADMIN_NAME}` },
] as const;

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe('tab: shell, navigation, theme and accessibility (Chromium)', function () {
  let app: TestApp;
  let browser: Browser;
  /** Requests the tab tried to send anywhere but the test server (it must not, e.g. to a CDN). */
  let offsiteRequests: string[];
  /** Uncaught errors and crashes the error boundary caught: every test expects none. */
  let pageErrors: string[];
  const contexts: BrowserContext[] = [];

  before(async function () {
    const index = path.resolve('dist', 'tab', 'index.html');
    assert.ok(existsSync(index), `The tab is not built: run "npx vite build --config tab/vite.config.ts" first (${index} is missing).`);
    app = await startTestApp();
    browser = await launchBrowser();
  });

  beforeEach(() => {
    offsiteRequests = [];
    pageErrors = [];
  });

  afterEach(async function () {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    if (this.currentTest?.state !== 'passed') return;
    assert.deepEqual(pageErrors, [], 'the tab threw or crashed');
    assert.deepEqual(offsiteRequests, [], 'the tab sent requests beyond the test server');
  });

  /** A new page in `context` whose errors are collected. */
  async function newWatchedPage(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    watchCsp(page, pageErrors);
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('Maker Hub tab crashed')) pageErrors.push(message.text());
    });
    return page;
  }

  after(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A fresh browser tab (own sessionStorage) that may only talk to the test server. */
  async function openTab(pathAndQuery: string, viewport = DESKTOP, seen?: (url: string) => void): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const origin = new URL(app.baseUrl).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      seen?.(url);
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      offsiteRequests.push(url);
      return route.abort();
    });
    const page = await newWatchedPage(context);
    await page.goto(app.baseUrl + pathAndQuery);
    return page;
  }

  /** Waits for the page's h1 to read `text` and returns it. */
  async function heading(page: Page, text: string): Promise<string> {
    const h1 = page.locator('main h1');
    await h1.filter({ hasText: text }).waitFor({ timeout: 10_000 });
    return (await h1.innerText()).trim();
  }

  /** The desktop navigation landmark. */
  function nav(page: Page) {
    return page.getByRole('navigation', { name: 'Maker Hub' });
  }

  // Page-side expressions are strings: the tests are type-checked without the DOM library.

  /** Relative luminance (0 dark … 1 light) of the document's background colour. */
  async function backgroundLuminance(page: Page): Promise<number> {
    const colour = await page.evaluate<string>('getComputedStyle(document.documentElement).backgroundColor');
    const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  }

  /** How many pixels the page scrolls sideways (0 when nothing overflows). */
  function horizontalOverflow(page: Page): Promise<number> {
    return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`when an admin clicks through every page in the ${theme} theme, then each heading, title and current nav entry follow`, async () => {
      const page = await openTab(`/?theme=${theme}`);
      assert.equal(await heading(page, 'Welcome'), `Welcome, ${ADMIN_NAME}`);
      assert.equal(await page.locator('html').getAttribute('data-theme'), theme);
      const luminance = await backgroundLuminance(page);
      assert.ok(theme === 'dark' ? luminance < 0.3 : luminance > 0.7, `${theme} background has luminance ${luminance}`);

      for (const target of PAGES) {
        await nav(page).getByRole('link', { name: target.label, exact: true }).click();
        assert.equal(await heading(page, target.heading), target.heading);
        assert.equal(new URL(page.url()).pathname, target.path);
        assert.equal(await nav(page).locator('[aria-current="page"]').innerText(), target.label);
        assert.match(await page.title(), / · Maker Hub$/);
      }
      // The theme survives in-app navigation (which drops the query string).
      assert.equal(await page.locator('html').getAttribute('data-theme'), theme);
    });
  }

  it('when the tab opens in the light theme, then no other theme is fetched; in dark, only the dark theme, before the first paint of the app', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const chunks: string[] = [];
      const page = await openTab(`/?theme=${theme}`, DESKTOP, (url) => {
        const { pathname } = new URL(url);
        if (pathname.startsWith('/assets/theme-')) chunks.push(pathname);
      });
      assert.equal(await heading(page, 'Welcome'), `Welcome, ${ADMIN_NAME}`);
      assert.deepEqual(chunks.map((c) => c.replace(/^\/assets\/(theme-\w+)-.*$/, '$1')), theme === 'light' ? [] : ['theme-dark']);
      const luminance = await backgroundLuminance(page);
      assert.ok(theme === 'dark' ? luminance < 0.3 : luminance > 0.7, `${theme} background has luminance ${luminance}`);
    }
  });

  it('when a dark-themed tab is reloaded on a deep link without ?theme, then it stays dark and shows that page', async () => {
    const page = await openTab('/?theme=dark');
    await heading(page, 'Welcome');
    await page.goto(`${app.baseUrl}/stories`);
    assert.equal(await heading(page, 'Success stories'), 'Success stories');
    assert.equal(await page.title(), 'Success stories · Maker Hub');
    assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  });

  it('when the development identity is signed in, then the header shows the user, a development badge, and Home leads to the waiting work', async () => {
    const page = await openTab('/?theme=light');
    await heading(page, 'Welcome');
    const banner = page.getByRole('banner');
    assert.match(await banner.innerText(), new RegExp(ADMIN_NAME));
    // The badge's code loads on its own (development sign-in only): wait for it, fail if it never comes.
    await banner.getByText('Development identity').waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await page.title(), 'Home · Maker Hub');

    // Home leads to the work waiting for the admin's role and, on a first visit, to the first steps (issue #15);
    // the navigation bar leads to every page.
    const work = page.getByRole('region', { name: 'Waiting for you' });
    assert.deepEqual(await work.getByRole('link').allInnerTexts(), ['Requests waiting for approval', 'Stories to moderate', 'Knowledge gaps this week', 'Events without announcements']);
    assert.deepEqual(await nav(page).getByRole('link').allInnerTexts(), ['Home', 'Ask', 'Training', 'Events', 'Stories', 'My requests', 'Admin']);
    await page.locator('main').getByRole('link', { name: 'See what is coming up' }).click();
    assert.equal(await heading(page, 'Community events'), 'Community events');
  });

  it('when a maker uses the tab, then Admin is not offered and /admin explains the missing role', async () => {
    const page = await openTab(`/?theme=light&devUser=${MAKER_ID}`);
    await heading(page, 'Welcome');
    const labels = await nav(page).getByRole('link').allInnerTexts();
    assert.deepEqual(labels, ['Home', 'Ask', 'Training', 'Events', 'Stories', 'My requests']);
    assert.equal(await page.locator('main').getByRole('link', { name: 'Admin' }).count(), 0);

    // A deep link in the same browser tab: the dev user is remembered for the session.
    await page.goto(`${app.baseUrl}/admin`);
    assert.equal(await heading(page, 'CoE admin'), 'CoE admin');
    await page.getByText('You need the CoE admin role').waitFor();
    assert.doesNotMatch(await page.getByRole('banner').innerText(), new RegExp(ADMIN_NAME));
  });

  it('when the tab is phone-sized, then nothing overflows sideways and the menu navigates', async () => {
    const page = await openTab('/?theme=light', PHONE);
    await heading(page, 'Welcome');
    assert.equal(await horizontalOverflow(page), 0, 'Home scrolls sideways at 390 px');
    assert.equal(await nav(page).count(), 0, 'the desktop navigation is replaced by a menu');
    await saveScreenshot(page, 'tab-phone-home-light');

    for (const target of [PAGES[3], PAGES[4], PAGES[0]]) {
      const menuButton = page.getByRole('button', { name: 'Open navigation' });
      await menuButton.click();
      const drawerNav = page.getByRole('dialog').getByRole('navigation', { name: 'Maker Hub' });
      await drawerNav.getByRole('link', { name: target.label, exact: true }).click();
      assert.equal(await heading(page, target.heading), target.heading);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      assert.equal(await horizontalOverflow(page), 0, `${target.path} scrolls sideways at 390 px`);
    }

    await page.getByRole('button', { name: 'Open navigation' }).click();
    const current = page.getByRole('dialog').locator('[aria-current="page"]');
    assert.equal(await current.innerText(), 'Ask');
    // The icons load with the drawer (shell/page-icons.ts), not with the first load: one per link.
    const links = page.getByRole('dialog').getByRole('navigation', { name: 'Maker Hub' }).getByRole('link');
    assert.equal(await links.locator('svg').count(), await links.count());
    await saveScreenshot(page, 'tab-phone-menu-light');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`when Home is shown in the ${theme} theme, then axe finds no serious or critical violation`, async () => {
      const page = await openTab(`/?theme=${theme}`);
      await heading(page, 'Welcome');
      await saveScreenshot(page, `tab-home-${theme}`);
      await expectNoSeriousA11yViolations(page);
    });
  }

  it('when the phone menu is open in the dark theme, then axe finds no serious or critical violation', async () => {
    const page = await openTab('/events?theme=dark', PHONE);
    await heading(page, 'Community events');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Events' }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('when the channel tab configuration page is opened outside Teams, then it offers Events and Stories without app chrome', async () => {
    const page = await openTab('/config?theme=light');
    await page.getByRole('heading', { level: 1, name: 'Add Maker Hub to this channel' }).waitFor();
    const radios = page.getByRole('radio');
    assert.equal(await radios.count(), 2);
    assert.equal(await page.getByRole('radio', { name: /Events/ }).isChecked(), true);
    await page.getByRole('radio', { name: /Stories/ }).check();
    assert.equal(await page.getByRole('radio', { name: /Stories/ }).isChecked(), true);
    assert.equal(await nav(page).count(), 0);
    await expectNoSeriousA11yViolations(page);
  });

  it('when /api/me fails once, then the server message and a Retry button are shown, and Retry recovers', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    let failures = 1;
    await context.route('**/api/me', async (route) => {
      if (failures-- > 0) {
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'unavailable', message: 'The database is taking a break.' } }),
        });
      } else {
        await route.continue();
      }
    });
    const page = await newWatchedPage(context);
    await page.goto(`${app.baseUrl}/events?theme=light`);
    assert.equal(await heading(page, 'load'), "We couldn't load your Maker Hub profile");
    assert.match(await page.getByRole('alert').innerText(), /The database is taking a break\./);
    await page.getByRole('button', { name: 'Retry' }).click();
    assert.equal(await heading(page, 'Community events'), 'Community events');
  });

  it('when a Teams host frames the tab, then it takes the Teams theme, follows theme changes and sends the SSO token', async () => {
    // The stand-in Teams web client (tests/helpers/teams-host.ts), routed here by hand: this test
    // keeps the SSO token on the tab's requests and records which theme chunks the tab fetches.
    const hostUrl = TEAMS_HOST_URL;
    const tabOrigin = TAB_ORIGIN;
    const context = await browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const authHeaders: string[] = [];
    const themeChunks: string[] = [];
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      if (url.href === hostUrl) return route.fulfill({ contentType: 'text/html', body: teamsHostPage(`${tabOrigin}/events?inTeams=1`, { theme: 'dark', entityId: 'events' }) });
      if (url.origin === tabOrigin) {
        if (url.pathname.startsWith('/assets/theme-')) themeChunks.push(url.pathname.slice('/assets/'.length));
        if (url.pathname === '/api/me') authHeaders.push((await request.allHeaders())['authorization'] ?? '');
        const response = await route.fetch({ url: app.baseUrl + url.pathname + url.search });
        return route.fulfill({ response });
      }
      offsiteRequests.push(url.href);
      return route.abort();
    });
    const page = await newWatchedPage(context);
    await page.goto(hostUrl);
    const tab = page.frameLocator('iframe');

    // The fake token is no valid Entra token: the server refuses it, and the tab says so.
    await tab.getByRole('heading', { level: 1, name: "We couldn't load your Maker Hub profile" }).waitFor({ timeout: 10_000 });
    assert.deepEqual([...new Set(authHeaders)], ['Bearer fake-teams-sso-token']);
    assert.equal(await tab.locator('html').getAttribute('data-theme'), 'dark');
    assert.match(await tab.getByRole('alert').innerText(), /\S/);

    // Dark came before the first render (no light flash); contrast's tokens are fetched on the switch
    // and then recolour the app itself, not only the document behind it.
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    const colours = () => frame.evaluate<string[]>("[document.documentElement, document.querySelector('.fui-FluentProvider')].flatMap((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color])");
    assert.deepEqual(await colours(), ['rgb(31, 31, 31)', 'rgb(255, 255, 255)', 'rgb(31, 31, 31)', 'rgb(255, 255, 255)']);
    assert.equal(themeChunks.filter((c) => c.startsWith('theme-contrast')).length, 0, 'contrast is not fetched before it is asked for');
    await page.evaluate("document.querySelector('iframe').contentWindow.postMessage({ func: 'themeChange', args: ['contrast'] }, '*')");
    await tab.locator('html[data-theme="contrast"]').waitFor();
    assert.deepEqual(await colours(), ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    assert.deepEqual(themeChunks.map((c) => c.match(/^theme-(dark|contrast)-/)?.[1]), ['dark', 'contrast']);
    // And back: a theme fetched once is not fetched again.
    await page.evaluate("document.querySelector('iframe').contentWindow.postMessage({ func: 'themeChange', args: ['dark'] }, '*')");
    await tab.locator('html[data-theme="dark"]').waitFor();
    assert.equal((await colours())[2], 'rgb(31, 31, 31)');
    assert.equal(themeChunks.length, 2);

    // teams-js itself asks Microsoft's CDN for its list of valid origins; that is all it may send.
    assert.ok(offsiteRequests.every((url) => url.startsWith('https://res.cdn.office.net/teams-js/')), offsiteRequests.join(', '));
    offsiteRequests = [];
  });

  it('when an unknown tab path is opened, then a friendly not-found page leads back Home', async () => {
    const page = await openTab('/no-such-page?theme=light');
    assert.equal(await heading(page, 'Page not found'), 'Page not found');
    await page.getByRole('button', { name: 'Go to Home' }).click();
    assert.equal(await heading(page, 'Welcome'), `Welcome, ${ADMIN_NAME}`);
  });
});
