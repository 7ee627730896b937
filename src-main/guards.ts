/**
 * What web content may do outside its page: almost nothing. A renderer bug or
 * a malicious attachment name must never turn the app window into a browser,
 * open a foreign page with our preload, or switch on a camera.
 */
import type { Session, WebContents } from 'electron';
import { originOf } from './origins';

const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'mailto:']);
/** The only documents we serve; anything else at our origin is not a page. */
const ENTRY_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);
/**
 * Granted to our own origin only: it asks Chromium not to evict IndexedDB
 * under disk pressure, which would silently delete every complaint.
 */
const APP_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export function isExternalUrlAllowed(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Our page may reload itself (an error screen's "Opnieuw laden"), so the entry
 * document at a trusted origin is allowed; every other navigation is stopped.
 */
export function isNavigationAllowed(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null || !trustedOrigins.includes(origin)) return false;
  return ENTRY_PATHS.has(new URL(url).pathname);
}

/** New windows are never opened; https: and mailto: links go to the user's own browser or mail program. */
export function handleWindowOpen(
  url: string,
  openExternal: (url: string) => Promise<void>,
): { action: 'deny' } {
  if (isExternalUrlAllowed(url)) {
    openExternal(url).catch((error: unknown) => console.error('Openen buiten de app mislukt:', error));
  }
  return { action: 'deny' };
}

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  const origin = requestingUrl ? originOf(requestingUrl) : null;
  return APP_PERMISSIONS.has(permission) && origin !== null && trustedOrigins.includes(origin);
}

export interface GuardOptions {
  trustedOrigins: readonly string[];
  openExternal: (url: string) => Promise<void>;
}

/** Attached to every webContents through app 'web-contents-created', ours included. */
export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const stopUnlessAllowed = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url, options.trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', stopUnlessAllowed);
  contents.on('will-redirect', stopUnlessAllowed);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, options.openExternal));
}

export function hardenSession(session: Session, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, trustedOrigins));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, trustedOrigins),
  );
  session.setDevicePermissionHandler(() => false);
}
