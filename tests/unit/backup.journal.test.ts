import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../src-renderer/src/backup/makeBackup';
import { checkBackup, restoreBackup } from '../../src-renderer/src/backup/restoreBackup';
import type { BackupSink } from '../../src-renderer/src/db/backup/exportRegister';
import type { ComplaintEvent, EventLog } from '../../src-renderer/src/domain/model';
import { ACTOR, freshDb, intake, NOW } from './support/db';
import { memoryBackups, memoryFiles } from './support/memoryBackups';
import { CURRENT_SCHEMA_VERSION } from './support/upgrade';

type Alter = (logs: EventLog[]) => EventLog[];

/** A backup of an office with two complaints, its journal altered on the way into the file by `alter`, as someone rewriting a backup would (the part hashes made to fit). */
async function restoreAltered(alter: Alter) {
  const context = await freshDb();
  const files = memoryFiles();
  await context.repos.complaints.create(intake(), ACTOR, NOW);
  await context.repos.complaints.create(intake({ customer: { name: 'Ria Jansen', customerNumber: '' } }), ACTOR, NOW);
  const backups = memoryBackups();
  const made = await makeBackup({
    store: backups.store,
    exportTo: (sink) =>
      context.repos.backups.exportTo(
        { ...sink, declareTable: (table) => sink.declareTable(table), addPart: (table, records) => sink.addPart(table, table === 'eventLogs' ? alter(records as EventLog[]) : records) } satisfies BackupSink,
        files.get,
      ),
    appVersion: '0.1.0',
    now: NOW,
  });
  const source = await backups.store.open(made.file.name);
  const manifest = await checkBackup({ source, schemaVersion: CURRENT_SCHEMA_VERSION });
  const dexieOptions = { indexedDB: context.indexedDB, IDBKeyRange };
  return { manifest, restoring: restoreBackup({ source, manifest, schemaVersion: CURRENT_SCHEMA_VERSION, putFile: memoryFiles().put, now: NOW, dexieOptions }) };
}

const complaintLogs = (logs: EventLog[]) => logs.filter((log) => !log.id.includes(':'));
const editFirst = (logs: EventLog[], change: (events: ComplaintEvent[]) => ComplaintEvent[]) => {
  const first = complaintLogs(logs)[0]!;
  return logs.map((log) => (log === first ? { ...log, events: change(log.events) } : log));
};

describe('a backup carries the journal chain heads, and a restore checks them', () => {
  it('restores a backup whose journal is as it was made, and the manifest carries every log', async () => {
    const { manifest, restoring } = await restoreAltered((logs) => logs);
    expect(manifest.journal?.logs).toBe(4);
    await expect(restoring).resolves.toMatch(/^klachtenbalie-hersteld/);
  });

  it('refuses a backup in which an event was edited, naming it', async () => {
    const { restoring } = await restoreAltered((logs) => editFirst(logs, (events) => events.map((e, i) => (i === 0 ? { ...e, summary: 'Klacht ingetrokken' } : e))));
    await expect(restoring).rejects.toThrow(/niet teruggezet: het logboek erin is na het maken van de back-up veranderd \(logboek van klacht K-2026-000\d: de gebeurtenis van 10 maart 2026 \(„Klacht ingetrokken”\) is achteraf gewijzigd\)\./);
  });

  it('refuses a backup from which the last event of a log was cut', async () => {
    const { restoring } = await restoreAltered((logs) => editFirst(logs, (events) => events.slice(0, -1)));
    await expect(restoring).rejects.toThrow('Deze back-up wordt niet teruggezet: het logboek erin is na het maken van de back-up veranderd: er ontbreken gebeurtenissen of logboeken.');
  });
});
