/**
 * `npx tsx bench/tab-ab.ts DIR [DIR ...]`: the LCP of a page (Home by default) for several builds of
 * the tab, each served by its own app (same seed), loaded in turn RUNS times (default 8) in fresh
 * contexts, so a busy moment of the machine falls on every build alike; prints each build's
 * median and every sample. To compare with an earlier commit, build it in a worktree first
 * (`git worktree add /tmp/before <commit> && cd /tmp/before && npm run build:tab`). `dist/bench-bare`
 * (written by `npm run bench:tab`) is the bare Fluent page.
 *
 *   RUNS=10 npx tsx bench/tab-ab.ts /tmp/before/dist/tab dist/tab dist/bench-bare
 *   PAGE=/events npx tsx bench/tab-ab.ts /tmp/before/dist/tab dist/tab
 */
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.js';
import { startTestApp } from '../tests/helpers/test-app.js';

const dirs = process.argv.slice(2).map((dir) => path.resolve(dir));
if (dirs.length === 0) throw new Error('usage: npx tsx bench/tab-ab.ts DIR [DIR ...] (built tabs, e.g. dist/tab)');
const target = process.env.PAGE ?? '/';
const apps = await Promise.all(dirs.map((dir) => startTestApp({ SEED_SAMPLE_CONTENT: 'true', TAB_STATIC_DIR: dir })));
const browser = await launchBrowser();
const samples = dirs.map(() => [] as number[]);
try {
  for (let run = 0; run < Number(process.env.RUNS ?? 8); run++) {
    for (const [index, app] of apps.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      // A string: the bench is type-checked without the DOM library.
      await page.addInitScript(`window.__lcp = -1; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });`);
      await page.goto(app.baseUrl + target, { waitUntil: 'networkidle' });
      await page.waitForTimeout(200);
      samples[index]!.push(await page.evaluate<number>('window.__lcp'));
      await context.close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(apps.map((app) => app.close()));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const [index, dir] of dirs.entries()) {
  console.log(`${path.relative(process.cwd(), dir) || dir}: LCP median ${Math.round(median(samples[index]!))} ms (${samples[index]!.map(Math.round).join(', ')})`);
}
