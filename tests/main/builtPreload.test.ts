/** A sandboxed preload must be one CommonJS file that requires nothing but electron. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PRELOAD = path.resolve(import.meta.dirname, '../../out/preload/preload.cjs');
const present = existsSync(PRELOAD);

describe.skipIf(!present)('built preload (out/preload/preload.cjs)', () => {
  const code = present ? readFileSync(PRELOAD, 'utf8') : '';

  it('has no ES module syntax', () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
    expect(code).not.toMatch(/\bimport\s*\(|import\.meta/);
  });

  it('requires only electron', () => {
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
  });

  it('exposes the API through the context bridge', () => {
    expect(code).toContain('exposeInMainWorld');
  });
});
