#!/usr/bin/env node
// Extracts the Dutch part of date-holidays' data into the renderer, so the app
// ships ~30 kB of holiday rules instead of every country's (~800 kB).
// Run after upgrading date-holidays: node tests/tools/extract-nl-holidays.mjs
// (a unit test fails while the extract is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export function extractNl(full) {
  return { version: full.version, license: full.license, holidays: { NL: full.holidays.NL }, names: full.names };
}

// Run as a script (not imported by the test); paths from the project root, wherever it is started.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(import.meta.dirname, '../..');
  const target = 'src-renderer/src/domain/calendar/nlHolidayData.json';
  const full = JSON.parse(readFileSync(path.join(root, 'node_modules/date-holidays/data/holidays.json'), 'utf8'));
  writeFileSync(path.join(root, target), `${JSON.stringify(extractNl(full))}\n`);
  console.log(`${target} bijgewerkt`);
}
