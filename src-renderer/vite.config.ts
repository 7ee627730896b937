// The browser build (`npm run web`, end-to-end tests, bench): the same renderer
// on the browser platform, without Electron.
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { relaxCspWhileServing } from './csp-dev-plugin';
import { browserAliases } from './browser-aliases';

const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };

function couchProxy(target: string | undefined) {
  if (!target) return undefined;
  return { '/couchdb': { target, changeOrigin: true, rewrite: (path: string) => path.replace(/^\/couchdb/, '') || '/' } };
}

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [react(), relaxCspWhileServing()],
  // The mail worker loads its parsers on demand, which needs ES-module workers (code splitting).
  worker: { format: 'es' },
  resolve: { alias: browserAliases(import.meta.dirname) },
  server: { port: 5173, strictPort: false },
  // The browser build reaches only its own origin (CSP connect-src 'self'), so an
  // office serves CouchDB under the app's address; the tests do the same with
  // KLACHTENBALIE_COUCH_PROXY: /couchdb/ on the preview server goes to that server.
  preview: { port: 4173, strictPort: false, proxy: couchProxy(process.env.KLACHTENBALIE_COUCH_PROXY) },
  build: { outDir: resolve(import.meta.dirname, '../out/renderer'), emptyOutDir: true },
});
