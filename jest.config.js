/** @type {import('jest').Config} */
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // The CLI tests read and write real .xlsx files; on a shared, loaded machine 5 s is not enough
  // for that (a test's speed is for the bench, never a test).
  testTimeout: 60_000,
};
