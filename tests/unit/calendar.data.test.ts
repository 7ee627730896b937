import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { extractNl } from '../tools/extract-nl-holidays.mjs';
import shipped from '../../src-renderer/src/domain/calendar/nlHolidayData.json';

describe('the Dutch holiday rules shipped with the app', () => {
  it('are exactly the Dutch part of the installed date-holidays data (rerun tests/tools/extract-nl-holidays.mjs after an upgrade)', () => {
    const full = JSON.parse(readFileSync('node_modules/date-holidays/data/holidays.json', 'utf8'));
    expect(shipped).toEqual(extractNl(full));
  });
});
