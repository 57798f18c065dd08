import { freshPostgresDatabase } from '../helpers/postgres.js';
import { storageSuite } from './storage-suite.js';

storageSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
