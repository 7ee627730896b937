import type { ReactNode } from 'react';
import { dutchNumber } from '../../domain/dutchNumber';

interface Props {
  id: string;
  title: string;
  /** Shown beside the title; left out while loading or where a count says nothing. */
  count?: number | undefined;
  /** A short line under the title: the period or whose list this is. */
  note?: ReactNode;
  /** Still reading: the section says so to assistive technology (and to the bench). */
  busy?: boolean;
  className?: string;
  children: ReactNode;
}

/** A desk section: a region named by its title, with the count in the heading. */
export function DeskSection({ id, title, count, note, busy = false, className, children }: Props) {
  const titleId = `${id}-title`;
  return (
    <section className={`panel desk-section${className ? ` ${className}` : ''}`} aria-labelledby={titleId} aria-busy={busy}>
      <div className="desk-section-head">
        <h2>
          <span id={titleId}>{title}</span>{' '}
          {count !== undefined ? <span className={`count${count > 0 ? ' some' : ''}`}>{dutchNumber(count)}</span> : null}
        </h2>
        {note ? <p className="muted small">{note}</p> : null}
      </div>
      {busy ? <p className="muted">Laden…</p> : children}
    </section>
  );
}
