import { freshPostgresDatabase } from '../helpers/postgres.js';
import { environmentStorageSuite } from '../environments/storage-suite.js';

environmentStorageSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
