/**
 * The one IPC contract between the renderer and the main process.
 * The preload exposes exactly `KlachtenbalieApi` (checked with `satisfies`),
 * and every handler in the main process validates its input with the schemas
 * below, so this file is the single place where the two sides meet.
 */
import { z } from 'zod';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
/** Attachments above this size are refused with a clear message. */
export const MAX_ATTACHMENT_BYTES = 250 * 1024 * 1024;

export interface AppInfo {
  name: string;
  version: string;
  userDataPath: string;
  platform: string;
  electronVersion: string;
  /** Set by `npm run seed` through the environment: fill an empty database with N demo complaints. */
  demoSeedCount: number | null;
}

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
  filters: z
    .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(20) }))
    .max(10)
    .optional(),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type SaveFileResult = { saved: true; path: string } | { saved: false };

export const putAttachmentRequestSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_ATTACHMENT_BYTES, 'Bestand is groter dan 250 MB'),
});
export type PutAttachmentRequest = z.infer<typeof putAttachmentRequestSchema>;
export interface StoredAttachment {
  sha256: string;
  size: number;
}

export const sha256Schema = z.string().regex(SHA256_PATTERN);

export const openAttachmentRequestSchema = z.object({
  sha256: sha256Schema,
  /** The name as pinned; only its cleaned-up form and a checked extension reach the disk. */
  name: z.string().min(1).max(255),
});
export type OpenAttachmentRequest = z.infer<typeof openAttachmentRequestSchema>;
export type OpenAttachmentResult = { opened: true } | { opened: false; reason: string };

const RECORD_ID = /^[0-9a-zA-Z-]{1,64}$/;
const TERM_KIND = /^[a-z_]{1,40}$/;

/** Where clicking a reminder takes the person: a complaint card at a term, or (null) the desk. */
export type NotificationTarget = { complaintId: string; kind: string; itemId: string | null } | null;

const notificationTargetSchema = z
  .object({ complaintId: z.string().regex(RECORD_ID), kind: z.string().regex(TERM_KIND), itemId: z.string().regex(RECORD_ID).nullable() })
  .nullable();

/** The same check without zod, for the preload (which bundles no zod). */
export function isNotificationTarget(value: unknown): value is NotificationTarget {
  if (value === null) return true;
  if (typeof value !== 'object') return false;
  const { complaintId, kind, itemId, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof complaintId === 'string' &&
    RECORD_ID.test(complaintId) &&
    typeof kind === 'string' &&
    TERM_KIND.test(kind) &&
    (itemId === null || (typeof itemId === 'string' && RECORD_ID.test(itemId)))
  );
}

export const notifyRequestSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(300),
  target: notificationTargetSchema,
});
export type NotifyRequest = z.infer<typeof notifyRequestSchema>;

/** The count on the dock or taskbar icon; 0 clears it. */
export const badgeCountSchema = z.number().int().min(0).max(99_999);

/** A backup's bare file name: the renderer never names a path. */
export const BACKUP_NAME_PATTERN = /^klachtenbalie-\d{4}-\d{2}-\d{2}-\d{6}(?:-[a-z0-9-]{1,30})?\.klachtenbalie$/;
const TOKEN = /^[0-9a-f]{32}$/;
/** What one IPC message may carry of a backup: the renderer sends it in pieces. */
export const MAX_BACKUP_CHUNK_BYTES = 16 * 1024 * 1024;

export interface BackupLocation {
  /** The folder as the office sees it. */
  label: string;
  canChoose: boolean;
  writable: boolean;
}
export interface BackupFileInfo {
  name: string;
  size: number;
  modifiedAt: string;
}
export interface OpenedBackup {
  token: string;
  name: string;
  size: number;
}

