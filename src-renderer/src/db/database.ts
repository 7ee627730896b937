import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Attachment, Complaint, Counter, EventLog, Customer, Measure, NotifiedDeadline, OpenDeadline, RemovalRecord, Setting, Staff, StoredFile } from '../domain/model';
import type { Procedure } from '../domain/procedure';
import { changeWatch } from './changeWatch';
import { changeJournal, type OutboxEntry } from './journal';
import { defaultPreset, upgradeToVersion2 } from './migrations/v2';
import { upgradeToVersion3 } from './migrations/v3';
import { upgradeToVersion4 } from './migrations/v4';
import { upgradeToVersion6 } from './migrations/v6';
import { upgradeToVersion7 } from './migrations/v7';
import { upgradeToVersion8 } from './migrations/v8';
import { upgradeToVersion10 } from './migrations/v10';
import { upgradeToVersion11 } from './migrations/v11';
import { upgradeToVersion12 } from './migrations/v12';
import { upgradeToVersion14 } from './migrations/v14';
import { upgradeToVersion15 } from './migrations/v15';
import { upgradeToVersion16 } from './migrations/v16';
import type { AnalysisDay, AnalysisFact } from '../domain/analysis';

export const DEFAULT_DATABASE_NAME = 'klachtenbalie';

/**
 * The IndexedDB database of Klachtenbalie.
 *
 * Schema versions are APPEND-ONLY and whole numbers. Never edit or remove a released
 * `this.version(n)` block: offices have data in that shape. A change is a new
 * version listing only the stores it adds, changes (their whole index list) or
 * deletes (null), as versions 6 to 8 do: Dexie carries the others over. Where
 * data must move, an `.upgrade()`. Versions 1 to 5 list every store.
 *
 * Tables later versions will add (plan, so names stay free):
 *   letters      generated letters: type, template version, date, attachment id
 *
 * Version 2 stores the earliest open deadline on each complaint
 * (`nextDeadline`, with `[status+nextDeadline]`), so "overdue" and "due this
 * week" are index queries without a table of their own.
 *
 * Version 3 adds the pinboard: `attachments` (the records, by complaint and by
 * customer, newest first through `[…+addedAt]`) and `files` (one row per
 * stored SHA-256, for the later sweep), and `mergedIntoId` on customers (only
 * merged ones have it set, so the index holds just those).
 *
 * Version 4 is for the coordinator's desk at 100,000 complaints. `openDeadlines`
 * holds one row per open term of every complaint (not just the earliest one
 * `nextDeadline` keeps), by kind, day and owner, so "te laat" and "binnenkort"
 * per kind and per owner are index ranges and counts. Complaints get
 * `deskState` (stamped, null once ended) with `[deskState+receivedAt]` for the
 * unassigned / awaiting-evaluation / awaiting-agreement lists, oldest first,
 * and `[ownerId+deskState+receivedAt]` for an owner's open complaints and the
 * oldest of them. IndexedDB leaves a record with a null part out of a compound
 * index, so ended complaints are in neither.
 *
 * Version 5 adds `notifiedDeadlines`: one row per person and open term they
 * were warned about (`${staffId}|${deadlineId}`), so a reminder comes once per
 * term, not on every start. Events lose two indexes nothing reads: `at`, and
 * `complaintId`, which Dexie answers from `[complaintId+at]`. At half a million
 * events that is a million index entries less to write and keep. No data moves.
 *
 * Version 6 keeps the register's total in `counters` ('complaints.total'),
 * added to by the one write path, so the list's "100.000 klachten" is one read
 * instead of a walk over every complaint. No index changes.
 *
 * Version 7 keeps events in `eventLogs`, one record per complaint (per customer
 * for what happened outside a complaint, per year for the office's settings),
 * instead of one record per event in `events`, which it replaces. IndexedDB in
 * Chromium spends about 0.1 ms on every record it writes, whatever its size,
 * and a complaint collects five or more events: at 100,000 complaints that was
 * half of the time it took to write them. A card reads its history in one get.
 * Complaints drop three indexes nothing reads a list from: `status` (counted
 * through `[status+receivedAt]`), `ownerId` (the desk reads
 * `[ownerId+deskState+receivedAt]`) and `updatedAt` (the field stays on every
 * record for a later sync, which can add the index it needs). Customers drop
 * `customerNumber`, `name` and `updatedAt` for the same reason: search reads
 * their `searchTerms`. A complaint's search terms keep its customer's name but
 * no longer copy the customer's other details; search finds those through the
 * customer (see complaintSearch). All told, a complaint with its customer and
 * events writes about a third fewer index entries.
 *
 * Version 8 indexes a complaint's search terms together with its receipt
 * moment (`*searchKeys`: [term, receivedAt] pairs, replacing `*searchTerms`),
 * so search reads each matching term's complaints newest first and stops at
 * the page it shows, instead of reading every complaint under a common
 * surname (4,000 keys, a tenth of a second) and then ordering them.
 * Customers index their name's terms and their other details' apart
 * (`*nameTerms`, `*detailTerms`, replacing `*searchTerms`): complaint search
 * reads only the details, as a complaint carries its customer's name itself.
 *
 * Version 9 is for an office that shares its register between workstations
 * (see journal.ts). `outbox` journals which shared records changed and are not
 * yet shared, in the same transaction as the change; `[table+key]` tells
 * whether a record has such a change waiting. `sharedRevisions` holds, per
 * shared record, the revision its stored version is based on (the base of a
 * three-way merge), and `sharedCheckpoints` how far the changes from elsewhere
 * have been taken in, written in the same transaction as those changes. A
 * register that is not shared leaves all three empty. No data moves.
 *
 * Version 10 changes no store. Terms in days, weeks, months and years now run
 * from the day of receipt itself (Algemene termijnenwet): what complaints
 * stored from their terms (next deadline, open-deadline rows, an escalation's
 * due day, how long a file is kept) is counted again (see migrations/v10).
 *
 * Version 12 carries out retention (AVG). Complaints index the day their file
 * may be kept until (`workflow.retentionUntil`, set only once handling ended),
 * so "bewaartermijn verstreken" is one index range however large the
 * register; anonymising clears it, which takes the file out of that range.
 * `removals` is the removal register: one record per anonymised or deleted
 * file (reference, when, who, what, under which rule), shared like the
 * complaints. IndexedDB builds the new index from the stored records. Complaints
 * awaiting their written version get that desk state (see migrations/v12).
 *
 * Version 13 lets the complaint list be sorted by its columns at 100,000
 * complaints, a page at a time from an index like the default order (see
 * repositories/complaintSorting): `createdAt` (registration order, which is the
 * references' order; the reference index itself puts K-2026-10000 before
 * K-2026-1001) and the customer's name, each also behind the status for a
 * list filtered by status, and the owner with the status and receipt: read
 * per owner and status, that one index serves both lists. IndexedDB
 * builds the new indexes from the stored fields: no data moves.
 *
 * Version 14 changes no store. Every event carries a seal that chains it to
 * the events appended before it in its log (domain/journal/seal), so the
 * journal check names an event changed, removed or moved afterwards; the
 * upgrade seals the events already there as the start of each chain (see
 * migrations/v14).
 *
 * Version 15 adds the measures register (`measures`): a measure with the
 * complaints it came from (`*complaintIds`, so a card reads its own), open
 * ones by due day (`[status+dueOn]`, "te laat" is one range), checks by their
 * day (`check.dueOn`; a measure without a check is left out of that index),
 * and by cause and owner for the register's filters. Each complaint's
 * corrective actions move into it (see migrations/v15) and complaints get
 * their satisfaction answer (null).
 *
 * Version 16 is for the analysis at 100,000 complaints (see
 * repositories/analysisUpkeep). `analysisFacts` keeps one small record per
 * complaint with what the analysis counts (by the day of receipt, for the
 * complaints behind a figure), `analysisDays` the sum of those per day of
 * receipt, so a year's figures read 365 records. Both are derived, written
 * with the complaint and never shared. The upgrade builds them from the
 * stored complaints (see migrations/v16).
 */
