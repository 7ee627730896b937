import { defineConfig } from 'vitest/config';
import base from './vitest.config';

// The unit tests Stryker runs against each mutant of src-renderer/src/domain (npm run test:mutation): the ones that
// test the domain itself, without the database, a server, a worker or LibreOffice, so that each mutant costs
// seconds and not minutes on two cores. A new test of a domain rule belongs in one of these files (or a new
// tests/unit/<area>.<topic>.test.ts of the areas below) to count here.
// Left out on purpose: calendar.performance (times the machine), calendar.timezones (changes process.env.TZ, which
// Stryker's worker threads do not apply, so it fails before any mutant is tried).
// Not mergeConfig: it would add these lists to the base config's instead of replacing them.
export default defineConfig({
  test: {
    ...base.test,
    include: [
      'tests/unit/{calendar,deadlines,workflow,procedures}.*.test.ts',
      'tests/unit/backup.generations.test.ts',
      'tests/unit/desk.state.test.ts',
      'tests/unit/errorText.test.ts',
      'tests/unit/fileSafety.test.ts',
      'tests/unit/idsAndDates.test.ts',
      'tests/unit/letters.values.test.ts',
      'tests/unit/longPaste.test.ts',
      'tests/unit/reference.test.ts',
      'tests/unit/references.blocks.test.ts',
      'tests/unit/search.test.ts',
      'tests/unit/sharing.merge.test.ts',
      'tests/unit/text.clean.test.ts',
    ],
    exclude: ['tests/unit/calendar.performance.test.ts', 'tests/unit/calendar.timezones.test.ts', 'tests/unit/procedures.repository.test.ts'],
  },
});
