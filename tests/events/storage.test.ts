import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { trainingSuite } from '../training/training-suite.js';
import { eventsSuite } from './events-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

const sqlite = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mh-te-'));
  return { config: { kind: 'sqlite' as const, file: path.join(dir, 'maker-hub.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
};
const pglite = async () => ({ config: await migratedPglite() });

// The same contracts on SQLite (the default) and on PostgreSQL semantics without a server.
eventsSuite('SQLite', sqlite);
eventsSuite('PostgreSQL (PGlite)', pglite);
trainingSuite('SQLite', sqlite);
trainingSuite('PostgreSQL (PGlite)', pglite);
