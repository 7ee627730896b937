/**
 * The .msg parser loads iconv-lite, which needs Node's Buffer: in the browser
 * (and so in the app's renderer) it failed to load until the renderer builds
 * swapped it for mail/iconvShim.ts. Vitest runs the Node version, so this
 * builds the mail module the way the renderer builds do and runs the result.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { browserAliases } from '../../src-renderer/browser-aliases';
import type * as Mail from '../../src-renderer/src/mail';

const ROOT = path.resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'kb-mail-bundle-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('mail module as the renderer build bundles it', () => {
  it('leaves out everything that needs Node and still parses .msg and .eml', async () => {
    const warnings: string[] = [];
    const output = (await build({
      configFile: false,
      root: ROOT,
      logLevel: 'silent',
      resolve: { alias: browserAliases(path.join(ROOT, 'src-renderer')) },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: { entry: path.join(ROOT, 'src-renderer/src/mail/index.ts'), formats: ['es'], fileName: 'mail' },
        rollupOptions: { onwarn: (warning) => void warnings.push(warning.message) },
      },
    })) as Rollup.RollupOutput[];

    const code = output.flatMap((result) => result.output).map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
    expect(code).not.toMatch(/safer-buffer|__vite-browser-external|require\(["']buffer["']\)/);
    expect(warnings.filter((message) => /externalized for browser compatibility/.test(message))).toEqual([]);

    const mail = (await import(pathToFileURL(path.join(outDir, 'mail.js')).href)) as typeof Mail;
    const fixture = (name: string) => new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/mail', name)));
    expect((await mail.parseEmailFile('a.msg', fixture('dutch-html-ansi.msg'))).subject).toBe('Klacht: rekening € 45,00 – ‘dubbel’ betaald');
    expect((await mail.parseEmailFile('b.msg', fixture('outlook-with-jpg.msg'))).attachments[0]?.bytes.byteLength).toBe(122_784);
    expect((await mail.parseEmailFile('c.eml', fixture('latin1-subject.eml'))).from?.name).toBe('Renée Müller');
  });
});