export const backupTokenSchema = z.string().regex(TOKEN);
export const backupNameSchema = z.string().regex(BACKUP_NAME_PATTERN);
export const writeBackupRequestSchema = z.object({
  token: backupTokenSchema,
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_BACKUP_CHUNK_BYTES, 'Stuk van de back-up is te groot'),
});
export const commitBackupRequestSchema = z.object({ token: backupTokenSchema, name: backupNameSchema });
export const readBackupRequestSchema = z.object({
  token: backupTokenSchema,
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  length: z.number().int().min(1).max(MAX_BACKUP_CHUNK_BYTES),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;
export type CommitBackupRequest = z.infer<typeof commitBackupRequestSchema>;
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;
/** "Opslaan" of a pinned file: the main process reads the bytes by hash and decides. */
export const saveAttachmentRequestSchema = z.object({
  sha256: sha256Schema,
  name: z.string().min(1).max(255),
  /** The user confirmed the warning shown for a program, script or shortcut. */
  confirmedRunnable: z.boolean(),
});
export type SaveAttachmentRequest = z.infer<typeof saveAttachmentRequestSchema>;
/** `warning` (Dutch): nothing was saved; ask the user, and call again with confirmedRunnable when they say yes. */
export type SaveAttachmentResult = SaveFileResult | { saved: false; warning: string };

/**
 * The hashes that records still refer to. 100,000 pinned files make a 6.4 MB
 * list, once a day; far more than a million is not an office but a mistake.
 */
export const MAX_SWEEP_REFERENCES = 2_000_000;
export const sweepAttachmentsRequestSchema = z.object({
  referenced: z.array(sha256Schema).max(MAX_SWEEP_REFERENCES),
});
export type SweepAttachmentsRequest = z.infer<typeof sweepAttachmentsRequestSchema>;
export interface SweepAttachmentsResult {
  /** Files deleted now: unreferenced for the whole grace period. */
  removed: number;
  /** Temp files of failed writes deleted now. */
  tempsRemoved: number;
  /** Unreferenced files still kept, in their grace period. */
  waiting: number;
}

/** Files whose retention ended: at most this many per call (an office removes a year's worth at once). */
export const MAX_DELETE_ATTACHMENTS = 10_000;
export const deleteAttachmentsRequestSchema = z.object({
  sha256s: z.array(sha256Schema).max(MAX_DELETE_ATTACHMENTS),
});
export type DeleteAttachmentsRequest = z.infer<typeof deleteAttachmentsRequestSchema>;

export const closeAnswerSchema = z.boolean();

/** The office's CouchDB, reached through the main process (the renderer itself may only talk to its own origin). */
export const SERVER_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'COPY'] as const;
/**
 * The only request headers the renderer may set, lower-case. No Cookie (the
 * main process keeps the session) and no Authorization (the password is sent
 * once, in the body of POST /_session, never kept).
 */
export const SERVER_REQUEST_HEADERS = ['accept', 'content-type', 'if-match'] as const;
/** CouchDB's max_document_size is 8 MB; a _bulk_docs batch of several documents may be larger. */
export const MAX_SERVER_REQUEST_BYTES = 64 * 1024 * 1024;
/** What one answer may bring back to the renderer; more is refused rather than held in memory. */
export const MAX_SERVER_RESPONSE_BYTES = 256 * 1024 * 1024;
/**
 * How long a request may go without receiving anything (no headers yet, or no
 * bytes of the body since the last ones). The live changes feed is a long poll
 * that CouchDB keeps open with a heartbeat every 10 s, so this is no cap on its
 * whole duration.
 */
export const DEFAULT_SERVER_TIMEOUT_MS = 90_000;
export const MAX_SERVER_TIMEOUT_MS = 300_000;
/** Requests to the server at the same time; PouchDB's replication keeps far fewer in flight. */
export const MAX_SERVER_REQUESTS_IN_FLIGHT = 64;
const SERVER_REQUEST_ID = /^[0-9a-f]{32}$/;
const MAX_SERVER_URL_LENGTH = 64 * 1024;

/** An http(s) URL without a user name or password in it; its parsed form, or null. */
export function parseServerUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username !== '' || url.password !== '') return null;
  return url;
}

