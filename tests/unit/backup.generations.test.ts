import { describe, expect, it } from 'vitest';
import { backupFileName, backupWarning, backupsToRemove, isBackupFileName, momentOfBackup } from '../../src-renderer/src/domain/backup/generations';

const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h, 30, 0);

describe('backup names', () => {
  it('carry their moment and an optional reason, and nothing else passes for one', () => {
    const name = backupFileName(at(2026, 12, 7), 'voor-terugzetten');
    expect(name).toBe('klachtenbalie-2026-12-07-093000-voor-terugzetten.klachtenbalie');
    expect(momentOfBackup(name)).toEqual(at(2026, 12, 7));
    expect(isBackupFileName('klachtenbalie-2026-12-07-093000.klachtenbalie')).toBe(true);
    for (const other of ['rapport.klachtenbalie', 'klachtenbalie-2026-12-07.klachtenbalie', '../klachtenbalie-2026-12-07-093000.klachtenbalie', 'klachtenbalie-2026-12-07-093000.zip']) {
      expect([other, isBackupFileName(other)]).toEqual([other, false]);
    }
  });
});

describe('generations', () => {
  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months, and everything of the last two days', () => {
    // A backup every day at 09:30 and a second one at 17:30, for two years up to 7 December 2026.
    const now = new Date(2026, 11, 7, 18, 0);
    const names: string[] = [];
    for (let day = 0; day < 730; day += 1) {
      names.push(backupFileName(new Date(2026, 11, 7 - day, 9, 30)), backupFileName(new Date(2026, 11, 7 - day, 17, 30)));
    }
    const removed = new Set(backupsToRemove(names, now));
    const kept = names.filter((n) => !removed.has(n)).map((n) => momentOfBackup(n)!);
    // Both of today and yesterday (48 hours), then one a day for the rest of the week.
    expect(kept.filter((d) => d > new Date(2026, 11, 5, 18, 0))).toHaveLength(4);
    expect(kept.filter((d) => d > new Date(2026, 10, 30, 18, 0)).length).toBe(4 + 5);
    // Nothing older than a year but for none: 12 months back at most.
    expect(kept.every((d) => d >= new Date(2026, 0, 1))).toBe(true);
    // 7 days + up to 4 weeks + 12 months, overlapping, plus the extra of the 48 hours.
    expect(kept.length).toBeGreaterThanOrEqual(12);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12 + 2);
    // The newest of each kept month is its last day's evening backup.
    expect(kept.some((d) => d.getFullYear() === 2026 && d.getMonth() === 2 && d.getDate() === 31 && d.getHours() === 17)).toBe(true);
  });

  it('never touches files that are not ours', () => {
    expect(backupsToRemove(['notities.txt', 'klachtenbalie-oud.klachtenbalie'], new Date(2030, 0, 1))).toEqual([]);
  });
});

describe('backup warning', () => {
  const now = new Date(2026, 11, 7, 10, 0);
  it('says nothing while the last good backup is at most 7 days old', () => {
    expect(backupWarning({ lastGoodAt: new Date(2026, 10, 30, 11, 0).toISOString(), lastFailure: null, firstStartAt: null }, now)).toBeNull();
  });
  it('warns once the last good backup is older than 7 days', () => {
    expect(backupWarning({ lastGoodAt: new Date(2026, 10, 29, 9, 0).toISOString(), lastFailure: null, firstStartAt: null }, now)).toBe('De laatste goede back-up is 8 dagen oud.');
  });
  it('warns when the last backup failed, until a good one follows', () => {
    const failure = { at: new Date(2026, 11, 7, 9, 0).toISOString(), message: 'De back-upmap is vol.' };
    expect(backupWarning({ lastGoodAt: new Date(2026, 11, 6).toISOString(), lastFailure: failure, firstStartAt: null }, now)).toBe('De laatste back-up is mislukt: De back-upmap is vol.');
    expect(backupWarning({ lastGoodAt: new Date(2026, 11, 7, 9, 30).toISOString(), lastFailure: failure, firstStartAt: null }, now)).toBeNull();
  });
  it('gives a new workstation a week before it warns that there was never a backup', () => {
    expect(backupWarning({ lastGoodAt: null, lastFailure: null, firstStartAt: new Date(2026, 11, 1).toISOString() }, now)).toBeNull();
    expect(backupWarning({ lastGoodAt: null, lastFailure: null, firstStartAt: new Date(2026, 10, 20).toISOString() }, now)).toMatch(/nog geen back-up/);
  });
});
