// Fast suites: unit, storage (SQLite + PGlite), protocol. Needs no external service.
require('./tests/helpers/test-ca.cjs');
module.exports = {
  'node-option': ['import=tsx'],
  // A private temp folder per test file; fails the run if a file leaves files or listening servers.
  require: ['./tests/helpers/leak-check.ts'],
  spec: ['tests/**/*.test.ts'],
  // The suites that need Chromium or a PostgreSQL server say so in their names (.browser, .playground, .pg);
  // the timing-sensitive ones run alone first (.mocharc.serial.cjs, `npm test` runs both).
  ignore: ['tests/**/*.browser.test.ts', 'tests/**/*.playground.test.ts', 'tests/**/*.pg.test.ts', ...require('./tests/helpers/serial-suites.cjs')],
  reporter: './tests/helpers/summary-reporter.cjs',
  timeout: 20000,
  // Most files wait on I/O (servers, child processes, PGlite): three workers keep two cores busy.
  parallel: true,
  jobs: 3,
  exit: true,
};
