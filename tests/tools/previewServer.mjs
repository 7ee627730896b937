import { spawn } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

/** Serves the built renderer (out/renderer) on loopback, as the e2e tests do. */
export async function startPreviewServer(port) {
  const child = spawn('npx', ['vite', 'preview', 'src-renderer', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  let lastError = '';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch (error) {
      lastError = error.cause?.message ?? error.message;
    }
    if (child.exitCode !== null) break;
    await delay(200);
  }
  child.kill('SIGTERM');
  throw new Error(`De testserver startte niet op poort ${port} (${lastError}):\n${output}`);
}

export function argValue(args, name, fallback) {
  const index = args.indexOf(`--${name}`);
  if (index >= 0 && args[index + 1] !== undefined) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : fallback;
}
