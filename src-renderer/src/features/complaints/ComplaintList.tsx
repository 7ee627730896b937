import { useVirtualizer } from '@tanstack/react-virtual';
import { countOf } from '../../domain/dutchNumber';
import { useEffect, useRef, useState } from 'react';
import { hrefFor, navigate } from '../../app/router';
import { STATUS_LABELS } from '../../domain/labels';
import { COMPLAINT_STATUSES } from '../../domain/model';
import { ComplaintRow } from './ComplaintRow';
import { useStaffNames } from './useStaffNames';
import { useEmailDrop } from '../intake/useEmailDrop';
import { stashEmail } from '../intake/pendingEmail';
import { SEARCH_LIMIT, toRepositoryFilter, useComplaintIds, useIdWindow, useVisibleComplaints, type StatusFilter, type TermFilter } from './useComplaintRows';
import { endOfWeekDay } from './week';
import { useToday } from '../card/workflow/useToday';
import { naturalSort, toggledSort, type ListSort, type SortColumn } from '../../domain/listSort';
import { loadListSort, saveListSort } from './listSortStore';
import { ListHeader } from './ListHeader';
import { listDescription } from './columns';
import { PrintRegister } from './PrintRegister';
import { FigureBanner } from './FigureBanner';
import { useFigureIds } from './useFigureIds';
import type { FigureFilter } from '../../domain/analysis';
import type { Complaint } from '../../domain/model';
import { usePrintRegister } from './usePrintRegister';

const ROW_HEIGHT = 44;

const NOTHING_PRELOADED = new Map<string, Complaint>();

