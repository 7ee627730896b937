import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

/** Rows added per "meer tonen": a screenful, so a long group never loads whole. */
const MORE_PAGE = 25;

/**
 * The rows after a list's first page, loaded by offset when asked for and kept
 * live like the first page. `key` names the list's query (day, owner, group):
 * when it changes the extra rows start over.
 */
export function useMoreRows<T>(key: string, shown: number, load: (offset: number, limit: number) => Promise<T[]>) {
  const [asked, setAsked] = useState({ key, extra: 0 });
  const extra = asked.key === key ? asked.extra : 0;
  const rows = useLiveQuery(() => (extra > 0 ? load(shown, extra) : Promise.resolve([])), [key, shown, extra]);
  return {
    rows: rows ?? [],
    loading: extra > 0 && rows === undefined,
    showMore: () => setAsked({ key, extra: extra + MORE_PAGE }),
  };
}
