import { eventsSuite } from '../events/events-suite.js';
import { freshPostgresDatabase } from '../helpers/postgres.js';
import { trainingVersionsMigrationSuite } from './versions-migration-suite.js';
import { trainingSuite } from './training-suite.js';

const server = async () => {
  const db = await freshPostgresDatabase();
  return { config: { kind: 'postgres' as const, url: db.url }, cleanup: db.drop };
};

eventsSuite('PostgreSQL server', server);
trainingSuite('PostgreSQL server', server);
trainingVersionsMigrationSuite('PostgreSQL server', server);
