/**
 * The order of Home's first load (docs/tab-speed.md, round nine): the entry chunk holds no React,
 * so the session's and Home's calls start while the app's code is still on its way, and index.html
 * names that code as module preloads, so it downloads side by side with the entry, not after it.
 * Each test slows one chunk down and checks what the browser did meanwhile.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const SLOW_MS = 800;

describe('tab: the order of the first load (Chromium)', function () {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext | undefined;

  before(async () => {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npm run build:tab" first.');
    app = await startTestApp();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  /**
   * Opens Home with the chunks whose path matches `slow` held back by SLOW_MS; returns when each
   * request was sent and when each held-back response was let through (ms since navigation).
   */
  async function openWithSlowChunk(slow: RegExp): Promise<{ page: Page; sent: Map<string, number>; released: Map<string, number> }> {
    context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    const sent = new Map<string, number>();
    const released = new Map<string, number>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (!sent.has(pathname)) sent.set(pathname, Date.now() - start);
    });
    await context.route(slow, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      released.set(new URL(route.request().url()).pathname, Date.now() - start);
      await route.continue();
    });
    await page.goto(app.baseUrl + '/');
    await page.locator('main h1').filter({ hasText: 'Welcome' }).waitFor({ timeout: 15_000 });
    return { page, sent, released };
  }

  it('when React’s chunk is slow to arrive, then the profile’s and Home’s calls are already out, and Home is drawn once it comes', async () => {
    const { sent, released } = await openWithSlowChunk(/\/assets\/react-[\w-]+\.js$/);
    const [reactChunk, reactReleased] = [...released][0] ?? [];
    assert.ok(reactChunk && reactReleased !== undefined, 'the React chunk was requested');
    for (const call of ['/api/me', '/api/home']) {
      const at = sent.get(call);
      assert.ok(at !== undefined && at < reactReleased, `${call} was sent at ${at} ms, before React arrived at ${reactReleased} ms`);
    }
  });

  it('when the entry chunk is slow to arrive, then the app’s code and React are already downloading beside it', async () => {
    const { sent, released } = await openWithSlowChunk(/\/assets\/index-[\w-]+\.js$/);
    const [, entryReleased] = [...released][0] ?? [];
    assert.ok(entryReleased !== undefined, 'the entry chunk was requested');
    const preloaded = [...readFileSync(path.resolve('dist', 'tab', 'index.html'), 'utf8').matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(preloaded.some((href) => /^\/assets\/react-/.test(href)), `index.html preloads React's chunk: ${preloaded.join(', ')}`);
    assert.ok(preloaded.length >= 2, `index.html preloads the app's chunk beside React's: ${preloaded.join(', ')}`);
    for (const chunk of preloaded) {
      const at = sent.get(chunk);
      assert.ok(at !== undefined && at < entryReleased, `${chunk} was requested at ${at} ms, before the entry arrived at ${entryReleased} ms`);
    }
  });
});
