// Fast suites: unit, storage (SQLite + PGlite), protocol. Needs no external service.
require('./tests/helpers/test-ca.cjs');
module.exports = {
  'node-option': ['import=tsx'],
  // One private temp folder for the run; fails the run if a suite leaves files or listening servers.
  require: ['./tests/helpers/leak-check.ts'],
  spec: ['tests/**/*.test.ts'],
  // The suites that need Chromium or a PostgreSQL server say so in their names (.browser, .playground, .pg).
  ignore: ['tests/**/*.browser.test.ts', 'tests/**/*.playground.test.ts', 'tests/**/*.pg.test.ts'],
  reporter: './tests/helpers/summary-reporter.cjs',
  timeout: 20000,
  exit: true,
};
