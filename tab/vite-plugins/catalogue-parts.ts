import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** What the tab imports: `loaders[part][language]()` fetches that part's words in that language. */
export const LOADERS_ID = 'virtual:catalogue-loaders';
const PART_PREFIX = 'virtual:catalogue/';

export interface CataloguePartsOptions {
  /** Folder of the language catalogues (<language>.json). */
  readonly localesDir: string;
  readonly languages: readonly string[];
  /** Part name → the namespaces or key paths ("events.standing") it carries. */
  readonly parts: Readonly<Record<string, readonly string[]>>;
}

type Words = { [key: string]: string | Words };

/**
 * The entries of `paths` in `catalogue`, nested as in the catalogue; throws on a path it lacks. A
 * path names a plural key's forms too ("modulesDone" picks "modulesDone_one", "modulesDone_other").
 */
export function pickWords(catalogue: Words, paths: readonly string[], where: string): Words {
  const picked: Words = {};
  for (const entry of paths) {
    const keys = entry.split('.');
    const last = keys.pop() ?? '';
    let from: Words = catalogue;
    let into = picked;
    for (const key of keys) {
      const next = from[key];
      if (typeof next !== 'object') throw new Error(`${where} has no "${entry}" (tab/src/app/page-words.ts names it).`);
      from = next;
      into = (into[key] ??= {}) as Words;
    }
    const names = Object.keys(from).filter((name) => name === last || name.startsWith(`${last}_`));
    if (names.length === 0) throw new Error(`${where} has no "${entry}" (tab/src/app/page-words.ts names it).`);
    for (const name of names) into[name] = from[name] as string | Words;
  }
  return picked;
}

/**
 * Builds a chunk per part and language holding only the words that part names. Rollup cannot split
 * one JSON module across chunks (named imports of en.json from two chunks put all of it in a shared
 * one), so each part is a module of its own, written here from the catalogue at build time. Chunks
 * are named <language>-<part>-<hash>.js (see `catalogueChunkName`).
 */
export function catalogueParts(options: CataloguePartsOptions): Plugin {
  const file = (language: string) => path.join(options.localesDir, `${language}.json`);
  return {
    name: 'maker-hub:catalogue-parts',
    resolveId(id) {
      if (id === LOADERS_ID || id.startsWith(PART_PREFIX)) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === `\0${LOADERS_ID}`) {
        const lines = Object.entries(options.parts).map(([part, paths]) => {
          // A page without words of its own costs no request.
          const load = (language: string) => (paths.length === 0 ? 'async () => ({ default: {} })' : `() => import(${JSON.stringify(`${PART_PREFIX}${language}/${part}`)})`);
          const byLanguage = options.languages.map((language) => `${JSON.stringify(language)}: ${load(language)}`);
          return `  ${JSON.stringify(part)}: { ${byLanguage.join(', ')} },`;
        });
        return `export const loaders = {\n${lines.join('\n')}\n};\n`;
      }
      if (!id.startsWith(`\0${PART_PREFIX}`)) return undefined;
      const [language = '', part = ''] = id.slice(PART_PREFIX.length + 1).split('/');
      const paths = options.parts[part];
      if (paths === undefined || !options.languages.includes(language)) throw new Error(`Unknown catalogue part ${id.slice(1)}.`);
      this.addWatchFile(file(language));
      const catalogue = JSON.parse(readFileSync(file(language), 'utf8')) as Words;
      const words = pickWords(catalogue, paths, `${language}.json`);
      // JSON.parse of a string literal: browsers parse it faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(words))});\n`;
    },
  };
}

/** Rollup's chunk name for a part's chunk: <language>-<part>; undefined for every other chunk. */
export function catalogueChunkName(facadeModuleId: string | null): string | undefined {
  if (facadeModuleId === null || !facadeModuleId.startsWith(`\0${PART_PREFIX}`)) return undefined;
  return facadeModuleId.slice(PART_PREFIX.length + 1).replace('/', '-');
}
