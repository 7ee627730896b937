import type { KlachtenbalieDb } from '../database';
import { createComplaintRepository } from './complaints';
import { createCustomerRepository } from './customers';
import { createDemoRepository } from './demo';
import { createEventRepository } from './events';
import { createDraftRepository, createSettingsRepository } from './settings';
import { createStaffRepository } from './staff';

/** Everything the UI may do with stored data. Only these functions touch tables. */
export function createRepositories(db: KlachtenbalieDb) {
  const settings = createSettingsRepository(db);
  return {
    complaints: createComplaintRepository(db),
    customers: createCustomerRepository(db),
    events: createEventRepository(db),
    settings,
    drafts: createDraftRepository(settings),
    staff: createStaffRepository(db),
    demo: createDemoRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { ComplaintFilter, ComplaintPatch, CreatedComplaint } from './complaints';
export type { CustomerPatch } from './customers';
export type { SeedOptions, SeedResult } from './demo';
