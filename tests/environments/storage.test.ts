import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { environmentStorageSuite } from './storage-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

environmentStorageSuite('SQLite (file, WAL)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mh-env-sqlite-'));
  return { config: { kind: 'sqlite', file: path.join(dir, 'maker-hub.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
environmentStorageSuite('PostgreSQL (PGlite)', async () => ({ config: await migratedPglite() }));
