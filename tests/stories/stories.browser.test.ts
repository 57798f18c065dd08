import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Principal } from '../../src/domain/identity/types.js';
import type { StoryDraft } from '../../src/domain/stories/validation.js';
import { encodePng } from '../../src/manifest/png.js';
import { expectNoSeriousA11yViolations, launchBrowser, saveScreenshot, watchCsp } from '../helpers/browser.js';
import { STORY_FORM } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const TENANT = '00000000-0000-0000-0000-0000000000aa';
const ADA = '00000000-0000-0000-0000-00000000a001';
const MAKER_ID = '00000000-0000-0000-0000-00000000b002';
const CHAMPION_ID = '00000000-0000-0000-0000-00000000c003';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Story pictures come from here; the test serves them (the tab may fetch nothing else off-site). */
const IMAGE_HOST = 'https://images.maker-hub.test';
const XSS_TITLE = '<img src=x onerror=alert(1)>';
const XSS_PROBLEM = '**[click](javascript:alert(1))** <script>alert(2)</script> and the approvals took two weeks.';

/** A 640×360 gradient, so the screenshots show a real picture where a story has one. */
function picture(hue: number): Buffer {
  const width = 640;
  const height = 360;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba[i] = (hue + x / 4) % 256;
      rgba[i + 1] = 90 + y / 4;
      rgba[i + 2] = 200 - x / 8;
      rgba[i + 3] = 255;
    }
  return encodePng({ width, height, rgba });
}

