/**
 * The renderer is served from app://klachtenbalie, never file://: a file://
 * page could read any file on disk, and IndexedDB needs one stable origin.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origins';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedRequest = { status: 200; filePath: string; contentType: string } | { status: 403 | 404 };

/** Before app ready: standard + secure gives app:// a real origin, so IndexedDB and fetch work there. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
    },
  ]);
}

/**
 * Maps an app:// URL onto a file below `rootDir`, or says why not.
 * The raw URL is checked as well as the parsed one, because URL parsing
 * already folds `..` and `%2e%2e` away and would hide the attempt.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): ResolvedRequest {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { status: 403 };
  const rawPath = requestUrl.slice(`${APP_SCHEME}://${APP_HOST}`.length).split(/[?#]/)[0] ?? '';
  if (/\\|%5c|%00|\0/i.test(rawPath)) return { status: 403 };

  const segments: string[] = [];
  for (const encoded of url.pathname.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return { status: 403 };
    }
    if (segment === '') continue;
    // `:` blocks Windows drive letters and alternate data streams.
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return { status: 403 };
    segments.push(segment);
  }
  for (const raw of rawPath.split('/')) {
    if (/^(\.|%2e){1,2}$/i.test(raw)) return { status: 403 };
  }
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { status: 403 };
  return { status: 200, filePath, contentType: contentTypeFor(filePath) };
}

/** Serves a resolved request; a symlink that leads out of the renderer folder is refused too. */
export async function serveAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Methode niet toegestaan');
  const resolved = resolveAppRequest(request.url, rootDir);
  if (resolved.status !== 200) return plain(resolved.status, resolved.status === 403 ? 'Verboden' : 'Niet gevonden');
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(rootDir), fs.realpath(resolved.filePath)]);
    if (!realFile.startsWith(realRoot + path.sep)) return plain(403, 'Verboden');
    const body = await fs.readFile(realFile);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { 'Content-Type': resolved.contentType, 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return plain(404, 'Niet gevonden');
  }
}

export function handleAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rootDir));
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
