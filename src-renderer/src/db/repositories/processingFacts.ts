/**
 * What the register of processing is written from, as stored: the
 * letterhead, the newest version of each klachtenregeling the office set up,
 * and the roles its active staff hold.
 */
import { STAFF_ROLES } from '../../domain/model';
import type { ProcessingFacts } from '../../domain/privacy/processingRegister';
import { EMPTY_LETTERHEAD } from '../../letters/settings';
import type { KlachtenbalieDb } from '../database';
import { storedLetterhead } from './storedLetterhead';

export type StoredProcessingFacts = Pick<ProcessingFacts, 'office' | 'procedures' | 'roles'>;

export function createProcessingFactsRepository(db: KlachtenbalieDb) {
  return {
    read(): Promise<StoredProcessingFacts> {
      return db.transaction('r', [db.settings, db.procedures, db.staff], async () => {
        const letterhead = (await storedLetterhead(db)) ?? EMPTY_LETTERHEAD;
        const newestFirst = await db.procedures.orderBy('updatedAt').reverse().toArray();
        const byKey = new Map<string, (typeof newestFirst)[number]>();
        for (const procedure of newestFirst) if (!byKey.has(procedure.key)) byKey.set(procedure.key, procedure);
        const staff = await db.staff.toArray();
        const held = new Set(staff.filter((member) => member.active).flatMap((member) => member.roles));
        return {
          office: { name: letterhead.officeName, addressLines: letterhead.addressLines, phone: letterhead.phone, email: letterhead.email },
          procedures: [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
          roles: STAFF_ROLES.filter((role) => held.has(role)),
        };
      });
    },
  };
}
