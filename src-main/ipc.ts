/**
 * The main-process side of api.ts. Every call is checked twice before it does
 * anything: who sent it (only the top frame of our own window, at our own
 * origin) and what it carries (the zod schemas of the contract). A bad call
 * becomes a rejected promise with a plain message; it never throws in the
 * main process.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  PUSH_CHANNELS,
  closeAnswerSchema,
  backupNameSchema,
  backupTokenSchema,
  badgeCountSchema,
  commitBackupRequestSchema,
  readBackupRequestSchema,
  writeBackupRequestSchema,
  IPC_CHANNELS,
  notifyRequestSchema,
  openAttachmentRequestSchema,
  putAttachmentRequestSchema,
  saveFileRequestSchema,
  sha256Schema,
  type CommitBackupRequest,
  type KlachtenbalieApi,
  type ReadBackupRequest,
  type NotifyRequest,
  type OpenAttachmentRequest,
  type SaveFileRequest,
  saveAttachmentRequestSchema,
  type SaveAttachmentRequest,
  sweepAttachmentsRequestSchema,
  deleteAttachmentsRequestSchema,
  serverAddressSchema,
  serverRequestIdSchema,
  serverRequestSchema,
  type ServerRequest,
} from './api';
import { isTrustedOrigin } from './origins';

/** Channels the main process sends on, not handles. */
type PushChannel = (typeof PUSH_CHANNELS)[number];
export type InvokeMethod = Exclude<keyof typeof IPC_CHANNELS, PushChannel>;
type Result<K extends InvokeMethod> = Awaited<ReturnType<KlachtenbalieApi[K]>>;
type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface IpcCapabilities {
  getAppInfo(): Result<'getAppInfo'>;
  saveFile(request: SaveFileRequest, sender: WebContents): Promise<Result<'saveFile'>>;
  putAttachment(bytes: Uint8Array): Promise<Result<'putAttachment'>>;
  getAttachment(sha256: string): Promise<Result<'getAttachment'>>;
  openAttachment(request: OpenAttachmentRequest): Promise<Result<'openAttachment'>>;
  /** Shown by the system; a click brings `sender`'s window forward and tells it the target. */
  notify(request: NotifyRequest, sender: WebContents): Promise<boolean>;
  setBadgeCount(count: number): Promise<void>;
  backupLocation(): Promise<Result<'backupLocation'>>;
  chooseBackupFolder(sender: WebContents): Promise<Result<'chooseBackupFolder'>>;
  listBackups(): Promise<Result<'listBackups'>>;
  beginBackup(): Promise<string>;
  writeBackup(token: string, bytes: Uint8Array): Promise<void>;
  commitBackup(request: CommitBackupRequest): Promise<Result<'commitBackup'>>;
  abortBackup(token: string): Promise<void>;
  removeBackup(name: string): Promise<void>;
  openBackup(name: string): Promise<Result<'openBackup'>>;
  pickBackupFile(sender: WebContents): Promise<Result<'pickBackupFile'>>;
  readBackup(request: ReadBackupRequest): Promise<Uint8Array>;
  closeBackup(token: string): Promise<void>;
  saveAttachment(request: SaveAttachmentRequest, sender: WebContents): Promise<Result<'saveAttachment'>>;
  sweepAttachments(referenced: string[]): Promise<Result<'sweepAttachments'>>;
  deleteAttachments(sha256s: string[]): Promise<Result<'deleteAttachments'>>;
  closeAnswer(closeAtOnce: boolean, sender: WebContents): Promise<void>;
  setServerOrigin(url: string): Promise<void>;
  serverRequest(request: ServerRequest): Promise<Result<'serverRequest'>>;
  cancelServerRequest(id: string): Promise<void>;
}

export type IpcHandlers = {
  [K in InvokeMethod]: (args: unknown[], event: SenderEvent) => Promise<Result<K>>;
};

export function isTrustedSender(
  event: SenderEvent,
  trustedOrigins: readonly string[],
  isAppContents: (contents: WebContents) => boolean,
): boolean {
  try {
    const frame = event.senderFrame;
    // parent === null: a subframe (an embedded document) never speaks for the app.
    if (!frame || frame.parent !== null) return false;
    return isAppContents(event.sender) && isTrustedOrigin(frame.url, trustedOrigins);
  } catch {
    // A frame that navigated away or was destroyed mid-call is not trusted.
    return false;
  }
}

