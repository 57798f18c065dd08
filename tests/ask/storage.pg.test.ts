import { freshPostgresDatabase } from '../helpers/postgres.js';
import { askStorageSuite } from './storage-suite.js';

askStorageSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
