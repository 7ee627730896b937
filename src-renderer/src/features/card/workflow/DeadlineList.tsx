import type { Deadline } from '../../../domain/model';
import { DeadlineBadge } from './DeadlineBadge';

export function DeadlineList({ deadlines }: { deadlines: Deadline[] }) {
  if (deadlines.length === 0) return <p className="muted">Geen termijnen.</p>;
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
          <tr key={`${deadline.kind}-${deadline.itemId ?? ''}`}>
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
