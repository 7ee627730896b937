import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, type ReactNode } from 'react';
import type { DeadlineQuery, DeskDeadlines } from '../../db/repositories';
import type { DeskGroupKey } from '../../domain/desk';
import { DeadlineGroupTable } from './DeadlineGroupTable';
import { DeskSection } from './DeskSection';

/** Rows per group before "meer tonen": enough to act on, short enough to see every group at once. */
const FIRST_ROWS = 3;

interface Props {
  id: string;
  title: string;
  note?: ReactNode;
  /** What to say when no term is in range: what that means and where to look next. */
  empty: ReactNode;
  today: string;
  ownerId: string | undefined;
  /** The repository's question (overdue or due soon) for these options; every group, or one to page through. */
  query: (options: DeadlineQuery) => Promise<DeskDeadlines>;
  /** Names the query (day, range, owner), so the live read and paging follow it. */
  queryKey: string;
  className?: string;
  /** Told the section's total (complaints, each once) whenever it changes (undefined while loading and when it goes). */
  onTotal?: ((total: number | undefined) => void) | undefined;
}

/** Open terms in a range, one small table per kind that has any, most urgent kind first. */
export function DeadlineSection({ id, title, note, empty, today, ownerId, query, queryKey, className, onTotal }: Props) {
  const owner = ownerId ? { ownerId } : {};
  const found = useLiveQuery(() => query({ limit: FIRST_ROWS, ...owner }), [queryKey]);
  const shown = (found?.groups ?? []).filter((group) => group.count > 0);
  // Complaints, not terms: one complaint late on two terms is listed under both kinds but is one late complaint.
  const total = found?.complaints;
  useEffect(() => onTotal?.(total), [onTotal, total]);
  useEffect(() => () => onTotal?.(undefined), [onTotal]);

  const loadMore = (key: DeskGroupKey) => async (offset: number, limit: number) =>
    (await query({ group: key, offset, limit, ...owner })).groups[0]?.rows ?? [];

  return (
    <DeskSection id={id} title={title} count={total} note={note} busy={found === undefined} className={className}>
      {shown.length === 0 ? (
        <p className="desk-empty">{empty}</p>
      ) : (
        shown.map((group, index) => (
          <DeadlineGroupTable key={group.key} group={group} today={today} queryKey={queryKey} loadMore={loadMore(group.key)} quietHead={index > 0} />
        ))
      )}
    </DeskSection>
  );
}