const serverUrlSchema = z
  .string()
  .max(MAX_SERVER_URL_LENGTH)
  .refine((value) => parseServerUrl(value) !== null, 'alleen een http(s)-adres zonder gebruikersnaam of wachtwoord');

/** The office's server address; only its origin (scheme, host, port) counts. */
export const serverAddressSchema = z
  .string()
  .max(2048)
  .refine((value) => parseServerUrl(value) !== null, 'alleen een http(s)-adres zonder gebruikersnaam of wachtwoord');

const headerValue = z
  .string()
  .max(4096)
  .refine((value) => !/[\r\n\0]/.test(value), 'ongeldige kopregel');

export const serverRequestSchema = z
  .object({
    /** Chosen by the renderer, to cancel the request with cancelServerRequest. */
    id: z.string().regex(SERVER_REQUEST_ID),
    method: z.enum(SERVER_METHODS),
    url: serverUrlSchema,
    headers: z.record(z.string(), headerValue).refine(
      (headers) => Object.keys(headers).every((name) => (SERVER_REQUEST_HEADERS as readonly string[]).includes(name.toLowerCase())),
      'alleen de kopregels Accept, Content-Type en If-Match',
    ),
    body: z
      .union([
        z.string().refine((text) => text.length <= MAX_SERVER_REQUEST_BYTES && utf8Length(text) <= MAX_SERVER_REQUEST_BYTES, 'inhoud is groter dan 64 MB'),
        z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SERVER_REQUEST_BYTES, 'inhoud is groter dan 64 MB'),
        z.null(),
      ]),
    timeoutMs: z.number().int().min(1_000).max(MAX_SERVER_TIMEOUT_MS),
  })
  .strict();
export type ServerRequest = z.infer<typeof serverRequestSchema>;
export const serverRequestIdSchema = z.string().regex(SERVER_REQUEST_ID);

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

/**
 * The server's answer as the renderer gets it: never a Set-Cookie (the session
 * stays in the main process). Or, when no answer came, what Node's fetch said:
 * `codes` are the error codes of its cause chain (ECONNREFUSED, ENOTFOUND,
 * CERT_HAS_EXPIRED, UND_ERR_HEADERS_TIMEOUT, ...), first the outermost, so the
 * renderer can rebuild an equivalent TypeError('fetch failed', { cause }).
 */
export type ServerReply =
  | { ok: true; status: number; statusText: string; headers: [string, string][]; body: Uint8Array }
  | { ok: false; message: string; codes: string[] };

