import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No end-to-end test may depend on the real date (issue 21): one that types or expects a literal date, or a reference
 * of a literal year, fixes the page's clock first (`page.clock.setFixedTime` or `install`), or it starts failing on its
 * own once the real date passes that date. `.ci/run` runs the unit tests a year ahead under faketime; this guard is
 * what keeps the e2e tests honest without running them twice.
 */

const E2E_DIR = path.join(__dirname, '..', 'e2e');

const DUTCH_MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DUTCH_SHORT = 'jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec';
const ENGLISH_SHORT = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
/** Dates as a test types or reads them: 2026-11-16, 16-11-2026, 16 november 2026, 16 nov. 2026, 16 Nov 2026, K-2026-… */
const DATE_LITERAL = new RegExp(
  [
    String.raw`\b(?:19|20)\d\d-[01]\d-[0-3]\d`,
    String.raw`\b[0-3]?\d-[01]?\d-(?:19|20)\d\d\b`,
    String.raw`\b[0-3]?\d (?:${DUTCH_MONTHS}|${DUTCH_SHORT}|${ENGLISH_SHORT})\.? (?:19|20)\d\d\b`,
    String.raw`\bK-(?:19|20)\d\d-`,
    String.raw`new Date\(\s*(?:19|20)\d\d\s*,`,
  ].join('|'),
  'gi',
);
const FIXES_CLOCK = /\.clock\.(?:setFixedTime|install|setSystemTime)\(/;

/** Literal dates that are not today's: each with where it comes from. A listed one no longer found fails too. */
const NOT_TODAY: ReadonlyArray<{ file: string; literal: string; why: string }> = [
  { file: 'letterSettings.spec.ts', literal: '21 november 2026', why: 'the sample letter’s own date (src-renderer/src/letters/sample.ts)' },
  { file: 'letterSettings.spec.ts', literal: 'K-2026-', why: 'the sample letter’s reference K-2026-0042 (sample.ts)' },
  { file: 'pinboard.spec.ts', literal: '16-11-2026', why: 'the Date header of the dropped e-mail (fixtures/files.ts)' },
  { file: 'fixtures/files.ts', literal: '16 Nov 2026', why: 'the Date header of the e-mail fixture' },
];

export interface Finding {
  file: string;
  line: number;
  literal: string;
  problem: string;
}

interface Block {
  kind: string;
  start: number;
  end: number;
  text: string;
}

/** Top-level `test(…)` and `test.xxx(…)` calls, each to its closing `});` at the start of a line. */
function topLevelBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const opener = /^test(?:\.(\w+))?\(/gm;
  for (let match = opener.exec(source); match; match = opener.exec(source)) {
    const start = match.index;
    const lineEnd = source.indexOf('\n', start);
    const firstLine = source.slice(start, lineEnd === -1 ? undefined : lineEnd);
    const close = /^\}\);?[ \t]*$/m;
    const rest = source.slice(start);
    const end = /\);\s*$/.test(firstLine) && !/=>\s*\{/.test(firstLine) ? start + firstLine.length : start + (close.exec(rest)?.index ?? rest.length) + 3;
    blocks.push({ kind: match[1] ?? 'test', start, end, text: source.slice(start, end) });
    opener.lastIndex = end;
  }
  return blocks;
}

interface Declaration {
  name: string;
  start: number;
  end: number;
  /** Its text without the name being declared. */
  body: string;
}

const DECLARATION = /^(?:export )?(?:async )?(?:function\*? |const |let )(\w+)/gm;

/** Top-level `function name`, `const name` and `let name`, each up to the next top-level declaration or test. */
function topLevelDeclarations(source: string, blocks: readonly Block[]): Declaration[] {
  const starts = [...source.matchAll(DECLARATION)].map((match) => ({ name: match[1] ?? '', start: match.index ?? 0, nameEnd: (match.index ?? 0) + match[0].length }));
  const boundaries = [...starts.map((d) => d.start), ...blocks.map((b) => b.start), source.length].sort((a, b) => a - b);
  return starts
    .filter(({ start }) => !blocks.some((b) => start >= b.start && start < b.end))
    .map(({ name, start, nameEnd }) => {
      const end = boundaries.find((boundary) => boundary > start) ?? source.length;
      return { name, start, end, body: source.slice(nameEnd, end) };
    });
}

/** Where the text first mentions one of the names, or -1. */
function firstMention(text: string, names: ReadonlySet<string>): number {
  const found = [...names].map((name) => text.search(new RegExp(`\\b${name}\\b`))).filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}
const mentions = (text: string, names: ReadonlySet<string>) => firstMention(text, names) >= 0;

const lineOf = (source: string, position: number) => source.slice(0, position).split('\n').length;

/** Comments blanked out, lines and positions kept: a date in a comment is no date a test meets. */
function withoutComments(source: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return source.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/(^|\s)\/\/[^\n]*/gm, (comment, space: string) => space + blank(comment.slice(space.length)));
}

