#!/usr/bin/env node
/**
 * The date-sensitive suites, run as if today were each of a few chosen days (ITA_TEST_TODAY,
 * test/setup/clock.ts): no test may depend on the real today. Part of `npm test`; a few suites
 * only, so CI stays short. Days: the 10 Feb 2025, a leap day inside a fiscal year, the
 * first day of a fiscal year, the last day of 2031.
 */
const { spawnSync } = require('node:child_process');

const DAYS = ['2025-02-10', '2028-02-29', '2029-10-01', '2031-12-31'];
const SUITES = ['test/node/status.test.ts', 'test/gas/plan.test.ts', 'test/core/boundaries/dates.test.ts', 'test/core/score-import.test.ts'];

for (const day of DAYS) {
  const run = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--silent', ...SUITES], {
    stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ITA_TEST_TODAY: day },
  });
  if (run.status !== 0) {
    console.error(`test-days: the suite fails when today is ${day}`);
    process.exit(run.status ?? 1);
  }
  console.log(`test-days: ${SUITES.length} date-sensitive suites pass with today = ${day}`);
}
