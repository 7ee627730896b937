/**
 * Where the Electron binary is, found the way the `electron` package finds it
 * but without requiring that package: its index.js starts a download when the
 * binary is missing, and there is no internet here. Used by the Electron
 * end-to-end test and by `npm run seed`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SKIP_MESSAGE =
  'Electron-binary niet geïnstalleerd (ELECTRON_SKIP_BINARY_DOWNLOAD): Electron-end-to-endtest overgeslagen';

export function findElectronBinary(projectRoot) {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, relative);
  return existsSync(binary) ? binary : null;
}
