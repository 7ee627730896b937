/**
 * Counts the writes to the register, so "the app closes after changes" can be
 * told from "the app closes after reading". Drafts, saved at every keystroke,
 * and the record of which reminders were shown are not changes to the register.
 */
import type { DBCore, Middleware } from 'dexie';

let writes = 0;

export function registerWrites(): number {
  return writes;
}

const NOT_CHANGES = new Set(['notifiedDeadlines']);

function isDraftOnly(table: string, request: { type: string; keys?: readonly unknown[]; values?: readonly unknown[] }): boolean {
  if (table !== 'settings') return false;
  const keys = request.keys ?? request.values?.map((value) => (value as { key?: unknown }).key) ?? [];
  return keys.length > 0 && keys.every((key) => typeof key === 'string' && key.startsWith('draft:'));
}

export const changeWatch: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'changeWatch',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: (request) => {
          if (!NOT_CHANGES.has(name) && !isDraftOnly(name, request as never)) writes += 1;
          return table.mutate(request);
        },
      };
    },
  }),
};