export class KlachtenbalieDb extends Dexie {
  // `declare`: Dexie creates these properties in stores(); a class field would shadow them.
  declare customers: EntityTable<Customer, 'id'>;
  declare complaints: EntityTable<Complaint, 'id'>;
  /** What happened, per complaint; written only through repositories/eventStore. */
  declare eventLogs: EntityTable<EventLog, 'id'>;
  declare staff: EntityTable<Staff, 'id'>;
  declare settings: EntityTable<Setting, 'key'>;
  declare counters: EntityTable<Counter, 'id'>;
  /** Immutable procedure versions (`${key}@${version}`): a complaint keeps the one it started under. */
  declare procedures: EntityTable<Procedure, 'id'>;
  /** Pinboard records; the bytes live in the platform's attachment store by sha256. */
  declare attachments: EntityTable<Attachment, 'id'>;
  declare files: EntityTable<StoredFile, 'sha256'>;
  /** Derived from complaints: written only together with the complaint it belongs to. */
  declare openDeadlines: EntityTable<OpenDeadline, 'id'>;
  /** Which open terms each person was reminded of; kept only while the term is open. */
  declare notifiedDeadlines: EntityTable<NotifiedDeadline, 'id'>;
  /** Shared records changed here and not yet shared (journal.ts); empty unless the register is shared. */
  declare outbox: EntityTable<OutboxEntry, 'seq'>;
  declare sharedRevisions: EntityTable<SharedRevision, 'id'>;
  declare sharedCheckpoints: EntityTable<SharedCheckpoint, 'id'>;
  /** The removal register: what retention removed, never of whom. */
  declare removals: EntityTable<RemovalRecord, 'id'>;
  /** The measures register; each linked complaint carries a copy as a corrective action (domain/measures/projection). */
  declare measures: EntityTable<Measure, 'id'>;
  /** Derived from complaints for the analysis (version 16): written only together with the complaint. */
  declare analysisFacts: EntityTable<AnalysisFact, 'id'>;
  declare analysisDays: EntityTable<AnalysisDay, 'id'>;

