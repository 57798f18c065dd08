import { freshPostgresDatabase } from '../helpers/postgres.js';
import { storiesStorageSuite } from './storage-suite.js';

storiesStorageSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
