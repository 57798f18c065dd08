import { homeApiSuite } from './home-api-suite.js';
import { inboxApiSuite } from './inbox-api-suite.js';

// The same API on SQLite (the default) and on PostgreSQL semantics without a server (home-api.pg.test.ts: a real server).
homeApiSuite('SQLite', async () => ({ database: 'sqlite' }));
homeApiSuite('PostgreSQL (PGlite)', async () => ({ database: 'pglite' }));
inboxApiSuite('SQLite', async () => ({ database: 'sqlite' }));
inboxApiSuite('PostgreSQL (PGlite)', async () => ({ database: 'pglite' }));
