import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, saveScreenshot, watchCsp } from './browser.js';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface TabSessionOptions {
  /** Prefix of a failed test's screenshot: test-results/screenshots/<name>-failed-<test>.png. */
  readonly name: string;
  /** Settings of the suite's app (over the test defaults). */
  readonly settings: Record<string, string>;
  /** What every page's browser context starts from (locale, time zone). */
  readonly context?: BrowserContextOptions;
  /** Options of the suite's app, made when the suite starts (after other `before` hooks). */
  readonly app?: () => TestAppOptions;
  /** Console errors beyond the tab's own checks that fail a test (e.g. every one but refused requests). */
  readonly failOnConsoleError?: (text: string) => boolean;
}

export interface OpenOptions {
  readonly viewport?: { width: number; height: number };
  readonly timezoneId?: string;
  /** Another app than the suite's, e.g. one a test started with its own clock. */
  readonly baseUrl?: string;
  /** Headers every request of the page sends (the development sign-in's name). */
  readonly headers?: Record<string, string>;
  readonly acceptDownloads?: boolean;
}

export interface TabSession {
  /** The suite's app, started in `before`. */
  readonly app: TestApp;
  /** Opens the tab at `pathAndQuery` in a new browser context: its own storage, so one person each. */
  open(pathAndQuery: string, options?: OpenOptions): Promise<Page>;
}

/**
 * What every Chromium suite of the tab sets up, as mocha hooks (call it inside `describe`): one app
 * and one browser for the suite, a browser context per page, a screenshot of the last page when a
 * test fails, contexts closed after each test, and a passed test failed after all when a page threw.
 */
export function tabSession(options: TabSessionOptions): TabSession {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let errors: string[] = [];
  const contexts: BrowserContext[] = [];

  before(async () => {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npm run build:tab" first.');
    app = await startTestApp(options.settings, options.app?.());
    browser = await launchBrowser();
  });
  beforeEach(() => {
    errors = [];
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') {
      const last = contexts.flatMap((c) => c.pages()).at(-1);
      if (last) await saveScreenshot(last, `${options.name}-failed-${test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => undefined);
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    if (test?.state === 'passed') assert.deepEqual(errors, [], 'the tab threw or crashed');
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  return {
    get app() {
      assert.ok(app, 'the app starts in the suite’s before hook');
      return app;
    },
    async open(pathAndQuery, { viewport = DESKTOP, timezoneId, baseUrl, headers, acceptDownloads } = {}) {
      assert.ok(browser && app, 'the browser starts in the suite’s before hook');
      const context = await browser.newContext({
        ...options.context,
        viewport,
        ...(timezoneId ? { timezoneId } : {}),
        ...(headers ? { extraHTTPHeaders: headers } : {}),
        ...(acceptDownloads === undefined ? {} : { acceptDownloads }),
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      // The suites run under the tab's Content-Security-Policy: anything it blocks fails the test.
      watchCsp(page, errors);
      // A key the page's words do not hold (tab/src/app/page-words.ts) is logged by lib/i18n.ts.
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        if (m.text().startsWith('Missing catalogue key') || options.failOnConsoleError?.(m.text())) errors.push(m.text());
      });
      await page.goto((baseUrl ?? app.baseUrl) + pathAndQuery);
      return page;
    },
  };
}

