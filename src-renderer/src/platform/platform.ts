/**
 * The one door to the operating system. The desktop implementation goes through
 * the preload API; the browser implementation offers the same interface with
 * web APIs, so the whole renderer runs (and is tested) in plain Chromium too.
 */
import type {
  AppInfo,
  BackupFileInfo,
  BackupLocation,
  MenuCommand,
  NotificationTarget,
  NotifyRequest,
  OpenAttachmentResult,
  SaveAttachmentResult,
  SaveFileRequest,
  SaveFileResult,
  StoredAttachment,
  SweepAttachmentsResult,
} from '../../../src-main/api';

export type {
  AppInfo,
  BackupFileInfo,
  BackupLocation,
  MenuCommand,
  NotificationTarget,
  NotifyRequest,
  OpenAttachmentResult,
  SaveAttachmentResult,
  SaveFileRequest,
  SaveFileResult,
  StoredAttachment,
  SweepAttachmentsResult,
} from '../../../src-main/api';

/** Random access to a file too large to read at once. */
export interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface OpenedBackupFile extends ByteSource {
  name: string;
  close(): Promise<void>;
}

/** A backup being written: it has no name, and is no backup, until commit. */
export interface BackupTarget {
  write(chunk: Uint8Array): Promise<void>;
  commit(name: string): Promise<BackupFileInfo>;
  abort(): Promise<void>;
}

/**
 * Where backups are kept: a folder the office chooses on the desktop (a
 * network drive or USB stick may be it), the browser's own storage in the
 * browser build, from which the office downloads copies.
 */
export interface BackupStore {
  location(): Promise<BackupLocation>;
  /** A folder dialog; null when cancelled or where there is no folder to choose. */
  chooseLocation(): Promise<BackupLocation | null>;
  list(): Promise<BackupFileInfo[]>;
  create(): Promise<BackupTarget>;
  open(name: string): Promise<OpenedBackupFile>;
  remove(name: string): Promise<void>;
  /** A backup from anywhere, through the system's open dialog; null when cancelled or unsupported (the screen then offers a file field). */
  pickFile(): Promise<OpenedBackupFile | null>;
  /** Only where backups live inside the browser: hands a copy to the office as a download. */
  download: ((name: string) => Promise<void>) | null;
}

export interface Platform {
  kind: 'desktop' | 'browser';
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  putAttachment(bytes: Uint8Array): Promise<StoredAttachment>;
  getAttachment(sha256: string): Promise<Uint8Array>;
  /** In the system's own program, for safe types only; `reason` (Dutch) says why not. */
  openAttachment(sha256: string, name: string): Promise<OpenAttachmentResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** A system notification; false when there is none to show (the browser), so the app says it in-app. */
  notify(request: NotifyRequest): Promise<boolean>;
  /** The count on the dock or taskbar icon, where the system has one. */
  setBadgeCount(count: number): Promise<void>;
  onNotificationClick(listener: (target: NotificationTarget) => void): () => void;
  /**
   * "Opslaan" of a pinned file. A program, script or shortcut is not saved
   * until `confirmedRunnable`: the result then carries the Dutch warning to show.
   */
  saveAttachment(sha256: string, name: string, confirmedRunnable: boolean): Promise<SaveAttachmentResult>;
  /** Deletes stored files none of `referenced` names, only after the grace period of domain/attachmentSweep.ts. */
  sweepAttachments(referenced: string[]): Promise<SweepAttachmentsResult>;
  /** Deletes these stored files at once (retention carried out; no record pins them); returns how many were there. */
  deleteAttachments(sha256s: string[]): Promise<number>;
  backups: BackupStore;
  /** The desktop window is being closed; the listener answers with closeAnswer. Nothing happens in the browser. */
  onBeforeClose(listener: () => void): () => void;
  /** true: close now; false: a backup runs first, then closeAnswer(true). */
  closeAnswer(closeAtOnce: boolean): Promise<void>;
  /**
   * HTTP to the office's CouchDB, or null where this build has no way to it.
   * The browser build reaches only its own origin (its CSP allows nothing
   * else): the office serves CouchDB under the app's address, e.g. /couchdb/.
   */
  serverFetch: ((url: string, init: RequestInit) => Promise<Response>) | null;
  /**
   * The office's server address, set before serverFetch is used for it: the
   * desktop's main process then makes requests to that origin only (and keeps
   * its session cookie). Nothing to do in the browser, which reaches its own
   * origin only anyway.
   */
  setServerAddress(url: string): Promise<void>;
}
