import { askStorageSuite } from './storage-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

// Real PostgreSQL semantics (compiled to WASM): the Ask repositories' SQL works on both dialects.
askStorageSuite('PostgreSQL (PGlite)', async () => ({ config: await migratedPglite() }));
