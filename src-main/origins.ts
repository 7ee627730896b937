/**
 * Origins the main process trusts. `URL.origin` is the string "null" for
 * custom schemes such as app://, so origins are built from protocol and host.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'klachtenbalie';
/** IndexedDB belongs to this origin: changing it after a release loses every office's data. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** `scheme://host[:port]` of a URL, or null when it cannot be parsed or has no host. */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

export function isTrustedOrigin(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}
