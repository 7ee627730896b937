/**
 * The one door to the operating system. The desktop implementation goes through
 * the preload API; the browser implementation offers the same interface with
 * web APIs, so the whole renderer runs (and is tested) in plain Chromium too.
 */
import type { AppInfo, MenuCommand, NotificationTarget, NotifyRequest, OpenAttachmentResult, SaveFileRequest, SaveFileResult, StoredAttachment } from '../../../src-main/api';

export type { AppInfo, MenuCommand, NotificationTarget, NotifyRequest, OpenAttachmentResult, SaveFileRequest, SaveFileResult, StoredAttachment };

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
}
