import assert from 'node:assert/strict';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodePng } from '../../src/manifest/png.js';
import { expectNoSeriousA11yViolations, launchBrowser, saveScreenshot, watchCsp } from '../helpers/browser.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const MAKER_ID = '00000000-0000-0000-0000-00000000b002';

/** A 320×180 gradient: a real picture for the preview and the screenshot. */
function picture(): Buffer {
  const width = 320;
  const height = 180;
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      rgba.set([(40 + x / 2) % 256, 120 + y / 3, 220 - x / 4, 255], i);
    }
  return encodePng({ width, height, rgba });
}

describe('tab: a story picture uploaded from the form (Chromium)', function () {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  const errors: string[] = [];
  const offsite: string[] = [];

  before(async function () {
    assert.ok(existsSync(path.resolve('dist', 'tab', 'index.html')), 'The tab is not built: run "npm run build:tab" first.');
    app = await startTestApp({ DELIVERY_WORKER: 'off' });
    browser = await launchBrowser();
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
  });

  async function open(pathAndQuery: string): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const origin = new URL(app.baseUrl).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    watchCsp(page, errors);
    await page.goto(app.baseUrl + pathAndQuery);
    return page;
  }

  it('when a maker uploads an SVG, then it is refused in words; a PNG shows as a preview, disables the address, and the submitted story shows it', async () => {
    const page = await open(`/stories/new?theme=light&devUser=${MAKER_ID}`);
    await page.locator('main h1').filter({ hasText: 'Share a success story' }).waitFor({ timeout: 10_000 });
    const file = page.getByTestId('story-picture-file');
    // The browser says image/svg+xml: the form refuses it before sending.
    await file.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') });
    await page.getByText('Only PNG, JPEG, WebP or GIF pictures can be uploaded (not SVG).').waitFor();
    // A file that claims PNG but is not: the server reads its bytes and refuses it.
    await file.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<html>not a picture</html>') });
    await page.getByText('Only PNG, JPEG, WebP or GIF pictures can be uploaded (not SVG).').waitFor();
    assert.equal((await app.app.services.store.handle.db.selectFrom('story_images').selectAll().execute()).length, 0);

    await page.getByLabel('Title').fill('Site inspections on a phone');
    await page.getByLabel('The problem').fill('Inspectors filled in paper forms and typed them up at the office a week later.');
    await page.getByLabel('What you built').fill('A Power Apps canvas app with photos and a Power Automate flow that files the report.');
    await page.getByText('Power Apps', { exact: true }).click();
    await page.getByLabel('Hours saved per month').fill('25');
    await page.getByLabel('Team or department').fill('Facilities');
    await file.setInputFiles({ name: 'inspection.png', mimeType: 'image/png', buffer: picture() });
    await page.getByText('Your picture is uploaded. It is shown with the story.').waitFor();
    await page.waitForFunction(() => {
      const img = (globalThis as any).document.querySelector('main img[src^="blob:"]');
      return img !== null && img.complete && img.naturalWidth === 320;
    });
    assert.equal(await page.getByLabel('Or an image address (https)').isDisabled(), true, 'an upload or an address, not both');
    await saveScreenshot(page, 'stories-picture-upload-light');
    copyFileSync(path.resolve('test-results', 'screenshots', 'stories-picture-upload-light.png'), path.resolve('docs', 'screenshots', 'stories-picture-upload-light.png'));
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Submit story' }).click();
    await page.locator('main h1').filter({ hasText: 'Site inspections on a phone' }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => {
      const img = (globalThis as any).document.querySelector('main img[alt="Picture for “Site inspections on a phone”"]');
      return img !== null && String(img.src).startsWith('blob:') && img.complete && img.naturalWidth === 320;
    });
    const [stored] = await app.app.services.store.handle.db.selectFrom('story_images').selectAll().execute();
    assert.equal(stored?.content_type, 'image/png');
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  });
});
