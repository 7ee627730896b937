// Mutation testing of the domain rules (issue 21): npm run test:mutation. Not part of npm test or CI; a full run
// takes a long time on two cores. While working on one area, narrow it on the command line (a comma separates
// patterns, so no braces) and leave out the static mutants (label lists and tables read when a module loads: each
// one re-runs every test, 45 % of the time for a tenth of the mutants), e.g.
//   npx stryker run stryker.config.mjs --ignoreStatic --mutate 'src-renderer/src/domain/deadlines/**/*.ts,src-renderer/src/domain/calendar/**/*.ts'
// Results are kept in reports/stryker-incremental.json, so a re-run only tests mutants whose code or tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  mutate: ['src-renderer/src/domain/**/*.ts', '!src-renderer/src/domain/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 70, break: null },
};
