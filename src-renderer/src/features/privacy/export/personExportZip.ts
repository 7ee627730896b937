/**
 * "Gegevens opvragen": one zip with the readable document, the same data as
 * JSON and the person's letters and files themselves, as they are stored.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PersonData } from '../../../db/repositories';
import { localDay } from '../../../domain/dates';
import type { RemovalCounts } from '../../../domain/model';
import { exportDocument, personExport, withoutBytes, type PersonExport } from '../../../domain/privacy';
import type { Platform } from '../../../platform/platform';
import { buildExportDocx } from './exportDocx';

export const EXPORT_JSON = 'gegevens.json';
export const EXPORT_DOCUMENT = 'overzicht.docx';

export interface PersonExportZip {
  fileName: string;
  bytes: Uint8Array;
  data: PersonExport;
  /** For the register: how much went out. */
  counts: RemovalCounts;
}

export async function personExportZip(person: PersonData, files: Pick<Platform, 'getAttachment'>, officeName: string, now: Date): Promise<PersonExportZip> {
  const draft = personExport(person, now.toISOString());
  const entries: Zippable = {};
  const missing = new Set<string>();
  for (const file of [...draft.letters, ...draft.files]) {
    if (file.path === null) continue;
    try {
      // Stored, not compressed again: letters, photos and PDFs are compressed already.
      entries[file.path] = [await files.getAttachment(file.sha256), { level: 0, mtime: now }];
    } catch {
      missing.add(file.attachmentId);
    }
  }
  const data = withoutBytes(draft, missing);
  const names = { staffName: (id: string) => person.staffNames[id] };
  const title = `Uw gegevens bij ${officeName.trim() || 'ons kantoor'}`;
  entries[EXPORT_DOCUMENT] = [await buildExportDocx(exportDocument(data, names, officeName), title), { level: 0, mtime: now }];
  entries[EXPORT_JSON] = [strToU8(JSON.stringify(data, null, 2)), { level: 6, mtime: now }];
  const fileName = `Gegevens ${person.customer.name} ${localDay(now)}.zip`.replace(/[\\/:*?"<>|]/g, '-');
  const counts = { complaints: data.complaints.length, letters: data.letters.length, files: data.files.length, customers: 1 };
  return { fileName, bytes: zipSync(entries), data, counts };
}
