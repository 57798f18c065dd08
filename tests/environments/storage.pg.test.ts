import { freshPostgresDatabase } from '../helpers/postgres.js';
import { environmentStorageSuite } from './storage-suite.js';

environmentStorageSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
