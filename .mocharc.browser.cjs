// Browser suites: Debian Chromium (/usr/bin/chromium) driving the tab and the Agents Playground.
require('./tests/helpers/test-ca.cjs');
module.exports = {
  'node-option': ['import=tsx'],
  // One private temp folder for the run; fails the run if a suite leaves files or listening servers.
  require: ['./tests/helpers/leak-check.ts'],
  spec: ['tests/**/*.browser.test.ts', 'tests/**/*.playground.test.ts'],
  reporter: './tests/helpers/summary-reporter.cjs',
  timeout: 120000,
  exit: true,
};
