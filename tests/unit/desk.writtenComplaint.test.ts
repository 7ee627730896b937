import { describe, expect, it } from 'vitest';
import { deskStateOf, indexedRecords } from '../../src-renderer/src/domain/desk';
import { calendar, complaintUnder, preset, walkFor } from './support/workflow';
import { upgradedFrom } from './support/upgrade';

const committee = preset('committee');

// 001 and 003 count only a written complaint: one taken by phone has no term yet, so it would stand on no term list of the desk.
describe('the desk group "Wacht op schriftelijke klacht"', () => {
  it('holds a complaint taken by phone until the written complaint is recorded, then it goes on as any other', () => {
    const walk = walkFor('committee', { channel: 'phone' });
    expect(deskStateOf(walk.complaint, walk.procedure)).toBe('awaiting_written_complaint');
    walk.do('2026-04-28', { type: 'record_written_receipt', on: '2026-04-28', channel: 'email' });
    expect(deskStateOf(walk.complaint, walk.procedure)).toBe('unassigned');
    // Taken in writing, or under a regeling that counts a phone call: never in that group.
    expect(deskStateOf(walkFor('committee', { channel: 'email' }).complaint, committee)).toBe('unassigned');
    expect(deskStateOf(walkFor('dokh', { channel: 'phone' }).complaint, preset('dokh'))).toBe('unassigned');
  });

  it('lists them on the desk with the day they were taken, also after upgrading a register that stored them as unassigned', async () => {
    const byPhone = complaintUnder(committee, { id: 'k-phone', reference: 'K-2026-0007', channel: 'phone' });
    const stored = { ...indexedRecords(byPhone, committee, calendar).complaint, deskState: 'unassigned' as const };
    const { repos } = await upgradedFrom(9, async (v9) => {
      await v9.table('procedures').bulkAdd([committee]);
      await v9.table('complaints').bulkAdd([stored]);
    });
    const list = await repos.desk.waitingForWrittenComplaint();
    expect(list.count).toBe(1);
    expect(list.rows[0]).toMatchObject({ reference: 'K-2026-0007', receivedAt: byPhone.receivedAt });
    expect((await repos.desk.unassigned()).count).toBe(0);
  });
});
