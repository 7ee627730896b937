import { describe, expect, it } from 'vitest';
import { setupChecklist, type SetupFacts } from '../../src-renderer/src/domain/firstStart';

const NEW_OFFICE: SetupFacts = { procedureChosen: false, staff: [{ roles: ['receptionist', 'coordinator'], active: true }], officeName: '', addressLines: [], backupCount: 0 };
const open = (facts: SetupFacts) => setupChecklist(facts).filter((item) => !item.done).map((item) => item.step);

describe('the first-start checklist', () => {
  it('lists all four steps for a new office, the regeling first', () => {
    expect(open(NEW_OFFICE)).toEqual(['procedure', 'staff', 'letterhead', 'backup']);
  });

  it('counts only an active colleague with the owner role as someone who handles complaints', () => {
    expect(open({ ...NEW_OFFICE, staff: [{ roles: ['owner'], active: false }] })).toContain('staff');
    expect(open({ ...NEW_OFFICE, staff: [{ roles: ['owner', 'coordinator'], active: true }] })).not.toContain('staff');
  });

  it('wants a name and an address on the letterhead, and a backup in the folder', () => {
    expect(open({ ...NEW_OFFICE, officeName: 'Voetzorg' })).toContain('letterhead');
    expect(open({ ...NEW_OFFICE, officeName: 'Voetzorg', addressLines: ['Markt 1'] })).not.toContain('letterhead');
    expect(open({ ...NEW_OFFICE, backupCount: 1 })).not.toContain('backup');
  });

  it('is done when everything is set up', () => {
    expect(open({ procedureChosen: true, staff: [{ roles: ['owner'], active: true }], officeName: 'Voetzorg', addressLines: ['Markt 1'], backupCount: 2 })).toEqual([]);
  });
});
