/**
 * `npx tsx bench/tab-parts.ts [chunk]`: what a built chunk of the tab is made of, by package (or
 * by our own file), from its source map: minified bytes and the brotli size of each part on its
 * own (a part compresses a little better inside its chunk). Default chunk: index (the first load's
 * code besides React). Run after `npm run build:tab`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';

const assets = path.resolve('dist', 'tab', 'assets');
const prefix = process.argv[2] ?? 'index';
const file = readdirSync(assets).find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'));
if (file === undefined) throw new Error(`No chunk ${prefix}-*.js in ${assets}: run "npm run build:tab" first.`);

const code = readFileSync(path.join(assets, file), 'utf8').split('\n');
const map = JSON.parse(readFileSync(path.join(assets, `${file}.map`), 'utf8')) as { sources: string[]; mappings: string };

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One segment's numbers (source map v3 base64 VLQ). */
function decode(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

/** node_modules/@scope/name/… → @scope/name; our own files keep their path. */
function part(source: string): string {
  const inModules = source.split('node_modules/')[1];
  if (inModules === undefined) return source.replace(/^(\.\.\/)+/, '');
  const names = inModules.split('/');
  return names[0]?.startsWith('@') ? `${names[0]}/${names[1]}` : (names[0] ?? source);
}

const text = new Map<string, string>();
let sourceIndex = 0;
map.mappings.split(';').forEach((line, lineIndex) => {
  const generated = code[lineIndex] ?? '';
  let column = 0;
  const starts: Array<{ column: number; source: number }> = [];
  for (const segment of line.split(',').filter(Boolean)) {
    const [columnDelta = 0, sourceDelta] = decode(segment);
    column += columnDelta;
    if (sourceDelta !== undefined) sourceIndex += sourceDelta;
    starts.push({ column, source: sourceIndex });
  }
  starts.forEach((start, i) => {
    const name = part(map.sources[start.source] ?? '?');
    text.set(name, (text.get(name) ?? '') + generated.slice(start.column, starts[i + 1]?.column ?? generated.length));
  });
});

const rows = [...text].map(([name, bytes]) => ({ name, bytes: bytes.length, brotli: brotliCompressSync(bytes).length })).sort((a, b) => b.brotli - a.brotli);
console.log(`${file}: ${rows.reduce((sum, r) => sum + r.bytes, 0)} bytes minified\n\n   bytes  brotli  part`);
for (const r of rows.slice(0, 30)) console.log(`${String(r.bytes).padStart(8)} ${String(r.brotli).padStart(7)}  ${r.name}`);
