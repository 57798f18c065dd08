/**
 * `npm run bench:tab`: first and repeat loads of the tab's main pages in Chromium, beside a bare
 * Fluent UI v9 page built with the same Vite config and served by the same server, with and
 * without network throttling. Prints a table and writes it into docs/benchmarks.md.
 *
 *   npm run bench:tab                 # builds both, 3 runs per figure (median)
 *   npm run bench:tab -- --runs 5 --no-build --no-write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, loadConfigFromFile, mergeConfig } from 'vite';
import { launchBrowser } from '../tests/helpers/browser.js';
import { startTestApp } from '../tests/helpers/test-app.js';
import { firstAndRepeat, median, throttlingPresets, type LoadSample } from './tab-measure.js';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'no-build': { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(args.runs));
const tabDir = path.resolve('dist', 'tab');
const bareDir = path.resolve('dist', 'bench-bare');

/** The pages measured; the bare page is the yardstick. */
const targets = [
  { name: 'bare Fluent page', server: 'bare', path: '/' },
  { name: 'Home', server: 'tab', path: '/' },
  { name: 'Ask', server: 'tab', path: '/ask' },
  { name: 'Events', server: 'tab', path: '/events' },
  { name: 'Insights', server: 'tab', path: '/admin/insights' },
] as const;

async function buildBoth(): Promise<void> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, path.resolve('tab', 'vite.config.ts'));
  if (loaded === null) throw new Error('tab/vite.config.ts not found');
  await build({ ...loaded.config, configFile: false, logLevel: 'warn' });
  await build(mergeConfig(loaded.config, { configFile: false, logLevel: 'warn', root: path.resolve('tab', 'bench-bare'), build: { outDir: bareDir, emptyOutDir: true } }));
}

interface Row {
  page: string;
  throttling: string;
  first: LoadSample;
  repeat: LoadSample;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (value < 0 ? 'n/a' : Math.round(value).toString());

function table(rows: readonly Row[]): string {
  const lines = [
    '| Page | Network | First load KB | Requests | FCP ms | LCP ms | Interactive ms | Repeat KB | Requests | FCP ms | LCP ms | Interactive ms |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows) {
    const f = r.first;
    const p = r.repeat;
    lines.push(`| ${r.page} | ${r.throttling} | ${kb(f.bytes)} | ${f.requests} | ${ms(f.fcp)} | ${ms(f.lcp)} | ${ms(f.tti)} | ${kb(p.bytes)} | ${p.requests} | ${ms(p.fcp)} | ${ms(p.lcp)} | ${ms(p.tti)} |`);
  }
  return lines.join('\n');
}

/** Home against the bare page, per network: the targets (≤ 1.5× bytes and LCP, repeat < 30 KB). */
function verdicts(rows: readonly Row[]): string {
  return throttlingPresets
    .map((preset) => {
      const bare = rows.find((r) => r.throttling === preset.name && r.page === targets[0].name);
      const home = rows.find((r) => r.throttling === preset.name && r.page === 'Home');
      if (!bare || !home) return '';
      const bytes = home.first.bytes / bare.first.bytes;
      const lcp = home.first.lcp / bare.first.lcp;
      const worstRepeat = Math.max(...rows.filter((r) => r.throttling === preset.name && r.page !== targets[0].name).map((r) => r.repeat.bytes));
      const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
      return `- ${preset.name}: Home first load is ${bytes.toFixed(2)}× the bare page's bytes (${mark(bytes <= 1.5)}) and ${lcp.toFixed(2)}× its LCP (${mark(lcp <= 1.5)}); the largest repeat load is ${kb(worstRepeat)} KB (${mark(worstRepeat < 30 * 1024)}).`;
    })
    .filter(Boolean)
    .join('\n');
}

function writeDocs(section: string): void {
  const file = path.resolve('docs', 'benchmarks.md');
  const start = '<!-- bench:tab start -->';
  const end = '<!-- bench:tab end -->';
  const doc = readFileSync(file, 'utf8');
  const block = `${start}\n${section}\n${end}`;
  const next = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

async function main(): Promise<void> {
  if (!args['no-build']) await buildBoth();
  const tab = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', TAB_STATIC_DIR: tabDir });
  const bare = await startTestApp({ TAB_STATIC_DIR: bareDir });
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    for (const preset of throttlingPresets) {
      // Round robin: each run loads every page once, the bare page first, so a slower or busier
      // moment of the machine falls on the yardstick and the pages alike (the bare page's LCP
      // alone ranged 380–564 ms between back-to-back blocks of runs).
      const samples = targets.map(() => [] as Array<{ first: LoadSample; repeat: LoadSample }>);
      for (let i = 0; i < runs; i += 1) {
        for (const [index, target] of targets.entries()) {
          const url = `${target.server === 'tab' ? tab.baseUrl : bare.baseUrl}${target.path}`;
          samples[index]!.push(await firstAndRepeat(browser, url, preset));
        }
      }
      for (const [index, target] of targets.entries()) {
        const taken = samples[index]!;
        const row = { page: target.name, throttling: preset.name, first: median(taken.map((s) => s.first)), repeat: median(taken.map((s) => s.repeat)) };
        rows.push(row);
        console.log(`${preset.name.padEnd(8)} ${target.name.padEnd(17)} first ${kb(row.first.bytes).padStart(7)} KB  LCP ${ms(row.first.lcp).padStart(5)} ms   repeat ${kb(row.repeat.bytes).padStart(6)} KB`);
      }
    }
  } finally {
    await browser.close();
    await Promise.all([tab.close(), bare.close()]);
  }
  const when = new Date().toISOString().replace(/:\d\d\.\d+Z$/, ' UTC').replace('T', ' ');
  const section = [
    `Measured ${when} with \`npm run bench:tab -- --runs ${runs}\` (median of ${runs} runs per figure, the pages loaded in turn in each run; headless Debian Chromium, localhost, 1280×800, a fresh browser profile per run).`,
    '',
    table(rows),
    '',
    verdicts(rows),
  ].join('\n');
  console.log(`\n${section}`);
  if (!args['no-write']) writeDocs(section);
}

await main();
