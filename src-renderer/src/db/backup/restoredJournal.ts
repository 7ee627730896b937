/**
 * A restore checks the journal it brings back: every log's chain as its part
 * is read, and at the end the chain heads against those the backup was made
 * with. A backup whose journal was altered afterwards is refused, with where.
 */
import type { BackupManifest } from '../../domain/backup/manifest';
import { longDutchDate } from '../../domain/dates';
import type { BreakKind } from '../../domain/journal/checkLog';
import { firstBroken, foldHeads, NO_HEADS } from '../../domain/journal/journalHeads';
import type { Complaint, EventLog } from '../../domain/model';
import { SEALED_JOURNAL_VERSION } from './exportRegister';
import { RestoreMismatch } from './restoreRegister';

const WHAT: Record<BreakKind, string> = {
  changed: 'is achteraf gewijzigd',
  removed: 'volgt op een verwijderde gebeurtenis',
  reordered: 'is in een andere volgorde gezet',
  unsealed: 'is zonder zegel toegevoegd',
};

const REFUSED = 'Deze back-up wordt niet teruggezet: het logboek erin is na het maken van de back-up veranderd';

export function restoredJournal(manifest: BackupManifest) {
  // Before version 14 events were not sealed; the upgrade after the restore seals them.
  const sealed = manifest.schemaVersion >= SEALED_JOURNAL_VERSION;
  let read = NO_HEADS;
  // The backup holds complaints before event logs (tables in name order): a broken log is named by its reference.
  const references = new Map<string, string>();
  return {
    part(table: string, records: readonly unknown[]): void {
      if (sealed && table === 'complaints') for (const complaint of records as readonly Complaint[]) references.set(complaint.id, complaint.reference);
      if (!sealed || table !== 'eventLogs') return;
      const logs = records as readonly EventLog[];
      const broken = firstBroken(logs);
      if (broken) {
        const at = broken.event ? `de gebeurtenis van ${longDutchDate(broken.event.at)} („${broken.event.summary}”)` : 'een gebeurtenis';
        throw new RestoreMismatch(`${REFUSED} (logboek ${references.has(broken.logId) ? `van klacht ${references.get(broken.logId)}` : broken.logId}: ${at} ${WHAT[broken.kind]}).`);
      }
      read = foldHeads(read, logs);
    },
    end(): void {
      if (!sealed) return;
      if (!manifest.journal || manifest.journal.heads !== read.heads || manifest.journal.logs !== read.logs) {
        throw new RestoreMismatch(`${REFUSED}: er ontbreken gebeurtenissen of logboeken.`);
      }
    },
  };
}
