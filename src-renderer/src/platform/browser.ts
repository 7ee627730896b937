import { MAX_ATTACHMENT_BYTES, SHA256_PATTERN } from '../../../src-main/api';
import { createBrowserBackups } from './browserBackups';
import type { Platform } from './platform';
import { runnableWarning } from '../domain/fileSafety';
import { sweepOpfsAttachments } from './opfsSweep';
import { sha256Hex } from './sha256';

declare const __APP_VERSION__: string;

/** Attachments live in the Origin Private File System, content-addressed like on the desktop. */
async function attachmentsFolder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('attachments', { create: true });
}

/**
 * `?demo=N` fills an EMPTY browser database with N demo complaints: the
 * browser twin of the desktop's KLACHTENBALIE_DEMO_SEED, used by seed and bench.
 */
function demoSeedFromUrl(): number | null {
  const value = Number(new URLSearchParams(window.location.search).get('demo'));
  return Number.isInteger(value) && value > 0 && value <= 1_000_000 ? value : null;
}

export function createBrowserPlatform(): Platform {
  const self: Platform = {
    kind: 'browser',
    // The session cookie CouchDB sets lives in the browser's own jar.
    serverFetch: (url, init) => globalThis.fetch(url, { ...init, credentials: 'include' }),
    // The CSP limits the browser build to its own origin already.
    setServerAddress: async () => undefined,
    async appInfo() {
      return {
        name: 'Klachtenbalie',
        version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
        userDataPath: 'Opslag van deze browser (IndexedDB en OPFS)',
        platform: 'browser',
        electronVersion: '',
        demoSeedCount: demoSeedFromUrl(),
      };
    },
    async saveFile({ suggestedName, bytes }) {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      try {
        const link = document.createElement('a');
        link.href = url;
        link.download = suggestedName;
        link.click();
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return { saved: true, path: suggestedName };
    },
    async putAttachment(bytes) {
      if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
        throw new Error('Dit bestand is groter dan 250 MB en kan niet worden opgeslagen.');
      }
      const sha256 = await sha256Hex(bytes);
      const folder = await attachmentsFolder();
      const exists = await folder.getFileHandle(sha256).then(
        () => true,
        () => false,
      );
      if (!exists) {
        // Write under a temporary name first so an interrupted write never looks like a stored file.
        const temp = await folder.getFileHandle(`${sha256}.tmp`, { create: true });
        const writable = await temp.createWritable();
        await writable.write(bytes as Uint8Array<ArrayBuffer>);
        await writable.close();
        await (temp as FileSystemFileHandle & { move(name: string): Promise<void> }).move(sha256);
      }
      return { sha256, size: bytes.byteLength };
    },
    async getAttachment(sha256) {
      if (!SHA256_PATTERN.test(sha256)) throw new Error('Ongeldige bestandsverwijzing.');
      const folder = await attachmentsFolder();
      const handle = await folder.getFileHandle(sha256).catch(() => null);
      if (!handle) throw new Error('Het bestand ontbreekt in de opslag.');
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      if ((await sha256Hex(bytes)) !== sha256) throw new Error('Het bestand is beschadigd: de inhoud klopt niet meer.');
      return bytes;
    },
    async openAttachment() {
      // A web page cannot start a program on the computer; saving hands the file to the user instead.
      return { opened: false, reason: 'In de browser kunt u het bestand opslaan en daarna zelf openen.' };
    },
    onMenuCommand(listener) {
      // No application menu in the browser: the same shortcuts come from the keyboard.
      const onKey = (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
        const key = event.key.toLowerCase();
        if (key === 'n' || key === 'f') {
          event.preventDefault();
          listener(key === 'n' ? 'new-complaint' : 'search');
        }
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
    // A web page's notifications need the visitor's permission and vanish with the tab: the app tells it in-app instead.
    async notify() {
      return false;
    },
    async setBadgeCount() {
      // The window title carries the count in the browser.
    },
    onNotificationClick() {
      return () => undefined;
    },
    backups: createBrowserBackups(),
    // A tab that closes cannot wait for a backup; the daily one covers the browser build.
    onBeforeClose() {
      return () => undefined;
    },
    async closeAnswer() {},
    async saveAttachment(sha256, name, confirmedRunnable) {
      const bytes = await self.getAttachment(sha256);
      const warning = runnableWarning(name, bytes);
      if (warning !== null && !confirmedRunnable) return { saved: false, warning };
      // A browser download carries the browser's own "downloaded from the internet" mark.
      return self.saveFile({ suggestedName: name, bytes: bytes as Uint8Array<ArrayBuffer> });
    },
    async sweepAttachments(referenced) {
      return sweepOpfsAttachments(await attachmentsFolder(), referenced, Date.now());
    },
    async deleteAttachments(sha256s) {
      const folder = await attachmentsFolder();
      let removed = 0;
      for (const sha256 of sha256s) {
        if (!SHA256_PATTERN.test(sha256)) continue;
        if (await folder.removeEntry(sha256).then(() => true, () => false)) removed += 1;
      }
      return removed;
    },
  };
  return self;
}
