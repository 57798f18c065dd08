// Mocha's spec output for people, plus a machine-readable tally for .ci/run's closing line.
// When MAKER_HUB_TEST_SUMMARY names a file, "passed failed" counts are appended to it.
const fs = require('node:fs');
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures } = runner.stats;
      const file = process.env.MAKER_HUB_TEST_SUMMARY;
      if (file) fs.appendFileSync(file, `${passes} ${failures}\n`);
    });
  }
}
module.exports = SummaryReporter;
