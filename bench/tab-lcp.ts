/**
 * `npx tsx bench/tab-lcp.ts [path]`: what a first load of the built tab (Home by default) paints as
 * its largest contentful paint, and when (ms from navigation), with every resource's start and end:
 * which request the LCP element waited for. Same server, seed and browser as `npm run bench:tab`,
 * no throttling, RUNS loads (default 3) in fresh contexts. Build first (`npm run build:tab`).
 *
 *   npx tsx bench/tab-lcp.ts
 *   RUNS=5 npx tsx bench/tab-lcp.ts /ask
 */
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.js';
import { startTestApp } from '../tests/helpers/test-app.js';

const target = process.argv[2] ?? '/';
const tab = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', TAB_STATIC_DIR: path.resolve('dist', 'tab') });
const browser = await launchBrowser();
try {
  for (let run = 1; run <= Number(process.env.RUNS ?? 3); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = globalThis as any;
      w.__lcp = [];
      new w.PerformanceObserver((list: any) => {
        for (const e of list.getEntries()) w.__lcp.push(`${Math.round(e.startTime)} ms  ${e.size} px²  <${e.element?.tagName?.toLowerCase() ?? '?'}> ${(e.element?.textContent ?? '').slice(0, 50)}`);
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${tab.baseUrl}${target}`, { waitUntil: 'load' });
    await page.waitForSelector('h1', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      lcp: (globalThis as any).__lcp as string[],
      requests: performance.getEntriesByType('resource').map((r) => `${String(Math.round(r.startTime)).padStart(5)}–${String(Math.round((r as any).responseEnd)).padEnd(5)} ${r.name.replace((globalThis as any).location.origin, '')}`),
    }));
    console.log(`run ${run}\n  largest contentful paints:\n${seen.lcp.map((l) => `    ${l}`).join('\n')}\n  requests (ms):\n${seen.requests.map((r) => `    ${r}`).join('\n')}`);
    await context.close();
  }
} finally {
  await browser.close();
  await tab.close();
}
