import { describe, expect, it } from 'vitest';
import { indexedRecords } from '../../src-renderer/src/domain/desk';
import { CURRENT_SCHEMA_VERSION, upgradedFrom } from './support/upgrade';
import { calendar, complaintUnder, preset, Walk } from './support/workflow';

const committee = preset('committee');

/** Seed 001 keeps a file one year: one closed in May 2026, one withdrawn in 2027, one still open, as version 11 stored them. */
const closed = new Walk(complaintUnder(committee, { id: 'k-closed', reference: 'K-2026-0001' }), committee)
  .do('2026-04-28', { type: 'withdraw', on: '2026-04-28', reason: 'Klant trok de klacht in' }).complaint;
const later = new Walk(complaintUnder(committee, { id: 'k-later', reference: 'K-2026-0002', receivedAt: new Date(2027, 0, 4, 10).toISOString() }), committee)
  .do('2027-01-05', { type: 'withdraw', on: '2027-01-05', reason: 'Opgelost' }).complaint;
const open = complaintUnder(committee, { id: 'k-open', reference: 'K-2026-0003' });

describe('upgrading a version 11 database (retention index, removal register)', () => {
  it('finds the ended files past their term through the new index, and starts an empty removal register', async () => {
    const { db, repos } = await upgradedFrom(11, async (v10) => {
      await v10.table('procedures').add(committee);
      await v10.table('complaints').bulkAdd([closed, later, open].map((c) => indexedRecords(c, committee, calendar).complaint));
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(closed.workflow.retentionUntil).toBe('2027-04-28');
    expect(await repos.privacy.lapsedCount('2027-06-01')).toBe(1);
    const [group] = await repos.privacy.lapsed('2027-06-01');
    expect(group?.files.map((file) => [file.reference, file.endedOn])).toEqual([['K-2026-0001', '2026-04-28']]);
    expect(await repos.privacy.removals()).toEqual([]);
    // Nothing else moved: the complaints read back as they were stored.
    expect((await repos.complaints.get('k-open'))?.reference).toBe('K-2026-0003');
  });
});

describe('upgrading a version 11 database (complaints awaiting their written version)', () => {
  it('moves a phone complaint that version 10 stored as unassigned to the desk list of complaints awaiting their written version', async () => {
    const byPhone = complaintUnder(committee, { id: 'k-phone', reference: 'K-2026-0004', channel: 'phone' });
    const byEmail = complaintUnder(committee, { id: 'k-email', reference: 'K-2026-0005' });
    const { repos } = await upgradedFrom(11, async (v11) => {
      await v11.table('procedures').add(committee);
      // Version 10 knew no such desk state: a phone complaint without its written version stood among the unassigned ones.
      await v11.table('complaints').bulkAdd([
        { ...indexedRecords(byPhone, committee, calendar).complaint, deskState: 'unassigned' },
        indexedRecords(byEmail, committee, calendar).complaint,
      ]);
    });
    const waiting = await repos.desk.waitingForWrittenComplaint();
    expect(waiting.rows.map((row) => row.reference)).toEqual(['K-2026-0004']);
    expect((await repos.desk.unassigned()).rows.map((row) => row.reference)).toEqual(['K-2026-0005']);
  });
});
