/**
 * `npx tsx bench/tab-requests.ts [path]`: every request of one first load of the built tab (Home by
 * default) with its bytes on the wire, headers included, in the order they finished: which chunk
 * or API answer a change moved. Same server, seed and browser as `npm run bench:tab`, one load,
 * no throttling. Build first (`npm run build:tab`).
 *
 *   npx tsx bench/tab-requests.ts            # Home
 *   npx tsx bench/tab-requests.ts /ask
 *   HEADERS=/api/me npx tsx bench/tab-requests.ts   # also print the response headers of matching URLs
 */
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.js';
import { startTestApp } from '../tests/helpers/test-app.js';

const target = process.argv[2] ?? '/';
const tab = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', TAB_STATIC_DIR: path.resolve('dist', 'tab') });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const urls = new Map<string, string>();
  const headers = new Map<string, string>();
  const rows: Array<{ url: string; bytes: number }> = [];
  cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.responseReceivedExtraInfo', (e: { requestId: string; headersText?: string }) => headers.set(e.requestId, e.headersText ?? ''));
  cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => rows.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength }));
  await cdp.send('Network.enable');
  await page.goto(`${tab.baseUrl}${target}`, { waitUntil: 'load' });
  await page.waitForSelector('h1', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  for (const { url, bytes } of rows) console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${url.replace(tab.baseUrl, '')}`);
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  in ${rows.length} requests`);
  const match = process.env.HEADERS;
  if (match) for (const [id, text] of headers) if ((urls.get(id) ?? '').includes(match)) console.log(`\n${urls.get(id)}\n${text}`);
} finally {
  await browser.close();
  await tab.close();
}
