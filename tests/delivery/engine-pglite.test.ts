import { deliverySuite } from './engine-suite.js';

// Real PostgreSQL semantics (FOR UPDATE SKIP LOCKED, ON CONFLICT) without a server.
deliverySuite('PostgreSQL (PGlite)', async () => ({ config: { kind: 'pglite' } }));
