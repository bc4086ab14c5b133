/**
 * Jest as the mutation run uses it (stryker.config.json): the tests of the engine and of score
 * import only, with esbuild's transform (see esbuild-jest.js). Not the normal suite's config.
 * Left out: the documents', views' and sample's tests (they reach the engine only through
 * whole reports, slowly) and the random-workbook never-throws property (hundreds of workbooks
 * a run); the mutants they would kill, the engine's own tests must kill.
 */
const base = require('../../jest.config.js');

const ENGINE_TESTS = [
  'boundaries/**/*', 'as-of', 'assess.property', 'calendar', 'engine', 'engine-edges', 'engine-edges-2', 'engine-edges-3', 'framework-tools',
  'largest-remainder', 'measure-fields', 'percentages', 'score-import', 'score-import-edges', 'thai', 'unit-names', 'validation',
];

module.exports = {
  ...base,
  preset: undefined,
  rootDir: '../..',
  roots: ['<rootDir>/test/core'],
  testMatch: ENGINE_TESTS.map((name) => `<rootDir>/test/core/${name}.test.ts`),
  transform: { '^.+\\.ts$': '<rootDir>/scripts/mutation/esbuild-jest.js' },
};
