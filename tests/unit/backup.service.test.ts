// The service builds the restored register through the global indexedDB, as the app does.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackupService } from '../../src-renderer/src/backup/service';
import type { Platform } from '../../src-renderer/src/platform/platform';
import { ACTOR, freshDb, intake, NOW } from './support/db';
import { memoryBackups, memoryFiles } from './support/memoryBackups';
import { CURRENT_SCHEMA_VERSION } from './support/upgrade';

// Switching registers writes the workstation's pointer and reloads: there is no workstation here.
vi.mock('../../src-renderer/src/db/register', async (original) => ({
  ...(await original<typeof import('../../src-renderer/src/db/register')>()),
  switchRegister: vi.fn(),
}));

afterEach(() => void vi.useRealTimers());

/** A backup folder in the state an office leaves it in: one backup on each of these days at 10:00 (local time). */
function folderWithBackupsOn(backups: ReturnType<typeof memoryBackups>, days: Array<[number, number]>) {
  for (const [month, day] of days) {
    const name = `klachtenbalie-2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}-100000.klachtenbalie`;
    backups.files.set(name, new Uint8Array([1, 2, 3]));
  }
}

describe('the backup service', () => {
  it('keeps the backup being restored in the folder, even when the backup made before the restore would thin it out; the next backup thins', async () => {
    const { repos } = await freshDb();
    await repos.complaints.create(intake(), ACTOR, NOW);
    const backups = memoryBackups();
    const files = memoryFiles();
    const platform = {
      appInfo: async () => ({ version: '0.1.0' }),
      getAttachment: files.get,
      putAttachment: files.put,
      backups: backups.store,
    } as unknown as Platform;
    const service = createBackupService(platform, repos, CURRENT_SCHEMA_VERSION);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 26, 10, 0));
    const chosen = await service.backupNow();
    expect(chosen.file.name).toBe('klachtenbalie-2026-11-26-100000.klachtenbalie');
    // Six later days with a backup: 26 November is the seventh and last daily generation kept.
    folderWithBackupsOn(backups, [[11, 27], [12, 1], [12, 2], [12, 3], [12, 4], [12, 5]]);

    vi.setSystemTime(new Date(2026, 11, 7, 10, 0));
    const file = await backups.store.open(chosen.file.name);
    const manifest = await service.check(file, undefined);
    await service.restore(file, manifest, undefined, () => undefined);

    const names = [...backups.files.keys()];
    expect(names).toContain('klachtenbalie-2026-12-07-100000-voor-terugzetten.klachtenbalie');
    expect(names).toContain(chosen.file.name);

    // The next ordinary backup thins the folder out again, and 26 November has had its time.
    vi.setSystemTime(new Date(2026, 11, 8, 10, 0));
    await service.backupNow();
    expect([...backups.files.keys()]).not.toContain(chosen.file.name);
  });
});
