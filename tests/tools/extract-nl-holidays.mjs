#!/usr/bin/env node
// Extracts the Dutch part of date-holidays' data into the renderer, so the app
// ships ~30 kB of holiday rules instead of every country's (~800 kB).
// Run after upgrading date-holidays: node tests/tools/extract-nl-holidays.mjs
// (a unit test fails while the extract is stale).
import { readFileSync, writeFileSync } from 'node:fs';

export function extractNl(full) {
  return { version: full.version, license: full.license, holidays: { NL: full.holidays.NL }, names: full.names };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const full = JSON.parse(readFileSync('node_modules/date-holidays/data/holidays.json', 'utf8'));
  writeFileSync('src-renderer/src/domain/calendar/nlHolidayData.json', `${JSON.stringify(extractNl(full))}\n`);
  console.log('src-renderer/src/domain/calendar/nlHolidayData.json bijgewerkt');
}
