/**
 * Every key a page of the tab uses is in the words its chunks carry (tab/src/app/page-words.ts):
 * the first load's list covers what main.tsx reaches without entering a lazy route, and each lazy
 * route's list (with the first) covers what its page reaches. Read from the source, so a page that
 * starts using another namespace fails here before any person sees a raw key.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import { pickWords } from '../../tab/vite-plugins/catalogue-parts.js';
import { pageWords, type WordsPart } from '../../tab/src/app/page-words.js';

const tabSrc = path.resolve('tab', 'src');
const routesFile = path.join(tabSrc, 'app', 'routes.tsx');
const namespaces = Object.keys(en).filter((name) => name !== 'bot');
const keyPattern = new RegExp(`['\`]((?:${namespaces.join('|')})\\.[A-Za-z0-9_.]*)`, 'g');

/** A relative import's file (.ts, .tsx or a folder's index). */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')].find((file) => existsSync(file));
}

/** The relative modules a file imports for its code (type-only imports carry no words). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)(?! type )[^;]*?from '(\.[^']+)'/gm), ...source.matchAll(/import\('(\.[^']+)'\)/g)].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => resolveImport(file, specifier) ?? []);
}

/** Every file reachable from `entry` through static and lazy imports, not entering `stops`. */
function reachable(entry: string, stops: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).filter((next) => !stops.has(next)));
  }
  return seen;
}

/** The catalogue keys (or key prefixes of a template literal) written in `files`, with where. */
function keysIn(files: Iterable<string>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of files) {
    // Comments name keys as examples ("t('events.titel') is a compile error"): only code counts.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const match of code.matchAll(keyPattern)) keys.set(match[1]!.replace(/\.$/, ''), path.relative(tabSrc, file));
  }
  return keys;
}

/** The lazy routes: each lazyPage(() => import('…'), 'Export', 'part') in routes.tsx. */
function lazyRoutes(): { entry: string; part: WordsPart }[] {
  const source = readFileSync(routesFile, 'utf8');
  return [...source.matchAll(/lazyPage\(\(\) => import\('([^']+)'\), '\w+', '(\w+)'\)/g)].map((match) => ({ entry: resolveImport(routesFile, match[1]!)!, part: match[2] as WordsPart }));
}

/** The keys of `keys` that none of `lists` covers (a list entry covers itself and what is under it). */
function uncovered(keys: Map<string, string>, lists: readonly string[]): string[] {
  return [...keys].filter(([key]) => !lists.some((entry) => key === entry || key.startsWith(`${entry}.`))).map(([key, file]) => `${key} (${file})`);
}

describe('tab: each page’s words travel with it (app/page-words.ts)', () => {
  const routes = lazyRoutes();

  it('finds the lazy routes and their lists', () => {
    assert.ok(routes.length >= 10, 'routes.tsx names a list for each lazy page');
    for (const { entry, part } of routes) {
      assert.ok(entry, 'each lazy route’s module exists');
      assert.ok(part in pageWords, `routes.tsx names "${part}", which page-words.ts does not list`);
    }
  });

  it('the first load’s words cover the shell and Home (everything main.tsx reaches outside the lazy routes)', () => {
    const files = reachable(path.join(tabSrc, 'app', 'main.tsx'), new Set(routes.map((route) => route.entry)));
    assert.ok(files.has(path.join(tabSrc, 'features', 'home', 'home-page.tsx')), 'Home is part of the first load');
    assert.deepEqual(uncovered(keysIn(files), pageWords.first), []);
  });

  for (const part of Object.keys(pageWords) as WordsPart[]) {
    if (part === 'first') continue;
    it(`the "${part}" page’s words, with the first load’s, cover every key its page reaches`, () => {
      const entries = routes.filter((route) => route.part === part);
      assert.ok(entries.length > 0, `no lazy route in routes.tsx uses the "${part}" list`);
      const files = new Set(entries.flatMap((route) => [...reachable(route.entry, new Set())]));
      assert.deepEqual(uncovered(keysIn(files), [...pageWords.first, ...pageWords[part]]), []);
    });
  }

  it('every namespace the tab types (i18n/en.ts) is in some list, and every list entry is in the catalogue', () => {
    const typed = /export \{([^}]*)\}/.exec(readFileSync(path.join(tabSrc, 'i18n', 'en.ts'), 'utf8'))![1]!.split(',').map((name) => name.trim());
    const listed = new Set(Object.values(pageWords).flatMap((list) => list.map((entry) => entry.split('.')[0])));
    assert.deepEqual(typed.filter((name) => !listed.has(name)), [], 'a namespace of en.ts that no page loads');
    for (const list of Object.values(pageWords)) assert.doesNotThrow(() => pickWords(en, list, 'en.json'));
  });

  it('picks only the words named, with a plural key’s forms', () => {
    const catalogue = { a: { b: 'B', c_one: 'one C', c_other: 'C', cd: 'no' }, z: { y: 'Y' } };
    assert.deepEqual(pickWords(catalogue, ['a.b', 'a.c'], 'x'), { a: { b: 'B', c_one: 'one C', c_other: 'C' } });
    assert.deepEqual(pickWords(catalogue, ['z'], 'x'), { z: { y: 'Y' } });
    assert.throws(() => pickWords(catalogue, ['a.q'], 'x.json'), /x\.json has no "a\.q"/);
  });
});
