import { storiesStorageSuite } from './storage-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

// Real PostgreSQL semantics (compiled to WASM) without a server: sums, LIKE escaping and upserts as PostgreSQL does them.
storiesStorageSuite('PostgreSQL (PGlite)', async () => ({ config: await migratedPglite() }));
