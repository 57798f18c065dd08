import { freshPostgresDatabase } from '../helpers/postgres.js';
import { homeApiSuite } from './home-api-suite.js';
import { inboxApiSuite } from './inbox-api-suite.js';

const server = async () => {
  const db = await freshPostgresDatabase();
  return { database: { kind: 'postgres' as const, url: db.url }, cleanup: db.drop };
};
homeApiSuite('PostgreSQL server', server);
inboxApiSuite('PostgreSQL server', server);
