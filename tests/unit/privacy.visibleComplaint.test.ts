import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src-renderer/src/domain/model';
import { CONFIDENTIAL_COMPLAINT, openSearchTerms, openTerms, visibleRow } from '../../src-renderer/src/domain/privacy';

const row = {
  reference: 'K-2026-0007',
  customerName: 'Anouk Verbeek',
  summary: 'Behandelaar sprak over mijn dossier in de wachtkamer',
  description: 'Lange uitleg',
  employeesInvolved: ['Dr. Smit'],
  status: 'registered',
  nextDeadline: '2026-03-12',
  ownerId: 'staff-1',
};

describe('a confidential complaint as someone who may not read it sees it', () => {
  it('shows "Vertrouwelijke klacht" with its reference, status and term, and no name or content', () => {
    const closed = visibleRow(row, false);
    expect(closed).toMatchObject({ reference: 'K-2026-0007', customerName: CONFIDENTIAL_COMPLAINT, status: 'registered', nextDeadline: '2026-03-12', concealed: true });
    const text = JSON.stringify(closed);
    for (const secret of ['Anouk', 'Verbeek', 'wachtkamer', 'uitleg', 'Smit']) expect(text).not.toContain(secret);
  });

  it('is shown whole to someone who may read it', () => {
    expect(visibleRow(row, true)).toEqual({ ...row, concealed: false });
  });

  it('is found by its references only', () => {
    expect(openSearchTerms({ reference: 'K-2026-0007', formerReferences: ['K-2026-0003'] })).toEqual(['k20260007', '20260007', '0007', 'k20260003', '20260003', '0003']);
  });

  it('shows its terms by kind, not by the measure a term is named after', () => {
    const term: Deadline = { kind: 'corrective_action', label: 'Dr. Smit krijgt een training', itemId: 'a1', dueOn: '2026-04-01', metOn: null, workingDaysLeft: 10, state: 'open' };
    expect(openTerms([term])[0]?.label).not.toContain('Smit');
  });
});
