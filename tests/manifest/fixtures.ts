import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Json, JsonObject } from '../../src/manifest/problems.js';

/** The committed manifest folder: tests build from the real template, icons and translations. */
export const MANIFEST_DIR = fileURLToPath(new URL('../../manifest/', import.meta.url));

/** A complete, valid set of values for a production-like environment. */
export const PROD_VALUES: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '0b9a3c57-1f2e-4d6a-9c1b-2a3f4e5d6c7b',
  BOT_ID: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  AAD_APP_CLIENT_ID: 'c3d4e5f6-a7b8-4c9d-8e0f-112233445566',
  TAB_DOMAIN: 'makerhub.contoso.com',
  TAB_ENDPOINT: 'https://makerhub.contoso.com',
  APP_NAME_SUFFIX: '',
  APP_VERSION: '1.4.2',
};

/** The values env/.env.local will hold: plain http on localhost. */
export const LOCAL_VALUES: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: PROD_VALUES.TEAMS_APP_ID ?? '',
  BOT_ID: PROD_VALUES.BOT_ID ?? '',
  AAD_APP_CLIENT_ID: PROD_VALUES.AAD_APP_CLIENT_ID ?? '',
  TAB_DOMAIN: 'localhost:3978',
  TAB_ENDPOINT: 'http://localhost:3978',
  APP_NAME_SUFFIX: ' (local)',
};

/** A fresh temporary folder, removed by the returned `cleanup`. */
export function tempDir(prefix = 'maker-hub-manifest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    dir,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Copies the committed manifest folder into `dir/manifest`, so a test can break a copy of it. */
export function copyManifest(dir: string): string {
  const target = path.join(dir, 'manifest');
  cpSync(MANIFEST_DIR, target, { recursive: true });
  return target;
}

/** Rewrites a JSON file in place through `edit`. */
export function editJson(file: string, edit: (value: JsonObject) => void): void {
  const value = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  edit(value);
  writeFileSync(file, JSON.stringify(value, null, 2));
}

/** The entries of a zip file, by name. */
export async function readZip(zipPath: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const entries = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) entries.set(name, await entry.async('nodebuffer'));
  }
  return entries;
}

/** Parses a zip entry as a JSON object. */
export function jsonEntry(entries: Map<string, Buffer>, name: string): JsonObject {
  const data = entries.get(name);
  if (!data) throw new Error(`${name} is not in the zip (has ${[...entries.keys()].join(', ')})`);
  return JSON.parse(data.toString('utf8')) as JsonObject;
}

/** Every string anywhere in a JSON value, to look for leftover placeholders. */
export function allStrings(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** A JSON value that must be a string (fails the test otherwise). */
export function text(value: Json | undefined): string {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`);
  return value;
}
