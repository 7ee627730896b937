/** The backup half of the IPC capabilities: the folder on disk and the dialogs that choose it. */
import path from 'node:path';
import { BrowserWindow, dialog, type OpenDialogOptions, type WebContents } from 'electron';
import { BackupFolder } from './backupFolder';
import type { IpcCapabilities } from './ipc';

type BackupCapabilities = Pick<
  IpcCapabilities,
  | 'backupLocation'
  | 'chooseBackupFolder'
  | 'listBackups'
  | 'beginBackup'
  | 'writeBackup'
  | 'commitBackup'
  | 'abortBackup'
  | 'removeBackup'
  | 'openBackup'
  | 'pickBackupFile'
  | 'readBackup'
  | 'closeBackup'
>;

function showOpenDialog(sender: WebContents, options: OpenDialogOptions) {
  // Modal to the asking window, so the dialog cannot end up behind it.
  const window = BrowserWindow.fromWebContents(sender);
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

export function createBackupCapabilities(userData: string, documents: string): BackupCapabilities {
  const folder = BackupFolder.open(path.join(userData, 'back-upmap.json'), path.join(documents, 'Klachtenbalie back-ups'));
  return {
    backupLocation: async () => (await folder).location(),
    chooseBackupFolder: async (sender) => {
      const current = await folder;
      const chosen = await showOpenDialog(sender, {
        title: 'Map voor back-ups kiezen',
        buttonLabel: 'Deze map gebruiken',
        defaultPath: (await current.location()).label,
        properties: ['openDirectory', 'createDirectory'],
      });
      const picked = chosen.filePaths[0];
      return chosen.canceled || !picked ? null : current.choose(picked);
    },
    listBackups: async () => (await folder).list(),
    beginBackup: async () => (await folder).begin(),
    writeBackup: async (token, bytes) => (await folder).write(token, bytes),
    commitBackup: async ({ token, name }) => (await folder).commit(token, name),
    abortBackup: async (token) => (await folder).abort(token),
    removeBackup: async (name) => (await folder).remove(name),
    openBackup: async (name) => ({ name, ...(await (await folder).openBackup(name)) }),
    pickBackupFile: async (sender) => {
      const current = await folder;
      const chosen = await showOpenDialog(sender, {
        title: 'Back-up kiezen om terug te zetten',
        buttonLabel: 'Deze back-up kiezen',
        defaultPath: (await current.location()).label,
        filters: [{ name: 'Back-up van Klachtenbalie', extensions: ['klachtenbalie'] }],
        properties: ['openFile'],
      });
      const picked = chosen.filePaths[0];
      return chosen.canceled || !picked ? null : { name: path.basename(picked), ...(await current.openForReading(picked)) };
    },
    readBackup: async ({ token, offset, length }) => (await folder).read(token, offset, length),
    closeBackup: async (token) => (await folder).close(token),
  };
}
