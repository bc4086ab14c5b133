/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // ITA_TEST_TODAY (see the file) moves the whole suite to another day.
  setupFiles: ['<rootDir>/test/setup/clock.ts'],
  // Tests are never timed (speed lives in npm run bench): a loaded 2-core machine must not fail them.
  testTimeout: 120_000,
};
