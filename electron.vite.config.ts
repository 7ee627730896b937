import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { relaxCspWhileServing } from './src-renderer/csp-dev-plugin';
import { browserAliases } from './src-renderer/browser-aliases';

const { version } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require only 'electron': every other import is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/preload.ts') },
        // A sandboxed preload cannot be an ES module: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
        // The preload needs only the constants of api.ts: its zod schemas are
        // declared pure so they, and zod with them, are left out.
        treeshake: { manualPureFunctions: ['z'] },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [react(), relaxCspWhileServing()],
    // The mail worker loads its parsers on demand, which needs ES-module workers (code splitting).
    worker: { format: 'es' },
    resolve: { alias: browserAliases(resolve(__dirname, 'src-renderer')) },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src-renderer/index.html') } },
    },
  },
});
