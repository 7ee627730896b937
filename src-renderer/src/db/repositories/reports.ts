/**
 * Reports about all complaints (the annual report), kept in a list of their
 * own: pinned to nothing. The bytes live in the attachment store like a
 * letter's, under an attachment record with no complaint and no customer, so
 * a backup carries them and the sweep keeps them; the list itself is one
 * settings row, so showing it reads no attachments.
 */
import { newId } from '../../domain/ids';
import type { Actor, Attachment } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

export const REPORTS_SETTING = 'analysis.reports';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface StoredReport {
  attachmentId: string;
  name: string;
  year: number;
  sha256: string;
  size: number;
  madeAt: string;
  madeBy: string;
}

export interface NewReport {
  name: string;
  year: number;
  sha256: string;
  size: number;
}

async function storedReports(db: KlachtenbalieDb): Promise<StoredReport[]> {
  const value = (await db.settings.get(REPORTS_SETTING))?.value;
  return Array.isArray(value) ? (value as StoredReport[]) : [];
}

export function createReportRepository(db: KlachtenbalieDb) {
  return {
    /** Newest first. */
    async list(): Promise<StoredReport[]> {
      return [...(await storedReports(db))].sort((a, b) => b.madeAt.localeCompare(a.madeAt));
    },

    add(report: NewReport, actor: Actor, now: Date = new Date()): Promise<StoredReport> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.attachments, db.files, db.settings], async () => {
        const attachment: Attachment = {
          id: newId(),
          complaintId: null,
          customerId: null,
          name: report.name,
          type: DOCX_TYPE,
          size: report.size,
          sha256: report.sha256,
          kind: 'other',
          extractedFromId: null,
          addedAt: nowIso,
          addedById: actor.id,
          addedByName: actor.name,
          removedAt: null,
          removedByName: null,
          updatedAt: nowIso,
        };
        if (!(await db.files.get(report.sha256))) await db.files.add({ sha256: report.sha256, size: report.size, firstStoredAt: nowIso, updatedAt: nowIso });
        await db.attachments.add(attachment);
        const stored: StoredReport = { attachmentId: attachment.id, ...report, madeAt: nowIso, madeBy: actor.name };
        await db.settings.put({ key: REPORTS_SETTING, value: [...(await storedReports(db)), stored], updatedAt: nowIso });
        return stored;
      });
    },
  };
}