/** Every literal date in an e2e file that a test could meet without having fixed the clock. */
export function undatedLiterals(file: string, text: string, notToday: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  const source = withoutComments(text);
  const literals = [...source.matchAll(DATE_LITERAL)]
    .map((match) => ({ literal: match[0], at: match.index ?? 0 }))
    .filter(({ literal }) => !notToday.some((allowed) => literal.includes(allowed) || allowed.includes(literal)));
  if (literals.length === 0) return findings;
  const report = (at: number, literal: string, problem: string) => findings.push({ file, line: lineOf(source, at), literal, problem });

  if (!file.endsWith('.spec.ts')) {
    for (const { literal, at } of literals) report(at, literal, 'a literal date in a shared helper: any test may meet it, with or without a fixed clock');
    return findings;
  }

  const blocks = topLevelBlocks(source);
  const tests = blocks.filter((block) => block.kind === 'test' || block.kind === 'only' || block.kind === 'skip' || block.kind === 'describe');
  const clockForAll = blocks.some((block) => block.kind === 'beforeEach' && FIXES_CLOCK.test(block.text));
  const declarations = topLevelDeclarations(source, blocks);
  // A helper that opens a page with its clock fixed (a workstation of the sharing tests) fixes it where the test calls it.
  const clockHelpers = new Set(declarations.filter((declaration) => FIXES_CLOCK.test(declaration.body)).map((declaration) => declaration.name));
  const fixesClockBefore = (block: Block, at: number) => {
    const clock = FIXES_CLOCK.exec(block.text);
    const helper = clockHelpers.size > 0 ? firstMention(block.text, clockHelpers) : -1;
    return clockForAll || (clock !== null && block.start + clock.index < at) || (helper >= 0 && block.start + helper <= at);
  };
  /** The tests that use a top-level name, directly or through other top-level declarations, and where they first do. */
  const testsUsing = (name: string): Array<{ block: Block; at: number }> => {
    const names = new Set([name]);
    for (let grown = true; grown; ) {
      grown = false;
      for (const declaration of declarations) {
        if (!names.has(declaration.name) && mentions(declaration.body, names)) {
          names.add(declaration.name);
          grown = true;
        }
      }
    }
    return tests.flatMap((block) => {
      const at = firstMention(block.text, names);
      return at >= 0 ? [{ block, at: block.start + at }] : [];
    });
  };

  for (const { literal, at } of literals) {
    const block = blocks.find((b) => at >= b.start && at < b.end);
    if (block) {
      if (!fixesClockBefore(block, at)) report(at, literal, 'typed or expected before the test fixes the page’s clock');
      continue;
    }
    const name = declarations.find((d) => at >= d.start && at < d.end)?.name ?? null;
    const users = name ? testsUsing(name) : tests.map((block) => ({ block, at: block.start }));
    for (const user of users) {
      if (!fixesClockBefore(user.block, user.at)) {
        report(at, literal, `used (through ${name ?? 'the file'}) at line ${lineOf(source, user.at)} before that test fixes the page’s clock`);
      }
    }
  }
  return findings;
}

function e2eFiles(dir = E2E_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) return e2eFiles(path.join(dir, entry.name), `${relative}/`);
    return entry.name.endsWith('.ts') && entry.name !== 'playwright.config.ts' ? [relative] : [];
  });
}

describe('e2e tests and the real date', () => {
  it('no e2e test types or expects a literal date without fixing the page’s clock first', () => {
    const files = e2eFiles();
    expect(files).toContain('letters.spec.ts');
    const findings = files.flatMap((file) =>
      undatedLiterals(
        file,
        readFileSync(path.join(E2E_DIR, file), 'utf8'),
        NOT_TODAY.filter((entry) => entry.file === file).map((entry) => entry.literal),
      ),
    );
    expect(findings.map((f) => `${f.file}:${f.line} „${f.literal}”: ${f.problem}`)).toEqual([]);
  });

  it('each date listed as not today’s is still there, so the list cannot hide a new one', () => {
    for (const { file, literal } of NOT_TODAY) expect(readFileSync(path.join(E2E_DIR, file), 'utf8'), file).toContain(literal);
  });

  it('catches a typed date, a date expected, and a helper’s date used by a test that does not fix the clock', () => {
    const spec = [
      "import { test } from '@playwright/test';",
      "// Monday 16 November 2026: a date in a comment is no date a test meets.",
      "const MONDAY = new Date('2026-11-16T10:00:00+01:00');",
      'async function newComplaint(page) {',
      "  return page.getByRole('heading').filter({ hasText: /K-2026-\\d{4}/ });",
      '}',
      "test('fixed', async ({ page }) => {",
      '  await page.clock.setFixedTime(MONDAY);',
      '  await newComplaint(page);',
      "  await page.getByLabel('Datum').fill('15-02-2027');",
      '});',
      "test('typed too early', async ({ page }) => {",
      "  await page.getByLabel('Datum').fill('15-02-2027');",
      '  await page.clock.setFixedTime(MONDAY);',
      '});',
      "test('expected without a clock', async ({ page }) => {",
      "  await expect(page.getByRole('row')).toContainText('23 nov. 2026');",
      '});',
      "test('helper without a clock', async ({ page }) => {",
      '  await newComplaint(page);',
      '});',
      "test('helper before the clock', async ({ page }) => {",
      '  await newComplaint(page);',
      '  await page.clock.setFixedTime(MONDAY);',
      '});',
    ].join('\n');
    // The clock's own date is fine: every test that uses MONDAY fixes the clock with it.
    expect(undatedLiterals('sample.spec.ts', spec).map((f) => [f.line, f.literal])).toEqual([
      [5, 'K-2026-'],
      [5, 'K-2026-'],
      [13, '15-02-2027'],
      [17, '23 nov. 2026'],
    ]);
    expect(undatedLiterals('helpers.ts', "export const DAY = '01-01-2027';")).toHaveLength(1);
  });
});
