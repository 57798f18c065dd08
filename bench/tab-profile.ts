/**
 * `npx tsx bench/tab-profile.ts [path]`: where the main thread's time goes in one first load of the
 * built tab (Home by default) until its largest contentful paint: Chromium's sampling profiler
 * from navigation to the network going idle, self time summed per function and per script, the
 * top entries printed. Same server, seed and browser as `npm run bench:tab`, no throttling. Build
 * first (`npm run build:tab`); the build's source maps are not applied, so names are minified
 * where Vite minified them, and the script column says which chunk.
 *
 *   npx tsx bench/tab-profile.ts
 *   TOP=40 npx tsx bench/tab-profile.ts /ask
 */
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.js';
import { startTestApp } from '../tests/helpers/test-app.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const target = process.argv[2] ?? '/';
const top = Number(process.env.TOP ?? 25);
const tab = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', TAB_STATIC_DIR: path.resolve('dist', 'tab') });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${tab.baseUrl}${target}`, { waitUntil: 'load' });
  await page.waitForSelector('h1', { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perFunction = new Map<string, number>();
  const perScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const script = frame.url.replace(tab.baseUrl, '') || `(${frame.functionName || 'native'})`;
    const name = `${frame.functionName || '(anonymous)'}  ${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    perFunction.set(name, (perFunction.get(name) ?? 0) + ms);
    perScript.set(script, (perScript.get(script) ?? 0) + ms);
  });
  const print = (title: string, rows: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  };
  print('self time per script', perScript);
  print('self time per function', perFunction);
} finally {
  await browser.close();
  await tab.close();
}
