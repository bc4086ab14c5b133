/**
 * Jest as the mutation run uses it (stryker.config.mjs): the engine's tests only, esbuild's
 * transform (see esbuild-jest.js). Not the normal suite's config.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  preset: undefined,
  rootDir: '../..',
  roots: ['<rootDir>/test/core'],
  transform: { '^.+\\.ts$': '<rootDir>/scripts/mutation/esbuild-jest.js' },
};