export const MENU_COMMANDS = ['new-complaint', 'search', 'complaint-list', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface KlachtenbalieApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  putAttachment(request: PutAttachmentRequest): Promise<StoredAttachment>;
  /** Rejects when the file is missing or its bytes no longer match the hash. */
  getAttachment(sha256: string): Promise<Uint8Array>;
  /**
   * Opens a copy in the system's own program, only for a safe type checked by
   * extension and content (domain/fileSafety.ts); otherwise says why not.
   */
  openAttachment(request: OpenAttachmentRequest): Promise<OpenAttachmentResult>;
  /** Menu accelerators (Ctrl+N, Ctrl+F) arrive here; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A system notification; false when the system shows none (the app then tells it in-app). */
  notify(request: NotifyRequest): Promise<boolean>;
  setBadgeCount(count: number): Promise<void>;
  /** A click on one of our notifications, with where it should take the person; returns an unsubscribe function. */
  onNotificationClick(listener: (target: NotificationTarget) => void): () => void;
  /** The backup folder: the user's Documents until they choose another. */
  backupLocation(): Promise<BackupLocation>;
  /** A folder dialog; null when cancelled. Rejects, in Dutch, on a folder the app cannot write in. */
  chooseBackupFolder(): Promise<BackupLocation | null>;
  listBackups(): Promise<BackupFileInfo[]>;
  /** Starts a backup under a temporary name; returns the token the pieces are written with. */
  beginBackup(): Promise<string>;
  writeBackup(request: WriteBackupRequest): Promise<void>;
  /** On disk (fsync), then renamed to `name`; never over an existing backup. */
  commitBackup(request: CommitBackupRequest): Promise<BackupFileInfo>;
  abortBackup(token: string): Promise<void>;
  removeBackup(name: string): Promise<void>;
  /** A backup in the folder, opened for reading. */
  openBackup(name: string): Promise<OpenedBackup>;
  /** Any backup file, chosen in an open dialog; null when cancelled. */
  pickBackupFile(): Promise<OpenedBackup | null>;
  readBackup(request: ReadBackupRequest): Promise<Uint8Array>;
  closeBackup(token: string): Promise<void>;
  /** A pinned file saved where the user chooses, marked as downloaded; programs only after a confirmed warning. */
  saveAttachment(request: SaveAttachmentRequest): Promise<SaveAttachmentResult>;
  /** Deletes stored files that none of `referenced` names, only after a grace period (domain/attachmentSweep.ts). */
  sweepAttachments(request: SweepAttachmentsRequest): Promise<SweepAttachmentsResult>;
  /** Deletes these stored files now (retention carried out: no record pins them any more); returns how many were there. */
  deleteAttachments(request: DeleteAttachmentsRequest): Promise<number>;
  /** The window is being closed: answer with closeAnswer, at once or after a backup. Returns an unsubscribe function. */
  onBeforeClose(listener: () => void): () => void;
  /** true: close now; false: a backup runs first, then closeAnswer(true). */
  closeAnswer(closeAtOnce: boolean): Promise<void>;
  /**
   * The office's server: from now on only requests to this origin are made,
   * and only this origin gets the session cookie. Rejects a non-http(s)
   * address or one with a user name or password in it.
   */
  setServerOrigin(url: string): Promise<void>;
  /** One HTTP request to the configured server origin, made by the main process. */
  serverRequest(request: ServerRequest): Promise<ServerReply>;
  /** Stops a request still in flight (the renderer's AbortSignal); unknown ids are ignored. */
  cancelServerRequest(id: string): Promise<void>;
}

/** IPC channel names, one per invoke method. */
export const IPC_CHANNELS = {
  getAppInfo: 'kb:get-app-info',
  saveFile: 'kb:save-file',
  putAttachment: 'kb:put-attachment',
  getAttachment: 'kb:get-attachment',
  openAttachment: 'kb:open-attachment',
  notify: 'kb:notify',
  setBadgeCount: 'kb:set-badge-count',
  backupLocation: 'kb:backup-location',
  chooseBackupFolder: 'kb:choose-backup-folder',
  listBackups: 'kb:list-backups',
  beginBackup: 'kb:begin-backup',
  writeBackup: 'kb:write-backup',
  commitBackup: 'kb:commit-backup',
  abortBackup: 'kb:abort-backup',
  removeBackup: 'kb:remove-backup',
  openBackup: 'kb:open-backup',
  pickBackupFile: 'kb:pick-backup-file',
  readBackup: 'kb:read-backup',
  closeBackup: 'kb:close-backup',
  menuCommand: 'kb:menu-command',
  notificationClick: 'kb:notification-click',
  saveAttachment: 'kb:save-attachment',
  sweepAttachments: 'kb:sweep-attachments',
  deleteAttachments: 'kb:delete-attachments',
  beforeClose: 'kb:before-close',
  closeAnswer: 'kb:close-answer',
  setServerOrigin: 'kb:set-server-origin',
  serverRequest: 'kb:server-request',
  cancelServerRequest: 'kb:cancel-server-request',
} as const;

/** Channels the main process sends on; every other channel is one the renderer invokes. */
export const PUSH_CHANNELS = ['menuCommand', 'notificationClick', 'beforeClose'] as const satisfies readonly (keyof typeof IPC_CHANNELS)[];

/** Where the preload puts the API on `window`. */
export const API_GLOBAL = 'klachtenbalie' as const;
