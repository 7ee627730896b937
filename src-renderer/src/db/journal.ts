/**
 * The journal of changes not yet shared: when the register is shared with the
 * office's other workstations, every write to a shared table also writes the
 * key it touched into `outbox`, in the same IndexedDB transaction. So no save
 * path can forget to make its change replicable, and a crash can never leave a
 * change stored but unrecorded (or recorded but not stored).
 *
 * A transaction that also writes `sharedCheckpoints` is bringing in changes
 * that came from elsewhere: those are not journalled again.
 */
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/** Tables whose records every workstation of the office shares. The rest is per workstation or derived. */
export const SHARED_TABLES = ['customers', 'complaints', 'eventLogs', 'staff', 'settings', 'procedures', 'attachments', 'removals', 'measures'] as const;
export type SharedTable = (typeof SHARED_TABLES)[number];

export const OUTBOX = 'outbox';
export const SHARED_CHECKPOINTS = 'sharedCheckpoints';

export interface OutboxEntry {
  seq?: number;
  table: SharedTable;
  key: string;
}

const SHARED = new Set<string>(SHARED_TABLES);

const LOCAL_SETTINGS = new Set(['attachments.lastSweep', 'references.heldBlocks', 'workstation.id']);

/** Settings that belong to this workstation (drafts, its own sweep clock), never shared. */
export function isLocalSetting(key: string): boolean {
  return key.startsWith('draft:') || LOCAL_SETTINGS.has(key);
}

export function changeJournal(isOn: () => boolean): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'changeJournal',
    create: (down) => {
      const incoming = new WeakSet<DBCoreTransaction>();
      const hasOutbox = down.schema.tables.some((table) => table.name === OUTBOX);
      return {
        ...down,
        transaction: (stores, mode, options) => {
          const journalled = hasOutbox && mode === 'readwrite' && isOn() && stores.some((name) => SHARED.has(name));
          const scope = journalled && !stores.includes(OUTBOX) ? [...stores, OUTBOX] : stores;
          const trans = down.transaction(scope, mode, options);
          if (stores.includes(SHARED_CHECKPOINTS)) incoming.add(trans);
          return trans;
        },
        table: (name) => {
          const table = down.table(name);
          if (!SHARED.has(name) || !hasOutbox) return table;
          return {
            ...table,
            // No async/await here: Dexie follows its transaction through its own promises, and a native await would lose it.
            mutate: (request) => {
              if (!isOn() || incoming.has(request.trans)) return table.mutate(request);
              const journal = (keys: readonly unknown[]) => {
                const entries = keys
                  .filter((key): key is string => typeof key === 'string' && !(name === 'settings' && isLocalSetting(key)))
                  .map((key): OutboxEntry => ({ table: name as SharedTable, key }));
                return entries.length > 0 ? down.table(OUTBOX).mutate({ type: 'add', trans: request.trans, values: entries }) : null;
              };
              if (request.type === 'deleteRange') {
                return table
                  .query({ trans: request.trans, values: false, query: { index: table.schema.primaryKey, range: request.range } })
                  .then((found) => table.mutate(request).then((response) => journal(found.result)?.then(() => response) ?? response));
              }
              const keys = request.type === 'delete' ? request.keys : (request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value)));
              return table.mutate(request).then((response) => journal(keys)?.then(() => response) ?? response);
            },
          };
        },
      };
    },
  };
}
