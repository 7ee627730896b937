import type { CardStep } from '../../../app/router';
import type { Deadline } from '../../../domain/model';
import { DeadlineBadge } from './DeadlineBadge';

/** The term the card was opened for; without an item, every term of that kind. */
const isMarked = (deadline: Deadline, marked: CardStep | undefined) =>
  marked !== undefined && deadline.kind === marked.kind && (marked.itemId === undefined || deadline.itemId === marked.itemId);

interface Props {
  deadlines: Deadline[];
  marked?: CardStep | undefined;
  /** Why there are none yet, when the procedure's terms wait for something. */
  emptyText?: string;
}

export function DeadlineList({ deadlines, marked, emptyText = 'Geen termijnen.' }: Props) {
  if (deadlines.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <table className="deadlines" aria-label="Termijnen">
      <thead>
        <tr>
          <th scope="col">Termijn</th>
          <th scope="col">Uiterlijk</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((deadline) => (
          <tr
            key={`${deadline.kind}-${deadline.itemId ?? ''}`}
            className={isMarked(deadline, marked) ? 'marked' : undefined}
            aria-current={isMarked(deadline, marked) ? 'step' : undefined}
          >
            <th scope="row">{deadline.label}</th>
            <td>
              <DeadlineBadge deadline={deadline} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
