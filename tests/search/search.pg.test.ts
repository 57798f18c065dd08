import { freshPostgresDatabase } from '../helpers/postgres.js';
import { searchApiSuite } from './search-suite.js';

searchApiSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { database: { kind: 'postgres', url: db.url }, cleanup: db.drop };
}, { shared: true });
