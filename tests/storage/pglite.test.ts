import { storageSuite } from './storage-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

// Real PostgreSQL semantics (compiled to WASM) without a server, so `npm test` covers the dialect anywhere.
storageSuite('PostgreSQL (PGlite)', async () => ({ config: await migratedPglite() }));
