#!/usr/bin/env node
/**
 * Electron security review with @doyensec/electronegativity, offline.
 *
 * Scans src-main (TypeScript) and the built app in out/ together, so global
 * checks see the whole app (the CSP lives in the renderer's index.html, the
 * permission handler in src-main). Fails on any HIGH or MEDIUM finding that is
 * not in ALLOWED below, and on any file the tool could not parse (a file it
 * could not read is a file it did not check).
 *
 * Workarounds, each because of the tool, not the app:
 * - It lists only .js/.ts/.html files, so the built .cjs/.mjs are copied into a
 *   staging folder as .js.
 * - Its "available security fixes" check downloads Electron's release list;
 *   offline it is excluded (npm audit and Electron upgrades cover it).
 * - It asks a server for translations with a 1 s timeout; offline that fails
 *   and it falls back to the bundled English texts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

/**
 * Findings reviewed and accepted. `file` is matched against the path inside the
 * staging folder (src-main/..., out/main/..., out/preload/..., out/renderer/...).
 */
const ALLOWED = [
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: /^(src-main\/index\.ts|out\/main\/index\.js)$/,
    // The only openExternal call receives URLs that guards.ts handleWindowOpen has
    // already limited to https: and mailto: (unit-tested in tests/main/guards.test.ts).
    why: 'openExternal alleen na isExternalUrlAllowed (https:, mailto:)',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: /^(src-main\/window\.ts|out\/main\/index\.js)$/,
    // Middle-click on a link no longer navigates by itself: it asks for a new window,
    // and setWindowOpenHandler denies every new window (guards.ts, unit-tested).
    why: 'middelklik opent geen venster: setWindowOpenHandler weigert alles',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    file: /^(src-main\/window\.ts|out\/main\/index\.js)$/,
    // Reviewed: the preload exposes exactly KlachtenbalieApi, one fixed channel per
    // method, never ipcRenderer or an event (tests/main/preload.test.ts), and the
    // build holds no require but 'electron' (tests/main/builtPreload.test.ts).
    why: 'preload beoordeeld: alleen de KlachtenbalieApi, vaste kanalen',
  },
];

const SEVERE = new Set(['HIGH', 'MEDIUM']);

function electronVersion() {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = /\d+\.\d+\.\d+/.exec(range ?? '')?.[0];
  if (!version) throw new Error('Geen Electron-versie in package.json gevonden.');
  return version;
}

/**
 * Vendored chunks the tool's parser cannot read (pdf.js uses #private class
 * fields): they are Mozilla's PDF renderer, loaded only to draw a PDF preview,
 * hold no Electron configuration, and a parse failure would hide real findings.
 */
const UNPARSABLE_VENDOR_CHUNKS = /^out\/renderer\/assets\/pdf(\.worker\.min)?-[\w-]+\.js$/;

/** Copies what is to be scanned, renaming .cjs/.mjs to .js so the tool reads them. */
function stage(stagingDir) {
  cpSync(path.join(ROOT, 'src-main'), path.join(stagingDir, 'src-main'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(stagingDir, 'package.json'));
  const outDir = path.join(ROOT, 'out');
  if (!existsSync(outDir)) return false;
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const relative = path.relative(ROOT, source).replace(/\.(cjs|mjs)$/, '.js');
    if (UNPARSABLE_VENDOR_CHUNKS.test(relative.split(path.sep).join('/'))) continue;
    mkdirSync(path.dirname(path.join(stagingDir, relative)), { recursive: true });
    cpSync(source, path.join(stagingDir, relative));
  }
  return true;
}

async function main() {
  const started = Date.now();
  const version = electronVersion();
  const workDir = mkdtempSync(path.join(tmpdir(), 'kb-electronegativity-'));
  const stagingDir = path.join(workDir, 'scan');
  const reportFile = path.join(workDir, 'report.json');
  try {
    const built = stage(stagingDir);
    const result = await runElectronegativity(
      {
        input: stagingDir,
        isRelative: true,
        customScan: [],
        excludeFromScan: ['availablesecurityfixesglobalcheck'],
        electronVersionOverride: version,
        parserPlugins: [],
      },
      false,
    );
    // The tool's own CSV/SARIF writers are asynchronous and drop the severity;
    // the report is written here in full, then read back as the one source of truth.
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: String(issue.file).split(path.sep).join('/'),
      line: issue.location?.line ?? 0,
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
    }));
    const errors = result.errors.map((error) => ({ ...error, file: path.relative(stagingDir, error.file) }));
    writeFileSync(reportFile, JSON.stringify({ electronVersion: version, issues, errors }, null, 2));
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));

    const severe = report.issues.filter((issue) => SEVERE.has(issue.severity));
    const allowed = severe.filter((issue) => ALLOWED.some((rule) => rule.id === issue.id && rule.file.test(issue.file)));
    const blocking = severe.filter((issue) => !allowed.includes(issue));
    const parseFailures = report.errors.filter((error) => !error.tolerable);

    console.log(
      `electronegativity (Electron ${version}, ${result.atomicChecks} + ${result.globalChecks} controles) op src-main${built ? ' en out/' : ' (out/ ontbreekt: eerst npm run build)'}:`,
    );
    console.log(
      `  ${report.issues.length} bevindingen, ${severe.length} HIGH/MEDIUM, waarvan ${allowed.length} beoordeeld en toegestaan; ${parseFailures.length} onleesbare bestanden (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    for (const issue of allowed) {
      const rule = ALLOWED.find((entry) => entry.id === issue.id);
      console.log(`  toegestaan: ${issue.id} ${issue.file}:${issue.line} — ${rule?.why}`);
    }
    for (const issue of blocking) {
      console.log(`  FOUT: ${issue.severity} ${issue.id} ${issue.file}:${issue.line} — ${issue.description}`);
    }
    for (const error of parseFailures) console.log(`  FOUT: niet te lezen: ${error.file}: ${error.message}`);
    for (const rule of ALLOWED) {
      if (!allowed.some((issue) => issue.id === rule.id)) console.log(`  (uitzondering ${rule.id} is niet meer nodig)`);
    }
    if (blocking.length > 0 || parseFailures.length > 0) {
      console.log(`  volledig rapport: ${reportFile}`);
      process.exitCode = 1;
      return;
    }
    console.log('  geen blokkerende bevindingen');
  } finally {
    if (!process.exitCode) rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
