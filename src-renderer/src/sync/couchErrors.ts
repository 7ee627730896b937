/**
 * What a CouchDB answer other than success means to our code. CouchDB (and
 * pouchdb-server) reply with `{ error, reason }`; the status decides the class,
 * so callers can catch the one case they handle (a 409 while leasing numbers)
 * and let the rest travel up.
 */
export class CouchHttpError extends Error {
  override name = 'CouchHttpError';

  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
    readonly request: string,
  ) {
    super(`${request}: HTTP ${status} ${error}${reason ? ` (${reason})` : ''}`);
  }
}

/** 401: not signed in, the session expired, or a wrong name or password. */
export class UnauthorizedError extends CouchHttpError {
  override name = 'UnauthorizedError';
}

/** 403: signed in, but not allowed (CouchDB 3's answer to a non-member of a database). */
export class ForbiddenError extends CouchHttpError {
  override name = 'ForbiddenError';
}

export class NotFoundError extends CouchHttpError {
  override name = 'NotFoundError';
}

/** 409: the document changed since the `_rev` we sent; re-read it and try again. */
export class ConflictError extends CouchHttpError {
  override name = 'ConflictError';
}

/** 413: over the server's max_document_size (8 MB by default on CouchDB 3). */
export class DocumentTooLargeError extends CouchHttpError {
  override name = 'DocumentTooLargeError';
}

export function httpErrorFor(status: number, error: string, reason: string, request: string): CouchHttpError {
  const ErrorClass =
    status === 401
      ? UnauthorizedError
      : status === 403
        ? ForbiddenError
        : status === 404
          ? NotFoundError
          : status === 409
            ? ConflictError
            : status === 413
              ? DocumentTooLargeError
              : CouchHttpError;
  return new ErrorClass(status, error, reason, request);
}

/** Something answered, but not as CouchDB does: an ordinary web page, another program on that port. */
export class NotCouchDbError extends Error {
  override name = 'NotCouchDbError';

  constructor(
    readonly request: string,
    readonly status: number,
  ) {
    super(`${request}: het antwoord (HTTP ${status}) komt niet van CouchDB`);
  }
}

export type UnreachableCause = 'network' | 'timeout' | 'certificate';

/** No HTTP answer at all: the request failed on the way (network, DNS, TLS) or took too long. */
export class CouchUnreachableError extends Error {
  override name = 'CouchUnreachableError';

  constructor(
    readonly request: string,
    readonly failure: UnreachableCause,
    /** The technical code (ECONNREFUSED, CERT_HAS_EXPIRED, ...) for the server's administrator. */
    readonly code: string | null,
  ) {
    super(`${request}: ${failure}${code ? ` (${code})` : ''}`);
  }
}
