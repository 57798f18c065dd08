import { freshPostgresDatabase } from '../helpers/postgres.js';
import { privacySuite } from './privacy-suite.js';

privacySuite('PostgreSQL server', async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres', url: db.url }, cleanup: db.drop };
}, { sqliteFile: false });
