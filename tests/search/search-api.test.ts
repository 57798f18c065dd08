import { searchApiSuite } from './search-suite.js';

searchApiSuite('SQLite', async () => ({}), { shared: true });
searchApiSuite('PostgreSQL (PGlite)', async () => ({ database: 'pglite' }), { shared: false });
