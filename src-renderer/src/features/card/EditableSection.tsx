import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  editing: boolean;
  onEdit: () => void;
  view: ReactNode;
  editor: ReactNode;
}

/** A card panel that switches between reading and editing in place. */
export function EditableSection({ id, title, editing, onEdit, view, editor }: Props) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {!editing ? (
          <button type="button" className="secondary small" onClick={onEdit} aria-label={`${title} wijzigen`}>
            Wijzigen
          </button>
        ) : null}
      </div>
      {editing ? editor : view}
    </section>
  );
}

export function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value === '' || value === null || value === undefined ? <span className="muted">—</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
