import { describe, expect, it, vi } from 'vitest';
import { sweepAttachmentsDaily } from '../../src-renderer/src/app/AttachmentSweeper';
import { planSweep, SWEEP_GRACE_MS } from '../../src-renderer/src/domain/attachmentSweep';
import { runnableWarning } from '../../src-renderer/src/domain/fileSafety';
import { ACTOR, freshDb, intake, NOW } from './support/db';

const hash = (digit: string) => digit.repeat(64);
const HOUR = 60 * 60 * 1000;

describe('referencedHashes', () => {
  it('names every hash a pinboard still shows, once, and not those of removed files', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const pin = (sha256: string, name: string) =>
      repos.attachments.add({ complaintId: complaint.id, name, type: 'application/pdf', size: 10, sha256, kind: 'other' }, ACTOR, NOW);
    await pin(hash('a'), 'a.pdf');
    await pin(hash('a'), 'a-kopie.pdf');
    const removed = await pin(hash('b'), 'b.pdf');
    const removedButPinnedElsewhere = await pin(hash('c'), 'c.pdf');
    await pin(hash('c'), 'c-ook.pdf');
    await repos.attachments.remove(removed.id, ACTOR, NOW);
    await repos.attachments.remove(removedButPinnedElsewhere.id, ACTOR, NOW);
    expect((await repos.attachments.referencedHashes()).sort()).toEqual([hash('a'), hash('c')]);
  });
});

describe('sweepAttachmentsDaily', () => {
  it('sweeps with the referenced hashes at most once a day', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    await repos.attachments.add({ complaintId: complaint.id, name: 'a.pdf', type: 'application/pdf', size: 10, sha256: hash('a'), kind: 'other' }, ACTOR, NOW);
    const platform = { sweepAttachments: vi.fn(async () => ({ removed: 0, tempsRemoved: 0, waiting: 0 })) };
    await expect(sweepAttachmentsDaily(repos, platform, NOW)).resolves.toBe(true);
    expect(platform.sweepAttachments).toHaveBeenCalledWith([hash('a')]);
    await expect(sweepAttachmentsDaily(repos, platform, new Date(NOW.getTime() + 23 * HOUR))).resolves.toBe(false);
    await expect(sweepAttachmentsDaily(repos, platform, new Date(NOW.getTime() + 25 * HOUR))).resolves.toBe(true);
    expect(platform.sweepAttachments).toHaveBeenCalledTimes(2);
  });

  it('sweeps again when the clock was set back past the last sweep', async () => {
    const { repos } = await freshDb();
    const platform = { sweepAttachments: vi.fn(async () => ({ removed: 0, tempsRemoved: 0, waiting: 0 })) };
    await sweepAttachmentsDaily(repos, platform, NOW);
    await expect(sweepAttachmentsDaily(repos, platform, new Date(NOW.getTime() - HOUR))).resolves.toBe(true);
  });

  it('does not note a sweep that failed, so the next start tries again', async () => {
    const { repos } = await freshDb();
    const platform = { sweepAttachments: vi.fn().mockRejectedValueOnce(new Error('schijf weg')).mockResolvedValue({ removed: 0, tempsRemoved: 0, waiting: 0 }) };
    await expect(sweepAttachmentsDaily(repos, platform, NOW)).rejects.toThrow('schijf weg');
    await expect(sweepAttachmentsDaily(repos, platform, new Date(NOW.getTime() + HOUR))).resolves.toBe(true);
  });
});

describe('planSweep', () => {
  const now = 1_800_000_000_000;
  const old = { name: hash('a'), modifiedMs: now - 2 * SWEEP_GRACE_MS };

  it('keeps an unreferenced file the first time, with its moment in the ledger; removes it a grace period later', () => {
    const first = planSweep({ stored: [old], temps: [], referenced: new Set(), ledger: {}, now });
    expect(first).toMatchObject({ remove: [], ledger: { [hash('a')]: now }, waiting: 1 });
    const later = planSweep({ stored: [old], temps: [], referenced: new Set(), ledger: first.ledger, now: now + SWEEP_GRACE_MS });
    expect(later).toMatchObject({ remove: [hash('a')], ledger: {}, waiting: 0 });
  });

  it('starts the clock again for a moment in the future (a clock set back)', () => {
    const plan = planSweep({ stored: [old], temps: [], referenced: new Set(), ledger: { [hash('a')]: now + SWEEP_GRACE_MS * 5 }, now: now + SWEEP_GRACE_MS });
    expect(plan.remove).toEqual([]);
    expect(plan.ledger[hash('a')]).toBe(now + SWEEP_GRACE_MS);
  });
});

describe('runnableWarning', () => {
  const bytes = new TextEncoder().encode('hallo');
  it.each(['setup.exe', 'x.bat', 'x.cmd', 'x.ps1', 'x.vbs', 'x.js', 'x.lnk', 'x.url', 'x.scr', 'x.msi', 'x.jar', 'x.sh', 'X.app', 'factuur\u202efdp.exe'])('warns for %j', (name) => {
    expect(runnableWarning(name, bytes)).toMatch(/is een programma, script of snelkoppeling\. .*Sla het alleen op als u zeker weet dat het veilig is/);
  });
  it('warns for program bytes under a harmless name, and for none of a letter', () => {
    expect(runnableWarning('factuur.pdf', Uint8Array.from([0x4d, 0x5a, 0, 0]))).toMatch(/programma/);
    expect(runnableWarning('brief.txt', bytes)).toBeNull();
    expect(runnableWarning('foto.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
  });
});