export function createIpcHandlers(capabilities: IpcCapabilities): IpcHandlers {
  return {
    getAppInfo: async (args) => {
      expectArgumentCount(args, 0);
      return capabilities.getAppInfo();
    },
    saveFile: async (args, event) => {
      expectArgumentCount(args, 1);
      return capabilities.saveFile(parseOrReject(saveFileRequestSchema, args[0]), event.sender);
    },
    putAttachment: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.putAttachment(parseOrReject(putAttachmentRequestSchema, args[0]).bytes);
    },
    getAttachment: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.getAttachment(parseOrReject(sha256Schema, args[0]));
    },
    openAttachment: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.openAttachment(parseOrReject(openAttachmentRequestSchema, args[0]));
    },
    notify: async (args, event) => {
      expectArgumentCount(args, 1);
      return capabilities.notify(parseOrReject(notifyRequestSchema, args[0]), event.sender);
    },
    setBadgeCount: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.setBadgeCount(parseOrReject(badgeCountSchema, args[0]));
    },
    backupLocation: async (args) => {
      expectArgumentCount(args, 0);
      return capabilities.backupLocation();
    },
    chooseBackupFolder: async (args, event) => {
      expectArgumentCount(args, 0);
      return capabilities.chooseBackupFolder(event.sender);
    },
    listBackups: async (args) => {
      expectArgumentCount(args, 0);
      return capabilities.listBackups();
    },
    beginBackup: async (args) => {
      expectArgumentCount(args, 0);
      return capabilities.beginBackup();
    },
    writeBackup: async (args) => {
      expectArgumentCount(args, 1);
      const request = parseOrReject(writeBackupRequestSchema, args[0]);
      return capabilities.writeBackup(request.token, request.bytes);
    },
    commitBackup: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.commitBackup(parseOrReject(commitBackupRequestSchema, args[0]));
    },
    abortBackup: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.abortBackup(parseOrReject(backupTokenSchema, args[0]));
    },
    removeBackup: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.removeBackup(parseOrReject(backupNameSchema, args[0]));
    },
    openBackup: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.openBackup(parseOrReject(backupNameSchema, args[0]));
    },
    pickBackupFile: async (args, event) => {
      expectArgumentCount(args, 0);
      return capabilities.pickBackupFile(event.sender);
    },
    readBackup: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.readBackup(parseOrReject(readBackupRequestSchema, args[0]));
    },
    closeBackup: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.closeBackup(parseOrReject(backupTokenSchema, args[0]));
    },
    saveAttachment: async (args, event) => {
      expectArgumentCount(args, 1);
      return capabilities.saveAttachment(parseOrReject(saveAttachmentRequestSchema, args[0]), event.sender);
    },
    sweepAttachments: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.sweepAttachments(parseOrReject(sweepAttachmentsRequestSchema, args[0]).referenced);
    },
    deleteAttachments: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.deleteAttachments(parseOrReject(deleteAttachmentsRequestSchema, args[0]).sha256s);
    },
    closeAnswer: async (args, event) => {
      expectArgumentCount(args, 1);
      return capabilities.closeAnswer(parseOrReject(closeAnswerSchema, args[0]), event.sender);
    },
    setServerOrigin: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.setServerOrigin(parseOrReject(serverAddressSchema, args[0]));
    },
    serverRequest: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.serverRequest(parseOrReject(serverRequestSchema, args[0]));
    },
    cancelServerRequest: async (args) => {
      expectArgumentCount(args, 1);
      return capabilities.cancelServerRequest(parseOrReject(serverRequestIdSchema, args[0]));
    },
  };
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  isTrusted: (event: SenderEvent) => boolean,
  handlers: IpcHandlers,
): void {
  for (const method of Object.keys(handlers) as InvokeMethod[]) {
    const channel = IPC_CHANNELS[method];
    const handler = handlers[method] as (args: unknown[], event: SenderEvent) => Promise<unknown>;
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrusted(event)) {
        console.warn(`IPC ${channel} geweigerd: afzender is niet het Klachtenbalie-venster.`);
        throw new Error('Geweigerd: deze aanvraag komt niet uit het Klachtenbalie-venster.');
      }
      try {
        return await handler(args, event);
      } catch (error) {
        console.error(`IPC ${channel} mislukt:`, error);
        // Only the message crosses to the renderer: no stack, no error subclass.
        throw new Error(error instanceof Error ? error.message : String(error));
      }
    });
  }
}

function expectArgumentCount(args: unknown[], count: number): void {
  if (args.length !== count) {
    throw new Error(`Ongeldige aanvraag: ${count} argument(en) verwacht, ${args.length} ontvangen.`);
  }
}

function parseOrReject<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  throw new Error(`Ongeldige aanvraag${where}: ${issue?.message ?? 'onbekende fout'}`);
}
