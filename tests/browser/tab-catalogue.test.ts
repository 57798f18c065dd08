/**
 * The tab downloads the words of the language it speaks only (a chunk per language, without the
 * bot's namespace), and English stands in when that chunk cannot be fetched: never a raw key.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { tabSession, waitForHeading } from '../helpers/tab-session.js';

/** The catalogue chunks the page fetched ("en", "de"), from the browser's own resource timing. */
async function catalogueChunks(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  return names.flatMap((name) => /\/assets\/(en|de)-[\w-]+\.js$/.exec(name)?.[1] ?? []).sort();
}

describe('tab: one language catalogue per page load (Chromium)', function () {
  this.timeout(120_000);
  const session = tabSession({ name: 'tab-catalogue', settings: { SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' }, context: { locale: 'de-DE' } });

  it('when the browser speaks German, then only the German catalogue is fetched and the bot’s texts are not in it', async () => {
    const page = await session.open('/?theme=light');
    await waitForHeading(page, /^Willkommen, /);
    assert.deepEqual(await catalogueChunks(page), ['de']);
    const chunk = await page.evaluate(async () => {
      const url = performance.getEntriesByType('resource').map((entry) => entry.name).find((name) => /\/assets\/de-[\w-]+\.js$/.test(name));
      return url === undefined ? '' : (await fetch(url)).text();
    });
    assert.match(chunk, /Willkommen/);
    assert.doesNotMatch(chunk, /Das habe ich leider nicht verstanden|notUnderstoodTitle/, 'the bot’s namespace stays out of the tab');
  });

  it('when the German catalogue cannot be fetched, then the tab speaks English (lang="en"), with no raw keys', async () => {
    const page = await session.open('/?theme=light');
    await waitForHeading(page, /^Willkommen, /);
    await page.context().route(/\/assets\/de-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${session.app.baseUrl}/?theme=light`);
    await waitForHeading(page, /^Welcome, /);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const text = await page.locator('body').innerText();
    assert.doesNotMatch(text, /\b(home|shell|common|events|training)\.[a-z]+/i, 'no i18n key is shown');
    assert.ok(await page.getByRole('navigation', { name: 'Maker Hub' }).getByRole('link', { name: 'Events' }).isVisible());
  });
});
