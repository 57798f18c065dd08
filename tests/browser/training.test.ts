/**
 * The Training pages in Chromium, as makers and CoE admins use them: seeded paths, progress that
 * survives a reload, the recommendation on Home, admin editing; light and dark, desktop and phone,
 * with axe. Screenshots: test-results/screenshots/training-*.png.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, launchBrowser, saveScreenshot } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const MAKER_ID = '00000000-0000-0000-0000-00000000b002';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe('tab: training paths (Chromium)', function () {
  this.timeout(120_000);
  let app: TestApp;
  let browser: Browser;
  let errors: string[];
  const contexts: BrowserContext[] = [];

  before(async () => {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npx vite build --config tab/vite.config.ts" first.');
    // Seeded from content/training: five paths, as a fresh `npm start` shows them.
    app = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' });
    browser = await launchBrowser();
  });
  beforeEach(() => {
    errors = [];
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const pages = contexts.flatMap((c) => c.pages());
      const last = pages[pages.length - 1];
      if (last) await saveScreenshot(last, `training-failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => undefined);
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    if (this.currentTest?.state === 'passed') assert.deepEqual(errors, [], 'the tab threw or crashed');
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(pathAndQuery: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.baseUrl + pathAndQuery);
    return page;
  }
  const h1 = (page: Page, text: string | RegExp) => page.locator('main h1').filter({ hasText: text }).waitFor({ timeout: 30_000 });
  const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

  it('when a maker ticks modules off, then progress and the next module persist after a reload and show on the list', async () => {
    const page = await open(`/training?theme=light&devUser=${MAKER_ID}`);
    await h1(page, 'Training paths');
    const cards = page.locator('main li');
    await cards.first().waitFor();
    assert.equal(await cards.count(), 5);
    assert.match(await cards.first().innerText(), /Recommended[\s\S]*Your first Power App/);
    await page.getByRole('link', { name: 'Your first Power App' }).click();
    await h1(page, 'Your first Power App');

    await page.getByRole('checkbox', { name: 'Mark “What is Power Apps?” as done' }).check();
    await page.getByText('1 of 11 modules done (9%)').waitFor();
    await page.getByRole('checkbox', { name: 'Mark “What are canvas apps?” as done' }).check();
    await page.getByText('2 of 11 modules done (18%)').waitFor();
    assert.match(await page.getByRole('link', { name: /Resume: Open and run a sample app/ }).innerText(), /Resume/);
    await saveScreenshot(page, 'training-path-light');

    await page.reload();
    await h1(page, 'Your first Power App');
    await page.getByText('2 of 11 modules done (18%)').waitFor();
    assert.equal(await page.getByRole('checkbox', { name: 'Mark “What is Power Apps?” as done' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Mark “Open and run a sample app” as done' }).isChecked(), false);
    assert.equal(await page.locator('li', { hasText: 'Open and run a sample app' }).getByText('Up next').count(), 1);

    await page.getByRole('link', { name: 'All training paths' }).click();
    await h1(page, 'Training paths');
    assert.match(await page.locator('main li').first().innerText(), /Continue[\s\S]*18% · 11 modules/);
  });

  it('when a maker finishes every module of a path, then the badge shows on the path and the list', async () => {
    const page = await open(`/training?theme=light&devUser=00000000-0000-0000-0000-00000000b0aa`);
    await h1(page, 'Training paths');
    await page.getByRole('link', { name: 'Dataverse and model-driven apps' }).click();
    await h1(page, 'Dataverse and model-driven apps');
    const boxes = page.getByRole('checkbox');
    const n = await boxes.count();
    for (let i = 0; i < n; i++) {
      await boxes.nth(i).check();
      await page.getByText(`${i + 1} of ${n} modules done`).waitFor();
    }
    await page.getByText('Path complete — badge earned!').waitFor();
    await saveScreenshot(page, 'training-path-complete-light');
    await page.getByRole('link', { name: 'All training paths' }).click();
    assert.match(await page.locator('main li', { hasText: 'Dataverse and model-driven apps' }).innerText(), /Completed/);
  });

  it('when Home is opened, then makers are offered the new-maker path and admins the governance path', async () => {
    const maker = await open(`/?theme=light&devUser=00000000-0000-0000-0000-00000000b0bb`);
    await h1(maker, /Welcome/);
    const section = maker.getByRole('region', { name: 'Recommended training' });
    await section.waitFor();
    assert.match(await section.innerText(), /Your first Power App[\s\S]*Recommended for new makers\.[\s\S]*Next up: What is Power Apps\?/);
    await section.getByRole('button', { name: 'Start the path' }).click();
    await h1(maker, 'Your first Power App');

    const admin = await open('/?theme=light');
    await h1(admin, /Welcome/);
    assert.match(await admin.getByRole('region', { name: 'Recommended training' }).innerText(), /Governance for CoE admins/);
    await saveScreenshot(admin, 'training-home-recommended-light');
  });

  it('when an admin reorders and retires a module on the Admin page, then makers see the new order without it', async () => {
    const page = await open('/admin?theme=light');
    await h1(page, 'CoE admin');
    const card = page.locator('main li', { hasText: 'Automate with Power Automate' }).first();
    await card.getByRole('button', { name: /^Modules/ }).click();
    await card.getByRole('button', { name: 'Move “Get started with Power Automate” down' }).click();
    await card.getByRole('list', { name: 'Modules of Automate with Power Automate' }).locator('li').first().filter({ hasText: 'Overview of cloud flows' }).waitFor();
    await card.getByRole('button', { name: 'Retire “Introduction to desktop flows”' }).click();
    await card.getByRole('button', { name: 'Restore “Introduction to desktop flows”' }).waitFor();
    await saveScreenshot(page, 'training-admin-light');
    await expectNoSeriousA11yViolations(page);

    const maker = await open(`/training?theme=light&devUser=${MAKER_ID}`);
    await h1(maker, 'Training paths');
    await maker.getByRole('link', { name: 'Automate with Power Automate' }).click();
    await h1(maker, 'Automate with Power Automate');
    const titles = await maker.getByRole('list', { name: 'Modules' }).locator('h3').allInnerTexts();
    assert.equal(titles[0]?.replace(/\s*\(opens in a new tab\)/, '').trim(), 'Overview of cloud flows');
    assert.ok(!titles.some((t) => t.includes('Introduction to desktop flows')), 'a retired module is gone for makers');
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`when the training pages are shown in the ${theme} theme at ${width} width, then nothing overflows and axe finds no serious violation`, async () => {
        const page = await open(`/training?theme=${theme}&devUser=${MAKER_ID}`, viewport);
        await h1(page, 'Training paths');
        await page.locator('main li').first().waitFor();
        assert.equal(await overflow(page), 0, 'the list scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `training-list-${theme}-${width}`);
        await page.getByRole('link', { name: 'ALM for pro developers' }).click();
        await h1(page, 'ALM for pro developers');
        assert.equal(await overflow(page), 0, 'the path page scrolls sideways');
        await expectNoSeriousA11yViolations(page);
        await saveScreenshot(page, `training-path-${theme}-${width}`);
      });
    }
  }
});
