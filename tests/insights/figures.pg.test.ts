import { freshPostgresDatabase } from '../helpers/postgres.js';
import { insightsSuite } from './figures-suite.js';

insightsSuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
});
