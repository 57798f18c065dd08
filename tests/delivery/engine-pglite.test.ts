import { deliverySuite } from './engine-suite.js';
import { migratedPglite } from '../helpers/pglite-snapshot.js';

// Real PostgreSQL semantics (FOR UPDATE SKIP LOCKED, ON CONFLICT) without a server.
deliverySuite('PostgreSQL (PGlite)', async () => ({ config: await migratedPglite() }));
