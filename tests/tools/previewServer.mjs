import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

/**
 * How the built renderer is served on loopback, for the bench, seed and the
 * e2e tests' webServer alike: vite itself, not through npx (killing an npx
 * wrapper left vite running with our pipes open, so the bench never exited).
 * outDir: a renderer built elsewhere (vite build --outDir) instead of out/renderer,
 * so two people can build and measure side by side.
 */
export function previewArgs(port, outDir) {
  return [VITE_BIN, 'preview', 'src-renderer', '--port', String(port), '--strictPort', '--host', '127.0.0.1', ...(outDir ? ['--outDir', outDir] : [])];
}

/** Serves the built renderer (out/renderer, or outDir) on loopback, as the e2e tests do. */
export async function startPreviewServer(port, outDir, env = {}) {
  // Its own process group lets stop() end everything it started.
  const child = spawn(process.execPath, previewArgs(port, outDir), {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    child.stdout.destroy();
    child.stderr.destroy();
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  let lastError = '';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch (error) {
      lastError = error.cause?.message ?? error.message;
    }
    if (child.exitCode !== null) break;
    await delay(200);
  }
  stop();
  throw new Error(`De testserver startte niet op poort ${port} (${lastError}):\n${output}`);
}

export function argValue(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  if (index >= 0 && args[index + 1] !== undefined) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
}
