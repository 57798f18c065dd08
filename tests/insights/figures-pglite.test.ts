import { insightsSuite } from './figures-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

// Real PostgreSQL semantics (compiled to WASM): the dashboard's SQL gives the same numbers on both dialects.
insightsSuite('PostgreSQL (PGlite)', async () => ({ config: await migratedPglite() }));
