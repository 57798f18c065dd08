import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storiesStorageSuite } from './storage-suite.js';

storiesStorageSuite('SQLite (file, WAL)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mh-stories-'));
  return { config: { kind: 'sqlite', file: path.join(dir, 'maker-hub.db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});
