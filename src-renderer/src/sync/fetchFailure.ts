import type { UnreachableCause } from './couchErrors';

/**
 * Why a fetch rejected without an HTTP answer. Node's fetch (desktop, through
 * the main process; tests) rejects with TypeError('fetch failed') whose `cause`
 * carries the system or OpenSSL code, sometimes wrapped in an AggregateError
 * (one error per address tried). Chromium's fetch tells nothing ("Failed to
 * fetch"), Electron's net module puts "net::ERR_CERT_..." in the message; both
 * are read here so the desktop and the browser build share one answer.
 */
export interface FetchFailure {
  cause: UnreachableCause;
  code: string | null;
}

const CERTIFICATE_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  // No TLS handshake at all, e.g. https:// to a port that speaks plain http.
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function classifyFetchFailure(error: unknown, timedOut: boolean): FetchFailure {
  if (timedOut) return { cause: 'timeout', code: null };
  const codes = errorCodes(error);
  const certificate = codes.find((code) => CERTIFICATE_CODES.has(code) || /^(ERR_)?CERT_|^ERR_TLS_CERT|^ERR_SSL_|^net::ERR_(CERT|SSL)_/.test(code));
  if (certificate) return { cause: 'certificate', code: certificate };
  const timeout = codes.find((code) => TIMEOUT_CODES.has(code) || code === 'net::ERR_TIMED_OUT');
  if (timeout) return { cause: 'timeout', code: timeout };
  return { cause: 'network', code: codes[0] ?? null };
}

/** Every code in the error, its causes and (AggregateError) its member errors; Electron's net::ERR_* names from messages. */
function errorCodes(error: unknown, depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return [];
  const record = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  const codes: string[] = [];
  if (typeof record.code === 'string') codes.push(record.code);
  if (typeof record.message === 'string') codes.push(...(record.message.match(/net::ERR_[A-Z_]+/g) ?? []));
  codes.push(...errorCodes(record.cause, depth + 1));
  if (Array.isArray(record.errors)) for (const inner of record.errors) codes.push(...errorCodes(inner, depth + 1));
  return codes;
}