  /**
   * Whether writes to shared tables are journalled for the office's other
   * workstations. Off for a register on one PC; whoever shares the register
   * turns it on before the first write that must reach the others.
   */
  journalWrites = false;

  /** For the few reads that go to IndexedDB itself (a cursor that jumps): the one given for tests, else the browser's. */
  readonly keyRange: typeof IDBKeyRange;

  constructor(name: string = DEFAULT_DATABASE_NAME, options: DexieOptions = {}, shape: DatabaseShape = {}) {
    // Chromium's default durability is relaxed: a write could be reported done before it is on disk.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.keyRange = (options.IDBKeyRange as typeof IDBKeyRange | undefined) ?? globalThis.IDBKeyRange;
    const upTo = shape.schemaVersion ?? Number.POSITIVE_INFINITY;

    this.version(1).stores({
      customers: 'id, customerNumber, name, *searchTerms, updatedAt',
      complaints:
        'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, updatedAt',
      events: 'id, complaintId, customerId, [complaintId+at], at, updatedAt',
      staff: 'id, name, active, updatedAt',
      settings: 'key',
      counters: 'id',
    });

    if (upTo >= 2) this.version(2)
      .stores({
        customers: 'id, customerNumber, name, *searchTerms, updatedAt',
        complaints:
          'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, [status+nextDeadline], updatedAt',
        events: 'id, complaintId, customerId, [complaintId+at], at, updatedAt',
        staff: 'id, name, active, updatedAt',
        settings: 'key',
        counters: 'id',
        procedures: 'id, key, version, updatedAt',
      })
      .upgrade(upgradeToVersion2);

    if (upTo >= 3) this.version(3)
      .stores({
        customers: 'id, customerNumber, name, *searchTerms, mergedIntoId, updatedAt',
        complaints:
          'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, [status+nextDeadline], updatedAt',
        events: 'id, complaintId, customerId, [complaintId+at], at, updatedAt',
        staff: 'id, name, active, updatedAt',
        settings: 'key',
        counters: 'id',
        procedures: 'id, key, version, updatedAt',
        attachments: 'id, complaintId, customerId, sha256, [complaintId+addedAt], [customerId+addedAt], updatedAt',
        files: 'sha256, updatedAt',
      })
      .upgrade(upgradeToVersion3);

    if (upTo >= 4) this.version(4)
      .stores({
        customers: 'id, customerNumber, name, *searchTerms, mergedIntoId, updatedAt',
        complaints:
          'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], updatedAt',
        events: 'id, complaintId, customerId, [complaintId+at], at, updatedAt',
        staff: 'id, name, active, updatedAt',
        settings: 'key',
        counters: 'id',
        procedures: 'id, key, version, updatedAt',
        attachments: 'id, complaintId, customerId, sha256, [complaintId+addedAt], [customerId+addedAt], updatedAt',
        files: 'sha256, updatedAt',
        openDeadlines: 'id, complaintId, dueOn, [kind+dueOn], [ownerId+dueOn], [ownerId+kind+dueOn]',
      })
      .upgrade(upgradeToVersion4);

    if (upTo >= 5) this.version(5).stores({
      customers: 'id, customerNumber, name, *searchTerms, mergedIntoId, updatedAt',
      complaints:
        'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], updatedAt',
      events: 'id, customerId, [complaintId+at], updatedAt',
      staff: 'id, name, active, updatedAt',
      settings: 'key',
      counters: 'id',
      procedures: 'id, key, version, updatedAt',
      attachments: 'id, complaintId, customerId, sha256, [complaintId+addedAt], [customerId+addedAt], updatedAt',
      files: 'sha256, updatedAt',
      openDeadlines: 'id, complaintId, dueOn, [kind+dueOn], [ownerId+dueOn], [ownerId+kind+dueOn]',
      notifiedDeadlines: 'id',
    });

    if (upTo >= 6) this.version(6).stores({}).upgrade(upgradeToVersion6);

    if (upTo >= 7) this.version(7)
      .stores({
        customers: 'id, *searchTerms, mergedIntoId',
        complaints:
          'id, &reference, customerId, receivedAt, [status+receivedAt], *searchTerms, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt]',
        eventLogs: 'id',
        events: null,
      })
      .upgrade(upgradeToVersion7);

    if (upTo >= 8) this.version(8)
      .stores({
        customers: 'id, *nameTerms, *detailTerms, mergedIntoId',
        complaints:
          'id, &reference, customerId, receivedAt, [status+receivedAt], *searchKeys, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt]',
      })
      .upgrade(upgradeToVersion8);

    if (upTo >= 9) this.version(9).stores({
      outbox: '++seq, [table+key]',
      sharedRevisions: 'id',
      sharedCheckpoints: 'id',
    });

    if (upTo >= 10) this.version(10).stores({}).upgrade(upgradeToVersion10);

    if (upTo >= 11) this.version(11).stores({}).upgrade(upgradeToVersion11);

    if (upTo >= 12) this.version(12).stores({
      complaints:
        'id, &reference, customerId, receivedAt, [status+receivedAt], *searchKeys, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], workflow.retentionUntil',
      removals: 'id, at',
    }).upgrade(upgradeToVersion12);

    if (upTo >= 13) this.version(13).stores({
      complaints:
        'id, &reference, customerId, receivedAt, [status+receivedAt], *searchKeys, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], workflow.retentionUntil, createdAt, [status+createdAt], [customerName+receivedAt], [status+customerName+receivedAt], [ownerId+status+receivedAt]',
    });

    if (upTo >= 14) this.version(14).stores({}).upgrade(upgradeToVersion14);

    if (upTo >= 15) this.version(15).stores({
      measures: 'id, [status+dueOn], check.dueOn, causeCategory, owner, *complaintIds',
    }).upgrade(upgradeToVersion15);

    if (upTo >= 16) this.version(16).stores({
      analysisFacts: 'id, receivedOn',
      analysisDays: 'id',
    }).upgrade(upgradeToVersion16);

    this.use(changeWatch);
    this.use(changeJournal(() => this.journalWrites));

    // A new database starts with the default procedure, as an upgraded one does; one restored from a backup has its own.
    if (shape.populate !== false) this.on('populate', (tx) => tx.table('procedures').add(defaultPreset()));

    // Dexie 4 quietly opens data that a newer Klachtenbalie upgraded; this older
    // code would then write records without the newer fields, so refuse instead.
    const declared = this.verno;
    this.on(
      'ready',
      (vipDb) => {
        const installed = schemaVersionOf(vipDb.backendDB().version);
        if (installed > declared) {
          throw new Dexie.VersionError(`Database versie ${installed}, deze Klachtenbalie kent versie ${declared}`);
        }
      },
      true,
    );
  }
}

