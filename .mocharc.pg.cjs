// PostgreSQL server suites: need a real server (DATABASE_URL_TEST, default 127.0.0.1:5432/test).
require('./tests/helpers/test-ca.cjs');
module.exports = {
  'node-option': ['import=tsx'],
  // One private temp folder for the run; fails the run if a suite leaves files or listening servers.
  require: ['./tests/helpers/leak-check.ts'],
  spec: ['tests/**/*.pg.test.ts'],
  reporter: './tests/helpers/summary-reporter.cjs',
  timeout: 60000,
  exit: true,
};
