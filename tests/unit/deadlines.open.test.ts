/**
 * The open terms the desk lists ("te laat", "deze week") and the next deadline it sorts by, computed without the
 * database. Seed 002 (craft business): acknowledgement in 5 working days, response in 4 weeks, complaint received
 * Friday 24 April 2026.
 */
import { describe, expect, it } from 'vitest';
import { openDeadlineRecords, withNextDeadline } from '../../src-renderer/src/domain/deadlines';
import { withNextDeadlineAndOpenTerms } from '../../src-renderer/src/domain/deadlines/compute';
import { calendar, walkFor } from './support/workflow';

describe('the open terms the desk lists', () => {
  it('gives one row per open term, with the complaint, its owner and the item, the met ones and the retention left out', () => {
    const walk = walkFor('craft', { ownerId: 'erik' })
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'add_follow_up', dueOn: '2026-05-06', what: 'Klant terugbellen' });
    const followUpId = walk.complaint.workflow.followUps[0]?.id ?? '';
    expect(openDeadlineRecords(walk.complaint, walk.procedure, calendar)).toEqual([
      { id: 'complaint-1:response:', complaintId: 'complaint-1', kind: 'response', itemId: null, dueOn: '2026-05-22', ownerId: 'erik' },
      { id: 'complaint-1:extension_notice:', complaintId: 'complaint-1', kind: 'extension_notice', itemId: null, dueOn: '2026-05-22', ownerId: 'erik' },
      { id: `complaint-1:follow_up:${followUpId}`, complaintId: 'complaint-1', kind: 'follow_up', itemId: followUpId, dueOn: '2026-05-06', ownerId: 'erik' },
    ]);
  });

  it('stores the same next deadline and rows from one computation as apart, and none once the file is withdrawn', () => {
    const walk = walkFor('craft').do('2026-04-28', { type: 'add_follow_up', dueOn: '2026-05-06', what: 'Klant terugbellen' });
    const both = withNextDeadlineAndOpenTerms(walk.complaint, walk.procedure, calendar);
    expect(both.complaint).toEqual(withNextDeadline(walk.complaint, walk.procedure, calendar));
    expect(both.complaint).toMatchObject({ nextDeadline: '2026-05-04', nextDeadlineKind: 'acknowledgement' });
    expect(both.open.map((term) => term.kind)).toEqual(['acknowledgement', 'response', 'extension_notice', 'follow_up']);

    walk.do('2026-04-29', { type: 'withdraw', on: '2026-04-29', reason: 'Opgelost' });
    const withdrawn = withNextDeadlineAndOpenTerms(walk.complaint, walk.procedure, calendar);
    expect(withdrawn.open).toEqual([]);
    expect(withdrawn.complaint).toMatchObject({ nextDeadline: null, nextDeadlineKind: null });
    // The retention is a term of the withdrawn file, yet nothing to be done on the desk.
    expect(walk.complaint.workflow.retentionUntil).not.toBeNull();
  });
});
