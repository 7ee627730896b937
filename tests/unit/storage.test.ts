import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { KlachtenbalieDb, openDatabase } from '../../src-renderer/src/db/database';
import { describeDatabaseError } from '../../src-renderer/src/db/errors';
import { requestPersistence, storageEstimate, upgradePending } from '../../src-renderer/src/db/storage';
import { freshDb } from './support/db';
import { emptyDatabaseAt } from './support/upgrade';

describe('settings and drafts', () => {
  it('keeps a draft until it is cleared, apart from settings', async () => {
    const { db, repos, indexedDB } = await freshDb();
    const draft = { values: { summary: 'half getypt' } };
    await repos.drafts.save('intake', draft);
    await repos.settings.set('intake', 'a setting');
    expect(await repos.drafts.load('intake')).toEqual(draft);
    expect(await repos.settings.get('intake')).toBe('a setting');

    // A reload is a new connection to the same database.
    const reopened = new KlachtenbalieDb(db.name, { indexedDB, IDBKeyRange });
    expect((await reopened.settings.get('draft:intake'))?.value).toEqual(draft);
    reopened.close();

    await repos.drafts.clear('intake');
    expect(await repos.drafts.load('intake')).toBeUndefined();
    expect(await repos.settings.get('intake')).toBe('a setting');
  });
});

describe('the database', () => {
  it('opens with the planned tables and indexes', async () => {
    const db = openDatabase('schema-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'analysisDays',
      'analysisFacts',
      'attachments',
      'complaints',
      'counters',
      'customers',
      'eventLogs',
      'files',
      'measures',
      'notifiedDeadlines',
      'openDeadlines',
      'outbox',
      'procedures',
      'removals',
      'settings',
      'sharedCheckpoints',
      'sharedRevisions',
      'staff',
    ]);
    expect(db.outbox.schema.idxByName['[table+key]']).toBeDefined();
    expect(db.attachments.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['[complaintId+addedAt]', '[customerId+addedAt]', 'complaintId', 'customerId', 'sha256', 'updatedAt'].sort(),
    );
    expect(db.files.schema.primKey.name).toBe('sha256');
    expect(db.customers.schema.idxByName.mergedIntoId).toBeDefined();
    const complaintIndexes = db.complaints.schema.indexes.map((i) => i.name);
    expect(complaintIndexes).toEqual(
      expect.arrayContaining([
        'reference',
        '[status+receivedAt]',
        'searchKeys',
        'nextDeadline',
        '[status+nextDeadline]',
        '[deskState+receivedAt]',
        '[ownerId+deskState+receivedAt]',
      ]),
    );
    // Version 7: no list is read from these, and each costs a write on every save.
    for (const unread of ['status', 'ownerId', 'updatedAt']) expect(complaintIndexes).not.toContain(unread);
    expect(db.openDeadlines.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['[kind+dueOn]', '[ownerId+dueOn]', '[ownerId+kind+dueOn]', 'complaintId', 'dueOn'].sort(),
    );
    expect(db.procedures.schema.indexes.map((i) => i.name).sort()).toEqual(['key', 'updatedAt', 'version']);
    // One log per complaint, customer or office year, read by its id.
    expect(db.eventLogs.schema.indexes).toEqual([]);
    expect(db.complaints.schema.idxByName.reference?.unique).toBe(true);
    expect(db.complaints.schema.idxByName.searchKeys?.multi).toBe(true);
    // Version 8: a customer's name and details are indexed apart; complaint search reads only the details.
    expect(db.customers.schema.idxByName.nameTerms?.multi).toBe(true);
    expect(db.customers.schema.idxByName.detailTerms?.multi).toBe(true);
  });

  it('explains a database opened by a newer version', async () => {
    const indexedDB = new IDBFactory();
    await emptyDatabaseAt(indexedDB, 'versions', 99, { customers: 'id' });

    const error = await openDatabase('versions', { indexedDB, IDBKeyRange }).open().catch((e: unknown) => e);
    const problem = describeDatabaseError(error);
    expect(problem.title).toBe('Gegevens van een nieuwere versie');
    expect(problem.whatToDo).toContain('nieuwste versie');
    expect(problem.detail).toContain('VersionError');
  });

  it('explains a closed database', async () => {
    const { db, repos } = await freshDb();
    db.close({ disableAutoOpen: true });
    const error = await repos.complaints.get('x').catch((e: unknown) => e);
    expect(describeDatabaseError(error).title).toBe('De verbinding met de gegevens is verbroken');
  });
});

describe('explaining errors', () => {
  const named = (name: string, inner?: unknown) => Object.assign(new Error(`${name} happened`), { name, inner });

  it.each([
    [named('QuotaExceededError'), 'De schijf is vol'],
    [named('AbortError', named('QuotaExceededError')), 'De schijf is vol'],
    [named('OpenFailedError', named('UnknownError')), 'Fout bij lezen of schrijven'],
    [named('OpenFailedError'), 'De database kon niet worden geopend'],
    [named('InvalidStateError'), 'De database is niet beschikbaar'],
    [named('DataError'), 'Gegevens konden niet worden gelezen of opgeslagen'],
    [named('MissingAPIError'), 'Opslag niet beschikbaar'],
    ['iets vreemds', 'Er ging iets mis met de gegevens'],
  ])('%s -> %s', (error, title) => {
    const problem = describeDatabaseError(error);
    expect(problem.title).toBe(title);
    expect(problem.whatToDo.length).toBeGreaterThan(10);
  });

  it('tells to free disk space when the disk is full', () => {
    expect(describeDatabaseError(named('QuotaExceededError')).whatToDo).toMatch(/ruimte vrij/);
  });
});

describe('browser storage', () => {
  it('asks for persistence and reports usage where the browser can', async () => {
    const storage = { persisted: async () => false, persist: async () => true, estimate: async () => ({ usage: 10, quota: 100 }) };
    vi.stubGlobal('navigator', { storage });
    try {
      expect(await requestPersistence()).toBe(true);
      expect(await storageEstimate()).toEqual({ persisted: false, usage: 10, quota: 100 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says it does not know where the browser cannot tell', async () => {
    vi.stubGlobal('navigator', {});
    try {
      expect(await requestPersistence()).toBe(false);
      expect(await storageEstimate()).toEqual({ persisted: null, usage: null, quota: null });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('opening data an earlier version wrote', () => {
  it('knows an upgrade is coming, so the opening screen can say it may take minutes', async () => {
    const indexedDB = new IDBFactory();
    await emptyDatabaseAt(indexedDB, 'klachtenbalie-old', 6, { customers: 'id' });
    const declared = new KlachtenbalieDb('klachtenbalie-old', { indexedDB, IDBKeyRange }).verno;
    expect(await upgradePending('klachtenbalie-old', declared, indexedDB)).toBe(true);

    const current = new KlachtenbalieDb('klachtenbalie-old', { indexedDB, IDBKeyRange });
    await current.open();
    current.close();
    expect(await upgradePending('klachtenbalie-old', declared, indexedDB)).toBe(false);
    // A first start has nothing to upgrade.
    expect(await upgradePending('klachtenbalie-new', declared, indexedDB)).toBe(false);
  });
});
