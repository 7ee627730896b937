import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '../../src-main/api';
import { TEMP_PREFIX } from '../../src-main/atomicWrite';
import { BackupFolder, describeFolderError } from '../../src-main/backupFolder';

let root: string;
let folder: string;
let config: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'kb-backups-'));
  folder = path.join(root, 'Klachtenbalie back-ups');
  config = path.join(root, 'back-upmap.json');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const NAME = 'klachtenbalie-2026-12-07-093000.klachtenbalie';
const bytes = (text: string) => new TextEncoder().encode(text);

async function writeBackup(store: BackupFolder, name: string, content: string) {
  const token = await store.begin();
  await store.write(token, bytes(content.slice(0, 3)));
  await store.write(token, bytes(content.slice(3)));
  return store.commit(token, name);
}

describe('backup folder', () => {
  it('shows a backup under its name only once all of it is written and synced', async () => {
    const store = await BackupFolder.open(config, folder);
    const token = await store.begin();
    await store.write(token, bytes('PK half'));
    expect(readdirSync(folder).filter((n) => BACKUP_NAME_PATTERN.test(n))).toEqual([]);
    expect(readdirSync(folder).every((n) => n.startsWith(TEMP_PREFIX))).toBe(true);
    await store.write(token, bytes(' en de rest'));
    const info = await store.commit(token, NAME);
    expect(info).toMatchObject({ name: NAME, size: 18 });
    expect(readdirSync(folder)).toEqual([NAME]);
    expect(readFileSync(path.join(folder, NAME), 'utf8')).toBe('PK half en de rest');
    expect((await store.list()).map((f) => f.name)).toEqual([NAME]);
  });

  it('never replaces an existing backup, and leaves no temporary file when refused', async () => {
    const store = await BackupFolder.open(config, folder);
    await writeBackup(store, NAME, 'de eerste');
    await expect(writeBackup(store, NAME, 'de tweede')).rejects.toThrow(/bestaat al een back-up/);
    expect(readFileSync(path.join(folder, NAME), 'utf8')).toBe('de eerste');
    expect(readdirSync(folder)).toEqual([NAME]);
  });

  it('reads a backup in pieces through a token, and only files it opened', async () => {
    const store = await BackupFolder.open(config, folder);
    await writeBackup(store, NAME, 'abcdefghij');
    const { token, size } = await store.openBackup(NAME);
    expect(size).toBe(10);
    expect(new TextDecoder().decode(await store.read(token, 2, 3))).toBe('cde');
    expect(new TextDecoder().decode(await store.read(token, 8, 100))).toBe('ij');
    store.close(token);
    await expect(store.read(token, 0, 1)).rejects.toThrow(/niet \(meer\) geopend/);
    await expect(store.openBackup('../back-upmap.json')).rejects.toThrow(/Ongeldige naam/);
  });

  it('refuses, in Dutch, a folder it cannot write in, and keeps the one it had', async () => {
    const store = await BackupFolder.open(config, folder);
    const aFile = path.join(root, 'geen-map.txt');
    writeFileSync(aFile, 'x');
    await expect(store.choose(path.join(aFile, 'back-ups'))).rejects.toThrow(/bestaat niet \(meer\)|mag niet schrijven/);
    expect((await store.location()).label).toBe(folder);
    const other = path.join(root, 'usb-stick');
    await store.choose(other);
    expect((await BackupFolder.open(config, folder).then((s) => s.location())).label).toBe(other);
  });

  it('says what to do for a full disk, missing rights and a missing folder', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFolderError(err('ENOSPC'), '/media/usb').message).toBe('De back-upmap is vol (/media/usb). Maak ruimte vrij of kies een andere map.');
    expect(describeFolderError(err('EACCES'), '/media/usb').message).toMatch(/mag niet schrijven in de back-upmap/);
    expect(describeFolderError(err('EROFS'), '/media/usb').message).toMatch(/mag niet schrijven/);
    expect(describeFolderError(err('ENOENT'), '/media/usb').message).toMatch(/USB-stick of netwerkschijf/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder without write permission (skipped as root, who may write anywhere)', async () => {
    const { chmodSync, mkdirSync } = await import('node:fs');
    const locked = path.join(root, 'alleen-lezen');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const store = await BackupFolder.open(config, folder);
    await expect(store.choose(locked)).rejects.toThrow(/mag niet schrijven/);
    chmodSync(locked, 0o700);
  });

  it('keeps earlier backups whole and leaves no file under a backup name when the writing process is killed half-way', async () => {
    const store = await BackupFolder.open(config, folder);
    await writeBackup(store, NAME, 'de goede back-up van gisteren');
    const { build } = await import('rolldown');
    const child = path.join(root, 'child.mjs');
    await build({ input: path.join(__dirname, 'support/backupWriterChild.ts'), platform: 'node', output: { file: child, format: 'esm' }, logLevel: 'silent' });
    const writer = spawn(process.execPath, [child, folder, config], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      writer.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('half')) resolve();
      });
      writer.on('exit', (code) => reject(new Error(`child ended early (${code})`)));
    });
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    writer.kill('SIGKILL');
    await exited;

    const left = readdirSync(folder);
    expect(left.filter((n) => BACKUP_NAME_PATTERN.test(n))).toEqual([NAME]);
    expect(readFileSync(path.join(folder, NAME), 'utf8')).toBe('de goede back-up van gisteren');
    // The half file is there under a temporary name only, and the list does not show it.
    expect(left.filter((n) => n !== NAME).every((n) => n.startsWith(TEMP_PREFIX))).toBe(true);
    expect((await store.list()).map((f) => f.name)).toEqual([NAME]);
  });
});
