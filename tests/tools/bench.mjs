#!/usr/bin/env node
// npm run bench -- --complaints 100000 --runs 5 [--busy] [--profile DIR]
// Measures what a person waits for in the built renderer, in Debian's Chromium, on a demo register: the list
// and the coordinator's desk after a page load, the desk a month later, search from the key press until the
// result rows are on screen, saving a new complaint from the click until its card shows with its history,
// and opening a long file (fifty mixed events) from the click until its card shows them all.
// Each run starts fresh browser processes on the kept profiles: the first of each kind in a process is
// "cold", the ones after it "warm". --busy measures everything again with a second busy Chromium beside it.
// The table (median / p95 over all runs) is printed and written as JSON to --out.
// --assert-smoke: fail when a figure is over its smoke threshold (tests/tools/bench/figures.mjs).
// --renderer-dir <dir>: measure a renderer built with `vite build src-renderer --outDir <dir>`.
// --screenshot <file.png>: the desk on this data, as a picture (and <file>-full.png for the whole page).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { argValue, startPreviewServer } from './previewServer.mjs';
import { openBrowser, startBusyNeighbour } from './bench/browser.mjs';
import { FIGURES, smokeFailures } from './bench/figures.mjs';
import { analysisCustom, analysisYears, annualReports, heapMB, openCards, pageLoads, saves, searches } from './bench/measures.mjs';
import { prepareRegister, SEARCH_KINDS } from './bench/register.mjs';
import { printTable } from './bench/report.mjs';
import { round, summarize } from './bench/stats.mjs';

const args = process.argv.slice(2);
const complaints = Number(argValue(args, 'complaints', '10000'));
const runs = Number(argValue(args, 'runs', '5'));
const searchCount = Number(argValue(args, 'searches', '100'));
const saveCount = Number(argValue(args, 'saves', '20'));
const cardCount = Number(argValue(args, 'cards', '20'));
// Page loads after the cold one, per run and screen.
const warmLoads = Number(argValue(args, 'warm-loads', '2'));
const port = Number(argValue(args, 'port', '4388'));
const output = argValue(args, 'out', 'bench-results/bench.json');
const rendererDir = argValue(args, 'renderer-dir', undefined);
// --profile <dir>: Chromium profiles kept between runs (<dir> made today, <dir>-month-ago a month ago); seeded ones are reused.
const keptProfile = argValue(args, 'profile', undefined);
const screenshot = argValue(args, 'screenshot', undefined);
const busy = args.includes('--busy');
const assertSmoke = args.includes('--assert-smoke');

const perRun = (total) => Math.max(1, Math.ceil(total / runs));
const slice = (items, run, count) => Array.from({ length: count }, (_, i) => items[(run * count + i) % items.length]);
const load = () => loadavg().map((n) => n.toFixed(2));

/** Every figure, `runs` times, each run on fresh browser processes. */
async function measureAll(url, today, monthAgo) {
  const samples = Object.fromEntries(FIGURES.map((figure) => [figure.key, { cold: [], warm: [] }]));
  const add = (key, { cold, warm }) => {
    samples[key].cold.push(...cold);
    samples[key].warm.push(...warm);
  };
  const byQuery = [];
  let heap = null;
  const before = load();
  for (let run = 0; run < runs; run += 1) {
    console.log(`… run ${run + 1} of ${runs}: list and search`);
    const queries = slice(today.samples, run, perRun(searchCount));
    let context = await openBrowser(today.profile, { staffId: today.staffId });
    try {
      add('listShown', await pageLoads(context, url, 'klachten', warmLoads));
      const found = await searches(context.pages()[0], url, queries);
      add('search', found);
      byQuery.push(...[...found.cold, ...found.warm].map((ms, i) => ({ query: queries[i], kind: SEARCH_KINDS[(run * queries.length + i) % SEARCH_KINDS.length], ms })));
      heap = await heapMB(context.pages()[0]);
    } finally {
      await context.close();
    }
    console.log(`… run ${run + 1} of ${runs}: desk, cards and saving`);
    context = await openBrowser(today.profile, { staffId: today.staffId });
    try {
      add('deskShown', await pageLoads(context, url, 'bureau', warmLoads));
      add('card', await openCards(context.pages()[0], url, slice(today.longFiles, run, perRun(cardCount))));
      add('save', await saves(context.pages()[0], url, perRun(saveCount)));
    } finally {
      await context.close();
    }
    console.log(`… run ${run + 1} of ${runs}: the analysis and the annual report`);
    context = await openBrowser(today.profile, { staffId: today.staffId });
    try {
      const page = context.pages()[0];
      const year = new Date().getFullYear();
      add('analysisYear', await analysisYears(page, url, [year - 1, year - 2, year - 1, year - 2]));
      add('analysisCustom', await analysisCustom(page, url, ownPeriods(year)));
      add('annualReport', await annualReports(page, url, year - 1, 2));
    } finally {
      await context.close();
    }
    console.log(`… run ${run + 1} of ${runs}: the desk a month later`);
    context = await openBrowser(monthAgo.profile, { staffId: monthAgo.staffId });
    try {
      add('deskMonthLater', await pageLoads(context, url, 'bureau', warmLoads));
    } finally {
      await context.close();
    }
  }
  const figures = Object.fromEntries(Object.entries(samples).map(([key, { cold, warm }]) => [key, { cold: summarize(cold), warm: summarize(warm) }]));
  const searchByKind = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, summarize(byQuery.filter((q) => q.kind === kind).map((q) => q.ms))]));
  const slowest = [...byQuery].sort((a, b) => b.ms - a.ms).slice(0, 5).map((q) => ({ query: q.query, ms: round(q.ms) }));
  return { runs, load: { before, after: load() }, ...figures, searchByKind, slowestSearches: slowest, heapMB: heap === null ? null : round(heap) };
}

