/**
 * The one door to the operating system. The desktop implementation goes through
 * the preload API; the browser implementation offers the same interface with
 * web APIs, so the whole renderer runs (and is tested) in plain Chromium too.
 */
import type {
  AppInfo,
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
  MenuCommand,
  NotificationTarget,
  NotifyRequest,
  OpenAttachmentResult,
  SaveAttachmentResult,
  SaveFileRequest,
  SaveFileResult,
  StoredAttachment,
  SweepAttachmentsResult,
};

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
}
