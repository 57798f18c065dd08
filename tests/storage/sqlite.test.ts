import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storageSuite } from './storage-suite.js';

storageSuite('SQLite (file, WAL)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mh-sqlite-'));
  return { config: { kind: 'sqlite', file: path.join(dir, 'nested', 'maker-hub.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
