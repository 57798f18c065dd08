import { freshPostgresDatabase } from '../helpers/postgres.js';
import { deliverySuite } from './engine-suite.js';

deliverySuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
