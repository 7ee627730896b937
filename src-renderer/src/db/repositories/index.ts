import type { KlachtenbalieDb } from '../database';
import { createAnalysisRepository } from './analysis';
import { createReportRepository } from './reports';
import { createAttachmentRepository } from './attachments';
import { createBackupRepository } from './backup';
import { createClosingDayRepository } from './closingDays';
import { createComplaintRepository } from './complaints';
import { createConfidentialReadRepository } from './confidentialReads';
import { createCustomerRepository } from './customers';
import { createDemoRepository } from './demo';
import { createDeskRepository } from './desk';
import { createEventRepository } from './events';
import { createJournalRepository } from './journalCheck';
import { createLetterRepository } from './letters';
import { createMeasureRepository } from './measures';
import { createPersonRightsRepository } from './personRights';
import { createPrivacyRepository } from './privacy';
import { createProcessingFactsRepository } from './processingFacts';
import { createProcedureRepository } from './procedures';
import { createReminderRepository } from './reminders';
import { createDraftRepository, createSettingsRepository } from './settings';
import { createStaffRepository } from './staff';

/** Everything the UI may do with stored data. Only these functions touch tables. */
export function createRepositories(db: KlachtenbalieDb) {
  const settings = createSettingsRepository(db);
  return {
    complaints: createComplaintRepository(db),
    customers: createCustomerRepository(db),
    attachments: createAttachmentRepository(db),
    events: createEventRepository(db),
    confidentialReads: createConfidentialReadRepository(db),
    settings,
    drafts: createDraftRepository(settings),
    staff: createStaffRepository(db),
    procedures: createProcedureRepository(db),
    closingDays: createClosingDayRepository(db),
    letters: createLetterRepository(db),
    demo: createDemoRepository(db),
    desk: createDeskRepository(db),
    reminders: createReminderRepository(db),
    backups: createBackupRepository(db),
    privacy: createPrivacyRepository(db),
    processingFacts: createProcessingFactsRepository(db),
    personRights: createPersonRightsRepository(db),
    journal: createJournalRepository(db),
    measures: createMeasureRepository(db),
    analysis: createAnalysisRepository(db),
    reports: createReportRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
export type { NewAttachment } from './attachments';
export type { ComplaintFilter, ComplaintPatch, ComplaintPin, CreatedComplaint } from './complaints';
export type { WorkflowState } from './complaintWorkflow';
export type { CustomerMergeChoices, CustomerPatch } from './customers';
export type { SeedOptions, SeedResult } from './demo';
export type {
  DeadlineQuery,
  DeskComplaintList,
  DeskComplaintRow,
  DeskDeadlineGroup,
  DeskDeadlines,
  DeskDeadlineRow,
  DeskPage,
  OwnerStatusChecks,
  OwnerWorkload,
} from './desk';
export type { LapsedFile, LapsedGroup, RemovalOutcome, RemovalPlan } from './privacy';
export type { ErasureOutcome, ErasurePlan, PersonData } from './personRights';
export type { StaffPatch } from './staff';
export type { JournalBreak, JournalReport, LogOwner } from './journalCheck';
export type { NewLetter, OfficeTemplate } from './letters';
