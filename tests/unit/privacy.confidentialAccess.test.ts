import { describe, expect, it } from 'vitest';
import { STAFF_ROLES, type StaffRole } from '../../src-renderer/src/domain/model';
import {
  confidentialAccess,
  confidentialReaderRoles,
  mayReadComplaint,
  type ConfidentialViewer,
} from '../../src-renderer/src/domain/privacy';
import { presetByKey } from '../../src-renderer/src/domain/procedures';
import type { Procedure } from '../../src-renderer/src/domain/procedure';

const preset = (key: string): Procedure => {
  const found = presetByKey(key);
  if (!found) throw new Error(key);
  return found;
};

/** Per preset, the roles that read every confidential complaint besides its own owner. */
const READERS: Record<string, StaffRole[]> = {
  // 000: an uninvolved employee judges; nobody but the coordinator runs the file.
  'zorg-welzijn-dokh': ['coordinator'],
  // 001: the committee judges and runs the file; management reviews structural measures.
  'dienstverlener-klachtencommissie': ['coordinator', 'management', 'committee'],
  // 002 and 003: the business owner judges, in the app the handler or management.
  vakbedrijf: ['coordinator', 'management'],
  'eenmanszaak-nrto': ['coordinator', 'management'],
  // 004: management is consulted when the owner cannot handle the complaint.
  'zorgbedrijf-coordinator': ['coordinator', 'management'],
  'zorgaanbieder-wkkgz': ['coordinator'],
};

const OWNER_ID = 'staff-owner';
const confidential = { confidential: true, ownerId: OWNER_ID };
const viewer = (roles: StaffRole[], staffId = 'staff-other'): ConfidentialViewer => ({ staffId, roles });

describe('who may read a confidential complaint, per preset and role', () => {
  for (const [key, readers] of Object.entries(READERS)) {
    const procedure = preset(key);
    const named = confidentialReaderRoles(procedure);

    it(`${key}: ${readers.join(', ')} and the complaint's own owner`, () => {
      expect(named).toEqual(readers);
      for (const role of STAFF_ROLES) {
        expect({ role, reads: mayReadComplaint(confidential, named, viewer([role])) }).toEqual({ role, reads: readers.includes(role) });
      }
      // The owner role alone reads only the files assigned to that person.
      expect(mayReadComplaint(confidential, named, viewer(['owner'], OWNER_ID))).toBe(true);
      expect(mayReadComplaint(confidential, named, viewer(['owner']))).toBe(false);
    });
  }

  it('a complaint that is not confidential is read by everyone', () => {
    const named = confidentialReaderRoles(preset('zorgaanbieder-wkkgz'));
    for (const role of STAFF_ROLES) expect(mayReadComplaint({ confidential: false, ownerId: OWNER_ID }, named, viewer([role]))).toBe(true);
  });

  it('a one-person office is never locked out of its own complaints, whatever role that person ticked', () => {
    const named = confidentialReaderRoles(preset('zorgaanbieder-wkkgz'));
    expect(mayReadComplaint(confidential, named, { ...viewer(['receptionist']), alone: true })).toBe(true);
    expect(mayReadComplaint(confidential, named, { ...viewer(['receptionist']), alone: false })).toBe(false);
  });

  it('under a procedure version it cannot find, only the coordinator and the owner read it', () => {
    expect(mayReadComplaint(confidential, undefined, viewer(['management', 'committee']))).toBe(false);
    expect(mayReadComplaint(confidential, undefined, viewer(['coordinator']))).toBe(true);
    expect(mayReadComplaint(confidential, undefined, viewer(['receptionist'], OWNER_ID))).toBe(true);
  });

  it('applied to many rows, each is judged under its own procedure version', () => {
    const committee = preset('dienstverlener-klachtencommissie');
    const wkkgz = preset('zorgaanbieder-wkkgz');
    const access = confidentialAccess(viewer(['committee']), [committee, wkkgz]);
    expect(access.readsAll).toBe(false);
    expect(access.mayRead(confidential, committee.id)).toBe(true);
    expect(access.mayRead(confidential, wkkgz.id)).toBe(false);
    expect(confidentialAccess(viewer(['coordinator']), []).readsAll).toBe(true);
  });
});
