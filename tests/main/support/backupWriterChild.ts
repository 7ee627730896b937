/**
 * Run as its own process by backupFolder.test.ts: writes a backup through the
 * real BackupFolder, says when it is half-way, then waits to be killed.
 */
import { BackupFolder } from '../../../src-main/backupFolder';

const [folder, config] = process.argv.slice(2) as [string, string];
const store = await BackupFolder.open(config, folder);
const token = await store.begin();
const piece = new Uint8Array(1024 * 1024).fill(7);
for (let i = 0; i < 8; i += 1) await store.write(token, piece);
process.stdout.write('half\n');
// Never commits: the parent kills this process here.
setInterval(() => undefined, 1000);
