import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * What runs in production, and nothing else: the built server and tab, the starter content and
 * policy, and the manifest of dependencies (installed on the host with `npm ci --omit=dev`, so the
 * native SQLite driver is built for the host's Linux and Node). No sources, tests or env files: an
 * env/.env.local on a server would switch on development defaults.
 */
export const BUNDLE_ENTRIES = ['dist', 'content', 'config', 'package.json', 'package-lock.json'] as const;

/** Copies the bundle from `root` into `out` (emptied first); fails when the build is missing. */
export function writeBundle(root: string, out: string): string[] {
  for (const required of ['dist/src/cli/main.js', 'dist/tab/index.html']) {
    if (!existsSync(path.join(root, required))) throw new Error(`${required} is missing: run npm run build first`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of BUNDLE_ENTRIES) cpSync(path.join(root, entry), path.join(out, entry), { recursive: true });
  return [...BUNDLE_ENTRIES];
}
