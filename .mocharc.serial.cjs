// The timing-sensitive part of `npm test` (tests/helpers/serial-suites.cjs), one file at a time in
// one process, before the parallel part (.mocharc.cjs) starts.
require('./tests/helpers/test-ca.cjs');
module.exports = {
  'node-option': ['import=tsx'],
  // One private temp folder for the run; fails the run if a suite leaves files or listening servers.
  require: ['./tests/helpers/leak-check.ts'],
  spec: require('./tests/helpers/serial-suites.cjs'),
  reporter: './tests/helpers/summary-reporter.cjs',
  timeout: 20000,
  exit: true,
};
