import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trainingVersionsMigrationSuite } from './versions-migration-suite.js';

trainingVersionsMigrationSuite('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mh-migrate-training-'));
  return { config: { kind: 'sqlite' as const, file: path.join(dir, 'old.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
trainingVersionsMigrationSuite('PostgreSQL (PGlite)', async () => ({ config: { kind: 'pglite' as const } }));
