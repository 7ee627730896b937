import { diffRecords } from '../../domain/diff';
import { RecordNotFoundError, ValidationError, validateOrThrow } from '../../domain/errors';
import { newId } from '../../domain/ids';
import { ROLE_LABELS } from '../../domain/labels';
import type { Actor, Staff } from '../../domain/model';
import { applyPatch, pickFields } from '../../domain/records';
import { STAFF_MESSAGES, staffInputSchema, type StaffInput } from '../../domain/staff';
import { normalizeText } from '../../domain/text';
import type { KlachtenbalieDb } from '../database';
import { settingsEvent } from './eventLog';
import { appendEvent } from './eventStore';

export type StaffPatch = Partial<StaffInput>;

export const STAFF_NOT_FOUND = 'Deze medewerker bestaat niet (meer). Misschien is hij op een andere werkplek verwijderd.';

const EDITABLE_STAFF_FIELDS = ['name', 'roles', 'active'] as const;

/** Two active colleagues with one name could not be told apart in the involved-employee check. */
async function refuseDuplicateName(db: KlachtenbalieDb, staff: Pick<Staff, 'id' | 'name' | 'active'>): Promise<void> {
  if (!staff.active) return;
  const name = normalizeText(staff.name);
  const others = await db.staff.filter((other) => other.active && other.id !== staff.id && normalizeText(other.name) === name).count();
  if (others > 0) throw new ValidationError({ name: STAFF_MESSAGES.duplicateName });
}

const rolesText = (staff: Staff) => staff.roles.map((role) => ROLE_LABELS[role].toLowerCase()).join(', ');

export function createStaffRepository(db: KlachtenbalieDb) {
  /** Applies a validated change with its event; no write and no event when nothing changed. */
  function change(id: string, patch: StaffPatch, actor: Actor, now: Date, describe: (next: Staff) => string): Promise<Staff> {
    const nowIso = now.toISOString();
    return db.transaction('rw', [db.staff, db.eventLogs], async () => {
      const existing = await db.staff.get(id);
      if (!existing) throw new RecordNotFoundError(STAFF_NOT_FOUND);
      const input = validateOrThrow(staffInputSchema, applyPatch(pickFields(existing, EDITABLE_STAFF_FIELDS), patch));
      const next: Staff = { ...existing, ...input, updatedAt: nowIso };
      const changes = diffRecords(existing, next);
      if (changes.length === 0) return existing;
      await refuseDuplicateName(db, next);
      await db.staff.put(next);
      await appendEvent(db, settingsEvent(describe(next), changes.map((c) => ({ ...c, field: `staff.${c.field}` })), actor, nowIso));
      return next;
    });
  }

  return {
    get(id: string): Promise<Staff | undefined> {
      return db.staff.get(id);
    },

    /** Alphabetical; inactive staff too unless asked otherwise (old complaints still name them). */
    async list({ activeOnly = false }: { activeOnly?: boolean } = {}): Promise<Staff[]> {
      const staff = activeOnly ? await db.staff.filter((member) => member.active).toArray() : await db.staff.toArray();
      return staff.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },

    async create(input: StaffInput, actor: Actor, now: Date = new Date()): Promise<Staff> {
      const valid = validateOrThrow(staffInputSchema, input);
      const nowIso = now.toISOString();
      const staff: Staff = { id: newId(), ...valid, createdAt: nowIso, updatedAt: nowIso };
      return db.transaction('rw', [db.staff, db.eventLogs], async () => {
        await refuseDuplicateName(db, staff);
        await db.staff.add(staff);
        const changes = diffRecords(null, staff, ['id', 'createdAt', 'updatedAt']).map((c) => ({ ...c, field: `staff.${c.field}` }));
        await appendEvent(db, settingsEvent(`Medewerker ${staff.name} toegevoegd (${rolesText(staff)})`, changes, actor, nowIso));
        return staff;
      });
    },

    /** Name, roles, or `active: true` to take someone back on. */
    update(id: string, patch: StaffPatch, actor: Actor, now: Date = new Date()): Promise<Staff> {
      return change(id, patch, actor, now, (next) => `Medewerker ${next.name} gewijzigd (${rolesText(next)}${next.active ? '' : ', inactief'})`);
    },

    /** The colleague who signs in to the office's server with this user name, if one has before. */
    async byAccount(account: string): Promise<Staff | undefined> {
      return db.staff.filter((member) => member.active && member.account === account).first();
    },

    /** Another active colleague with this one's name and no account yet: the same person, added on another PC. */
    async namesake(member: Pick<Staff, 'id' | 'name'>): Promise<Staff | undefined> {
      const name = normalizeText(member.name);
      return db.staff.filter((other) => other.active && other.id !== member.id && !other.account && normalizeText(other.name) === name).first();
    },

    /**
     * This colleague signs in as `account` from now on, with the roles the
     * server gives that account (the server decides who may do what). One
     * account is one colleague: whoever had it before no longer has it.
     */
    linkAccount(id: string, account: string, roles: Staff['roles'], actor: Actor, now: Date = new Date()): Promise<Staff> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.staff, db.eventLogs], async () => {
        const existing = await db.staff.get(id);
        if (!existing) throw new RecordNotFoundError(STAFF_NOT_FOUND);
        const next: Staff = { ...existing, account, roles: roles.length > 0 ? [...roles] : existing.roles, updatedAt: nowIso };
        const changes = diffRecords(existing, next, ['updatedAt']);
        if (changes.length === 0) return existing;
        for (const other of await db.staff.filter((member) => member.account === account && member.id !== id).toArray()) {
          await db.staff.put({ ...other, account: undefined, updatedAt: nowIso });
        }
        await db.staff.put(next);
        await appendEvent(db, settingsEvent(`Medewerker ${next.name} meldt zich aan als ${account} (${rolesText(next)})`, changes.map((c) => ({ ...c, field: `staff.${c.field}` })), actor, nowIso));
        return next;
      });
    },

    /** Never deleted: events and complaints keep pointing at them. */
    deactivate(id: string, actor: Actor, now: Date = new Date()): Promise<Staff> {
      return change(id, { active: false }, actor, now, (next) => `Medewerker ${next.name} op inactief gezet`);
    },
  };
}