/** The register; opened from a figure of the analysis, only the complaints behind it. */
export function ComplaintList({ focusSearch, figure }: { focusSearch: number; figure?: FigureFilter | undefined }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [term, setTerm] = useState<TermFilter>('all');
  // A complaint e-mail dropped on the list opens the intake with it.
  const { dropError, dropZone } = useEmailDrop((email) => {
    stashEmail(email);
    navigate({ name: 'intake' });
  });
  const today = useToday();
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listFilter = { status, term, today, endOfWeek: endOfWeekDay(today) };
  // Null until someone clicks a header: the list keeps its own order (earliest term first under a term filter).
  const [chosenSort, setChosenSort] = useState<ListSort | null>(() => loadListSort());
  const sort = chosenSort ?? naturalSort(term !== 'all');
  const sortBy = (column: SortColumn) => {
    const next = toggledSort(sort, column);
    setChosenSort(next);
    saveListSort(next);
  };
  const figureIds = useFigureIds(figure, today);
  const found = useComplaintIds(figure ? '' : query, listFilter, sort);
  const { ids, total: counted, capped, preloaded, answeredQuery } = figure
    ? { ids: figureIds, total: figureIds?.length, capped: false, preloaded: NOTHING_PRELOADED, answeredQuery: '' }
    : found;
  const loaded = counted !== undefined;
  const total = counted ?? 0;

  useEffect(() => {
    if (focusSearch > 0) searchRef.current?.focus();
  }, [focusSearch]);

  const [openFirstFor, setOpenFirstFor] = useState<string | null>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const windowId = useIdWindow(listFilter, sort, items[0]?.index ?? 0, items.at(-1)?.index ?? 0, loaded && ids === undefined);
  const idAt = (index: number) => (ids ? ids[index] : windowId(index));
  const firstId = idAt(0);
  // Enter opens the first hit, once the results for exactly what was typed are in.
  useEffect(() => {
    if (openFirstFor === null || !loaded || answeredQuery !== openFirstFor) return;
    if (total > 0 && firstId === undefined) return;
    setOpenFirstFor(null);
    if (firstId) navigate({ name: 'card', complaintId: firstId });
  }, [openFirstFor, loaded, answeredQuery, total, firstId]);
  const visibleIds = items.map((item) => idAt(item.index)).filter((id): id is string => Boolean(id));
  const rows = useVisibleComplaints(visibleIds, preloaded);
  const staffNames = useStaffNames();

  const listKey = JSON.stringify([query.trim(), status, term, today, sort]);
  const printing = usePrintRegister(listKey);
  const print = () => {
    if (!loaded) return;
    const description = listDescription({ query, status, term, sort });
    printing.request({ key: listKey, total, ids: ids ?? null, filter: toRepositoryFilter(listFilter), sort, description });
  };
  // Ctrl+P prints the register rather than the screen, whose rows are only those scrolled into view.
  const printOnKey = useRef(print);
  printOnKey.current = print;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        printOnKey.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="list-screen" aria-labelledby="list-title" {...dropZone}>
      <div className="page-head">
        <h1 id="list-title">Klachten</h1>
        <div className="page-actions">
          <button type="button" className="secondary" onClick={print}>
            Afdrukken <kbd>Ctrl+P</kbd>
          </button>
          <a className="button" href={hrefFor({ name: 'intake' })}>
            Nieuwe klacht
          </a>
        </div>
      </div>
      {printing.refused ? (
        <p className="form-error" role="alert">
          {printing.refused}
        </p>
      ) : null}
      {figure ? <FigureBanner figure={figure} /> : null}
      <div className="toolbar" role="search" hidden={Boolean(figure)}>
        <div className="field grow">
          <label htmlFor="list-search">Zoeken</label>
          <input
            id="list-search"
            ref={searchRef}
            type="search"
            value={query}
            placeholder="Kenmerk, naam, telefoon, postcode of woord uit de samenvatting"
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') setOpenFirstFor(query.trim());
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="list-term">Termijn</label>
          <select id="list-term" value={term} onChange={(event) => setTerm(event.target.value as TermFilter)}>
            <option value="all">Alle termijnen</option>
            <option value="overdue">Te laat</option>
            <option value="week">Deze week</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="list-status">Status</label>
          <select id="list-status" value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
            <option value="all">Alle statussen</option>
            {COMPLAINT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {dropError ? (
        <p className="form-error" role="alert">
          {dropError}
        </p>
      ) : null}
      <p className="result-count" aria-live="polite" data-results-for={loaded ? answeredQuery : undefined}>
        {!loaded
          ? 'Laden…'
          : query.trim()
            ? capped
              ? `Meer dan ${SEARCH_LIMIT} klachten gevonden; de nieuwste ${SEARCH_LIMIT} staan hieronder. Zoek preciezer.`
              : `${countOf(total, 'klacht', 'klachten')} gevonden`
            : countOf(total, 'klacht', 'klachten')}
      </p>
      <div className="table" role="table" aria-label="Klachtenlijst" aria-rowcount={total + 1}>
        <ListHeader sort={sort} onSort={sortBy} />
        {/* Focusable, so the keyboard scrolls it (Page Down, End) like any list. */}
        <div className="tbody" role="rowgroup" ref={scrollRef} data-testid="list-scroll" tabIndex={0}>
          {loaded && total === 0 ? (
            <div className="empty">
              {query.trim() ? (
                <p>Geen klachten gevonden voor „{query.trim()}”. Controleer de spelling of zoek op een ander gegeven.</p>
              ) : (
                <p>
                  Nog geen klachten. Neem een klacht op met <a href={hrefFor({ name: 'intake' })}>Nieuwe klacht</a> (<kbd>Ctrl+N</kbd>).
                </p>
              )}
            </div>
          ) : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const id = idAt(item.index);
              // A row whose page of ids is still on its way shows as a placeholder, not as a gap.
              const complaint = id ? rows.get(id) : undefined;
              return (
                <ComplaintRow
                  key={id ?? `row-${item.index}`}
                  complaint={complaint}
                  rowIndex={item.index + 2}
                  top={item.start}
                  height={ROW_HEIGHT}
                  ownerName={complaint?.ownerId ? staffNames.get(complaint.ownerId) : undefined}
                  today={today}
                />
              );
            })}
          </div>
        </div>
      </div>
      {printing.register ? <PrintRegister register={printing.register} /> : null}
    </section>
  );
}
