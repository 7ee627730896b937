import type { Staff } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

/** Read-only for now: staff are managed from issue 3 on; the demo data fills them. */
export function createStaffRepository(db: KlachtenbalieDb) {
  return {
    get(id: string): Promise<Staff | undefined> {
      return db.staff.get(id);
    },

    async list(): Promise<Staff[]> {
      const staff = await db.staff.toArray();
      return staff.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },
  };
}