/** Periods of one's own as a person types them: a season, a half year across the new year, nine months. */
function ownPeriods(year) {
  return [
    { from: `01-06-${year - 1}`, to: `31-08-${year - 1}`, title: `01-06-${year - 1} t/m 31-08-${year - 1}` },
    { from: `01-10-${year - 2}`, to: `31-03-${year - 1}`, title: `01-10-${year - 2} t/m 31-03-${year - 1}` },
    { from: `15-02-${year - 1}`, to: `14-11-${year - 1}`, title: `15-02-${year - 1} t/m 14-11-${year - 1}` },
  ];
}

async function takeScreenshot(url, today) {
  // What the coordinator sees on this data: looked at, not measured.
  const context = await openBrowser(today.profile, { staffId: today.staffId });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}#/bureau`);
    await page.getByRole('region', { name: 'Te laat', exact: true }).getByRole('table').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: screenshot });
    await page.screenshot({ path: screenshot.replace(/\.png$/, '-full.png'), fullPage: true });
  } finally {
    await context.close();
  }
}

async function main() {
  if (![complaints, runs, searchCount, saveCount, cardCount, warmLoads].every((n) => Number.isInteger(n) && n >= 0) || runs < 1) {
    throw new Error('bench: --complaints, --runs, --searches, --saves, --cards and --warm-loads take whole numbers');
  }
  const server = await startPreviewServer(port, rendererDir);
  const base = keptProfile ?? mkdtempSync(join(tmpdir(), 'klachtenbalie-bench-'));
  const profiles = { today: keptProfile ?? join(base, 'today'), monthAgo: `${keptProfile ?? join(base, 'today')}-month-ago` };
  for (const dir of Object.values(profiles)) mkdirSync(dir, { recursive: true });
  try {
    console.log(`… the register of ${complaints} complaints, made today and a month ago`);
    const today = { profile: profiles.today, ...(await prepareRegister(server.url, profiles.today, { complaints, searches: perRun(searchCount) * runs })) };
    const monthAgo = { profile: profiles.monthAgo, ...(await prepareRegister(server.url, profiles.monthAgo, { complaints, monthAgo: true })) };
    if (today.longFiles.length === 0) throw new Error('bench: the register has no long files to open (is it older than db/demo/longFile.ts?)');
    for (const [name, register] of [['today', today], ['a month ago', monthAgo]]) {
      console.log(register.seededMs === null ? `Register made ${name}: already in the profile` : `Register made ${name}: seeded in ${(register.seededMs / 1000).toFixed(1)} s`);
    }

    const result = { date: new Date().toISOString(), complaints, seededMs: { today: today.seededMs, monthAgo: monthAgo.seededMs }, longFiles: today.longFiles.length };
    result.idle = await measureAll(server.url, today, monthAgo);
    if (busy) {
      const neighbour = await startBusyNeighbour();
      try {
        result.busy = await measureAll(server.url, today, monthAgo);
      } finally {
        await neighbour.close();
      }
    }
    result.heapMB = result.idle.heapMB;
    result.targets = Object.fromEntries(FIGURES.map((f) => [f.key, { statistic: `warm ${f.statistic}`, ms: f.targetMs }]));
    if (screenshot) await takeScreenshot(server.url, today);

    mkdirSync(join(output, '..'), { recursive: true });
    writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
    printTable(result);
    console.log(`Written to ${output}`);
    if (assertSmoke) {
      const failures = smokeFailures(result);
      for (const failure of failures) console.error(`bench-smoke: ${failure}`);
      if (failures.length > 0) process.exitCode = 1;
      else console.log('bench-smoke: every figure within its threshold');
    }
  } finally {
    server.stop();
    if (!keptProfile) rmSync(base, { recursive: true, force: true });
  }
}

main().then(
  // Explicit exit: a stray handle (browser, server pipe) must never keep CI waiting.
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
