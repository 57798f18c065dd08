// The suites of `npm test` that measure time or the machine (kill -9 and SIGTERM of a child app,
// latency budgets, SQLite's checkpointer thread, group-commit windows) run alone, one file after
// the other (.mocharc.serial.cjs); .mocharc.cjs runs everything else in parallel workers and skips
// these. Next to three other workers on two cores their deadlines failed; alone they are as before.
// The checkpoint suite goes first: right after the kill -9 suite its WAL was still there after 2 s.
module.exports = [
  'tests/storage/sqlite-checkpoint.test.ts',
  'tests/delivery/crash.test.ts',
  'tests/server/shutdown.test.ts',
  'tests/server/telemetry.test.ts',
  'tests/ask/ai-rerank.test.ts',
  'tests/shared/group-commit.test.ts',
  'tests/delivery/in-doubt-counts.test.ts',
];