/** The revision of a shared record (`${table}:${key}`) the stored version is based on. */
export interface SharedRevision {
  id: string;
  rev: string;
}

/** How far the changes from the office's other workstations have been taken in (an opaque sequence). */
export interface SharedCheckpoint {
  id: string;
  seq: string;
  updatedAt: string;
}

/** How a database is made other than for the app itself: a restore builds one at a backup's version, then upgrades it. */
export interface DatabaseShape {
  /** Declare versions 1 to this one only. */
  schemaVersion?: number;
  /** false: no default procedure in a new database. */
  populate?: boolean;
}

/**
 * The schema version of a database as IndexedDB reports it. Dexie stores
 * version n as n * 10 and adds 1 when it patches a schema that changed without
 * a new version, hence whole version numbers and the floor.
 */
export function schemaVersionOf(indexedDbVersion: number): number {
  return Math.floor(indexedDbVersion / 10);
}

/**
 * The database, not yet opened: call `db.open()` (and show its error with
 * `describeDatabaseError`) before handing it to `createRepositories`, so an
 * open, upgrade or version error surfaces at start-up instead of at the first
 * save. Tests pass `{ indexedDB, IDBKeyRange }` from fake-indexeddb.
 */
export function openDatabase(name: string = DEFAULT_DATABASE_NAME, options: DexieOptions = {}): KlachtenbalieDb {
  return new KlachtenbalieDb(name, options);
}
