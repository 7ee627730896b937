/**
 * The renderer's Content-Security-Policy, as written and as built: building is
 * too slow for a unit test, so the built file is checked when it is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WRITTEN = 'src-renderer/index.html';
const BUILT = 'out/renderer/index.html';

function policyOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"/i.exec(html);
  if (!meta?.[1]) return null;
  const directives = new Map<string, string[]>();
  for (const part of meta[1].split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Everything wrong with the page's policy; empty when it is as strict as required. */
function cspProblems(html: string): string[] {
  const policy = policyOf(html);
  if (!policy) return ['geen Content-Security-Policy-meta'];
  const problems: string[] = [];
  if (policy.get('default-src')?.join(' ') !== "'none'") problems.push("default-src is niet 'none'");
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  for (const unsafe of ["'unsafe-inline'", "'unsafe-hashes'"]) {
    if (scriptSrc.includes(unsafe)) problems.push(`script-src bevat ${unsafe}`);
  }
  for (const [name, sources] of policy) {
    for (const source of sources) {
      if (source === "'unsafe-eval'") problems.push(`${name} bevat ${source}`);
      if (/^(https?|wss?|ftp):|:\/\/|^\*$|^\*\./i.test(source)) problems.push(`${name} noemt externe bron ${source}`);
    }
  }
  const policyAt = html.search(/http-equiv=["']Content-Security-Policy/i);
  const firstScript = html.search(/<script/i);
  if (firstScript > -1 && firstScript < policyAt) problems.push('een script staat vóór de CSP');
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    if (!/\ssrc=/i.test(tag)) problems.push(`inline script: ${tag}`);
  }
  return problems;
}

describe('CSP check', () => {
  const page = (policy: string, body = '<script type="module" src="./a.js"></script>') =>
    `<head><meta http-equiv="Content-Security-Policy" content="${policy}" />${body}</head>`;

  it('passes a strict policy', () => {
    expect(cspProblems(page("default-src 'none'; script-src 'self'; img-src 'self' data: blob:"))).toEqual([]);
  });

  it.each([
    ["default-src 'self'; script-src 'self'", /default-src/],
    ["default-src 'none'; script-src 'self' 'unsafe-inline'", /unsafe-inline/],
    ["default-src 'none'; script-src 'self' 'unsafe-eval'", /unsafe-eval/],
    ["default-src 'none'; connect-src 'self' https://api.example.com", /externe bron/],
    ["default-src 'none'; img-src *", /externe bron/],
    ["default-src 'none'; connect-src ws://localhost:5173", /externe bron/],
  ])('catches %s', (policy, problem) => {
    expect(cspProblems(page(policy)).join('\n')).toMatch(problem);
  });

  it('catches an inline script and a missing policy', () => {
    expect(cspProblems(page("default-src 'none'", '<script>alert(1)</script>')).join('\n')).toMatch(/inline script/);
    expect(cspProblems('<html></html>')).toEqual(['geen Content-Security-Policy-meta']);
  });
});

/** Sources a worker may come from: the app's own files (pdf.js, the mail parser in src-renderer/src/mail/parse.worker.ts). */
function workerSources(html: string): string[] {
  const policy = policyOf(html);
  return policy?.get('worker-src') ?? policy?.get('child-src') ?? policy?.get('script-src') ?? policy?.get('default-src') ?? [];
}

describe('CSP of the renderer', () => {
  it(`${WRITTEN} is strict`, () => {
    expect(cspProblems(readFileSync(path.join(ROOT, WRITTEN), 'utf8'))).toEqual([]);
  });

  it(`${WRITTEN} lets the app start workers from its own files, which mail parsing needs`, () => {
    expect(workerSources(readFileSync(path.join(ROOT, WRITTEN), 'utf8'))).toContain("'self'");
  });

  it.skipIf(!existsSync(path.join(ROOT, BUILT)))(`${BUILT} (after npm run build) is strict`, () => {
    expect(cspProblems(readFileSync(path.join(ROOT, BUILT), 'utf8'))).toEqual([]);
  });
});
