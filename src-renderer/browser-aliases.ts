import { resolve } from 'node:path';

/**
 * Modules a renderer dependency loads that need Node, swapped for browser
 * versions in every renderer build (electron-vite and the plain browser build).
 * iconv-lite: loaded by the .msg parser at start-up; it needs Node's Buffer.
 */
export function browserAliases(rendererRoot: string): Record<string, string> {
  return { 'iconv-lite': resolve(rendererRoot, 'src/mail/iconvShim.ts') };
}