describe('tab: success stories — gallery, story page, form, review (Chromium)', function () {
  let app: TestApp;
  let browser: Browser;
  let offsite: string[];
  let errors: string[];
  let dialogs: string[];
  const contexts: BrowserContext[] = [];
  const ids = { expenses: '', sales: '', xss: '', pending: '' };

  before(async function () {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npx vite build --config tab/vite.config.ts" first.');
    app = await startTestApp({ DELIVERY_WORKER: 'off' });
    const { identity, stories } = app.app.services;
    const ada = await identity.signIn({ tenantId: TENANT, aadObjectId: ADA, displayName: 'Ada Admin' });
    await identity.grantRole({ actor: { kind: 'user', principal: ada } }, { tenantId: TENANT, aadObjectId: CHAMPION_ID, displayName: 'Chris Champion' }, 'champion');
    const chris = await identity.signIn({ tenantId: TENANT, aadObjectId: CHAMPION_ID, displayName: 'Chris Champion' });
    const mia = await identity.signIn({ tenantId: TENANT, aadObjectId: MAKER_ID, displayName: 'Mia Maker' });
    const as = (principal: Principal) => ({ actor: { kind: 'user' as const, principal } });
    const publish = async (key: string, form: StoryDraft) => (await stories.submit(as(chris), { ...STORY_FORM, ...form }, key)).story.id;
    ids.expenses = await publish('s1', { imageUrl: `${IMAGE_HOST}/expenses.png` });
    ids.sales = await publish('s2', { title: 'Sales pipeline you can trust', problem: 'Nobody knew which deals would close this quarter, so forecasts were guesses.', solution: 'A Power BI report on the CRM data with a Copilot Studio agent that answers questions about it.', products: 'power-bi,copilot-studio', department: 'Sales', hoursSavedPerMonth: '12', peopleServed: '80', costAvoided: '', imageUrl: '' });
    ids.xss = await publish('s3', { title: XSS_TITLE, problem: XSS_PROBLEM, department: 'Security <b>team</b>', imageUrl: `${IMAGE_HOST}/xss.png`, linkUrl: 'https://contoso.example/app' });
    ids.pending = (await stories.submit(as(mia), { ...STORY_FORM, title: 'Onboarding checklist bot', department: 'HR', imageUrl: '' }, 'p1')).story.id;
    await stories.toggleKudos(as(mia), ids.expenses);
    browser = await launchBrowser();
  });
  beforeEach(() => {
    offsite = [];
    errors = [];
    dialogs = [];
  });
  afterEach(async function () {
    const failed = this.currentTest?.state === 'failed';
    const pages = contexts.flatMap((c) => c.pages());
    if (failed && pages[0]) await saveScreenshot(pages[0], `stories-failed-${(this.currentTest?.title ?? '').replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    if (this.currentTest?.state !== 'passed') return;
    assert.deepEqual(errors, [], 'the tab threw');
    assert.deepEqual(dialogs, [], 'a script in a story ran (alert)');
    assert.deepEqual(offsite, [], 'the tab sent requests beyond the test server and the story pictures');
  });
  after(async () => {
    await browser?.close();
    await app?.close();
  });

  async function open(pathAndQuery: string, viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const origin = new URL(app.baseUrl).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      if (url.startsWith(IMAGE_HOST)) return route.fulfill({ contentType: 'image/png', body: picture(url.includes('xss') ? 160 : 20) });
      offsite.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    watchCsp(page, errors);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(app.baseUrl + pathAndQuery);
    return page;
  }
  const heading = (page: Page, text: string | RegExp) => page.locator('main h1').filter({ hasText: text }).waitFor({ timeout: 10_000 });
  const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  const cardTitles = (page: Page) => page.locator('main ul li h3').allInnerTexts();
  /** Waits until the gallery shows exactly these titles (a filter change refetches after a short pause). */
  async function waitForTitles(page: Page, expected: string[]): Promise<void> {
    const want = JSON.stringify([...expected].sort());
    const deadline = Date.now() + 10_000;
    let got = '';
    while (Date.now() < deadline) {
      got = JSON.stringify((await cardTitles(page)).sort());
      if (got === want) return;
      await page.waitForTimeout(100);
    }
    assert.equal(got, want);
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`when the gallery is shown in the ${theme} theme, then it lists the published stories with their impact totals, renders a story's markup as text, and axe finds nothing serious`, async () => {
      const page = await open(`/stories?theme=${theme}`);
      await heading(page, 'Success stories');
      await page.getByText('3 stories').waitFor();
      assert.deepEqual((await cardTitles(page)).sort(), [XSS_TITLE, STORY_FORM.title, 'Sales pipeline you can trust'].sort());
      const totals = await page.getByRole('region', { name: 'Impact' }).innerText();
      assert.match(totals, /Published stories\s*3/);
      assert.match(totals, /Hours saved per month\s*92/);
      assert.match(totals, /People served\s*580/);
      assert.match(totals, /€24,000/);
      // The story's HTML is text on the page, not an element; its Markdown link is not a link.
      assert.equal(await page.getByRole('link', { name: XSS_TITLE, exact: true }).count(), 1);
      assert.equal(await page.locator('main img[src="x"]').count(), 0);
      assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
      await page.getByText('**[click](javascript:alert(1))**', { exact: false }).first().waitFor();
      await page.locator('main img[alt^="Picture for"]').first().waitFor();
      await page.waitForFunction(() => [...(globalThis as any).document.querySelectorAll('main img')].every((i: any) => i.complete && i.naturalWidth > 0));
      await saveScreenshot(page, `stories-gallery-${theme}`);
      await expectNoSeriousA11yViolations(page);
    });
  }

  it('when a person searches and filters, then only matching stories (and their totals) show, and clearing brings all back', async () => {
    const page = await open('/stories?theme=light');
    await page.getByText('3 stories').waitFor();
    await page.getByLabel('Product').selectOption('copilot-studio');
    await waitForTitles(page, ['Sales pipeline you can trust']);
    assert.match(await page.getByRole('region', { name: 'Impact' }).innerText(), /Matching stories\s*1/);
    await page.getByLabel('Product').selectOption('');
    await page.getByLabel('Department').selectOption('Finance');
    await waitForTitles(page, [STORY_FORM.title]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Search', { exact: true }).fill('forecasts');
    await waitForTitles(page, ['Sales pipeline you can trust']);
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Published from').fill('2001-01-01');
    await page.getByLabel('Published until').fill('2001-12-31');
    await page.getByText('No stories match').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('3 stories').waitFor();
  });

  it('when a story with markup is opened, then its page shows every part as typed, and kudos toggle with the count', async () => {
    const page = await open(`/stories/${ids.xss}?theme=light`);
    await heading(page, XSS_TITLE);
    assert.equal((await page.locator('main h1').innerText()).trim(), XSS_TITLE);
    assert.ok((await page.locator('main').innerText()).includes(XSS_PROBLEM));
    assert.ok((await page.locator('main').innerText()).includes('Security <b>team</b>'));
    assert.equal(await page.locator('main b, main script, main img[src="x"]').count(), 0);
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    const kudos = page.getByRole('button', { name: /Kudos · 0/ });
    await kudos.click();
    await page.getByRole('button', { name: /Kudos · 1/, pressed: true }).waitFor();
    assert.equal((await app.app.services.stories.find(ids.xss))?.kudosCount, 1);
    await saveScreenshot(page, 'stories-page-xss-light');
    await page.getByRole('button', { name: /Kudos · 1/ }).click();
    await page.getByRole('button', { name: /Kudos · 0/, pressed: false }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  for (const [theme, viewport] of [['light', DESKTOP], ['dark', PHONE], ['contrast', PHONE]] as const)
    it(`when the author opens their own published story (${theme}, ${viewport.width}px), then the kudos button only shows the count and who gave it; others see the names too`, async () => {
      const page = await open(`/stories/${ids.expenses}?theme=${theme}&devUser=${CHAMPION_ID}`, viewport);
      await heading(page, STORY_FORM.title);
      const own = page.getByRole('button', { name: /Kudos · 1/ });
      await own.waitFor();
      assert.equal(await own.getAttribute('aria-disabled'), 'true', 'kudos are for others to give');
      await page.locator('main').getByText('from Mia Maker').waitFor();
      assert.equal(await page.getByText('Give kudos to celebrate it').count(), 0);
      await own.click({ force: true });
      assert.equal((await app.app.services.stories.find(ids.expenses))?.kudosCount, 1, 'a press on one’s own story counts nothing');
      assert.ok((await overflow(page)) <= 0);
      await saveScreenshot(page, `stories-own-kudos-${theme}-${viewport.width}`);
      await expectNoSeriousA11yViolations(page);
    });

  for (const [theme, viewport] of [['light', DESKTOP], ['contrast', PHONE]] as const)
    it(`when an admin opens Admin (${theme}, ${viewport.width}px), then the story review queue is one click away with how many stories wait`, async () => {
      const pending = (await (await fetch(`${app.baseUrl}/api/stories/review`)).json()) as { stories: unknown[] };
      const page = await open(`/admin?theme=${theme}`, viewport);
      const section = page.getByRole('region', { name: /Story review/ });
      const n = pending.stories.length;
      await section.getByText(n === 1 ? '1 story waits for review.' : n === 0 ? 'No story waits for review.' : `${n} stories wait for review.`).waitFor();
      await section.scrollIntoViewIfNeeded();
      await saveScreenshot(page, `stories-admin-queue-link-${theme}-${viewport.width}`);
      await expectNoSeriousA11yViolations(page);
      await section.getByRole('link', { name: 'Open the review queue' }).click();
      await heading(page, 'Review queue');
    });

  it('when someone else opens the gallery, then each card names who gave kudos', async () => {
    const page = await open('/stories?theme=light');
    await heading(page, 'Success stories');
    await page.locator('main ul li').filter({ hasText: STORY_FORM.title }).getByText('from Mia Maker').waitFor();
  });

  it('when a maker submits the form with mistakes, then the errors appear next to the fields with every answer kept; a reload keeps the draft; a valid submit waits for review', async () => {
    const page = await open(`/stories/new?theme=light&devUser=${MAKER_ID}`);
    await heading(page, 'Share a success story');
    await page.getByLabel('Title').fill('Hi');
    await page.getByLabel('Or an image address (https)').fill('http://insecure.example/p.png');
    await page.getByRole('button', { name: 'Submit story' }).click();
    await page.getByRole('alert').filter({ hasText: 'Some answers need another look' }).waitFor();
    await page.getByText('A little more, please: at least 5 characters').waitFor();
    await page.getByText('Only https:// addresses are allowed here.').waitFor();
    await page.getByText('Pick at least one product you used.').waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), 'Hi');
    assert.equal(await page.getByLabel('Or an image address (https)').inputValue(), 'http://insecure.example/p.png');
    assert.equal(await page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('aria-invalid')"), 'true', 'the first field to fix has the focus');
    await page.evaluate('window.scrollTo(0, 0)');
    await saveScreenshot(page, 'stories-form-errors-light');
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Title').fill('Invoice matching with AI Builder');
    await page.reload();
    await heading(page, 'Share a success story');
    await page.getByText('Your unsent answers are back').waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), 'Invoice matching with AI Builder');

    await page.getByLabel('The problem').fill('Supplier invoices were matched to orders by hand, line by line.');
    await page.getByLabel('What you built').fill('A Power Automate flow that reads invoices and matches them to orders automatically.');
    // Each product's words belong to its own box: clicking them ticks that product and no other.
    const names = await page.locator('fieldset input[type="checkbox"]').evaluateAll((boxes) => boxes.map((b: any) => String(b.labels?.[0]?.textContent ?? '')));
    assert.deepEqual(names, ['Power Apps', 'Power Automate', 'Power BI', 'Copilot Studio', 'Power Pages', 'Dataverse']);
    await page.getByText('Power Automate', { exact: true }).click();
    assert.equal(await page.getByRole('checkbox', { name: 'Power Automate' }).isChecked(), true);
    assert.equal(await page.getByRole('checkbox', { name: 'Power Apps' }).isChecked(), false);
    await page.getByLabel('Hours saved per month').fill('30');
    await page.getByLabel('Team or department').fill('Procurement');
    await page.getByLabel('Or an image address (https)').fill('');
    await page.getByRole('button', { name: 'Submit story' }).click();
    await heading(page, 'Invoice matching with AI Builder');
    await page.getByText('Thanks! Your story is with the CoE champions for review.').waitFor();
    await page.getByText('Waiting for review').first().waitFor();
    await page.goto(`${app.baseUrl}/stories/new`);
    await heading(page, 'Share a success story');
    assert.equal(await page.getByText('Your unsent answers are back').count(), 0, 'a sent story leaves no draft behind');
    assert.equal(await page.getByLabel('Title').inputValue(), '');
  });

  it('when an admin reviews the queue, then a note is required to ask for changes, and approving publishes the story', async () => {
    const page = await open('/stories/review?theme=light');
    await heading(page, 'Review queue');
    await page.getByRole('link', { name: 'Onboarding checklist bot' }).click();
    await heading(page, 'Onboarding checklist bot');
    await page.getByRole('button', { name: 'Request changes' }).click();
    await page.getByText('Tell the author what to change.').waitFor();
    await saveScreenshot(page, 'stories-review-light');
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('heading', { name: 'Review this story' }).waitFor({ state: 'detached' });
    assert.equal((await app.app.services.stories.find(ids.pending))?.status, 'published');
    await page.getByRole('button', { name: /Kudos · 0/ }).waitFor();
    // The confirmation names the story and links to the showcase, which lists it without a reload.
    const published = page.getByRole('status').filter({ hasText: 'Published: “Onboarding checklist bot”' });
    await published.waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'stories-published-light');
    await copyFile(path.resolve('test-results', 'screenshots', 'stories-published-light.png'), path.resolve('docs', 'screenshots', 'tab-story-published.png'));
    await page.evaluate('window.__notReloaded = true');
    await published.getByRole('link', { name: 'See it in the showcase' }).click();
    await page.getByRole('link', { name: 'Onboarding checklist bot' }).first().waitFor();
    assert.equal(await page.evaluate('window.__notReloaded'), true, 'the showcase shows it without a page load');
  });

  it('when a maker uses the Stories pages, then there is no review queue for them and their own stories list shows where each stands', async () => {
    const page = await open(`/stories/mine?theme=light&devUser=${MAKER_ID}`);
    await heading(page, 'My stories');
    assert.equal(await page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: 'Review queue' }).count(), 0);
    await page.getByRole('list', { name: 'Your stories' }).getByRole('link').first().waitFor();
    await page.goto(`${app.baseUrl}/stories/review`);
    await page.getByText('You need the champion role').waitFor();
  });

  it('when the author edits and deletes a story in the tab, then the change shows at once and the story leaves the gallery', async () => {
    const page = await open(`/stories/${ids.sales}?theme=light&devUser=${CHAMPION_ID}`);
    await heading(page, 'Sales pipeline you can trust');
    await page.getByRole('button', { name: 'Edit' }).click();
    await heading(page, 'Edit your story');
    await page.getByLabel('Title').fill('Sales pipeline you can finally trust');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await heading(page, 'Sales pipeline you can finally trust');
    await page.getByText('Your changes are saved.').waitFor();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete it' }).click();
    await heading(page, 'My stories');
    await page.getByText('The story was deleted.').waitFor();
    assert.equal((await app.app.services.stories.find(ids.sales))?.status, 'deleted');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`when the Stories pages are phone-sized in the ${theme} theme, then nothing overflows sideways and axe finds nothing serious`, async () => {
      const page = await open(`/stories?theme=${theme}`, PHONE);
      await heading(page, 'Success stories');
      await page.locator('main ul li h3').first().waitFor();
      assert.equal(await overflow(page), 0, 'the gallery scrolls sideways at 390 px');
      await saveScreenshot(page, `stories-gallery-phone-${theme}`);
      await expectNoSeriousA11yViolations(page);
      await page.goto(`${app.baseUrl}/stories/${ids.expenses}`);
      await heading(page, STORY_FORM.title);
      assert.equal(await overflow(page), 0, 'the story page scrolls sideways at 390 px');
      await saveScreenshot(page, `stories-page-phone-${theme}`);
      await expectNoSeriousA11yViolations(page);
    });
  }
});
