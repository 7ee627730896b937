import { formatDate } from '../../../components/format';
import type { ChecklistItem } from '../../../domain/workflow';

const STATE_LABELS: Record<ChecklistItem['state'], string> = {
  done: 'gedaan',
  next: 'volgende stap',
  open: 'nog te doen',
  not_applicable: 'niet van toepassing',
};

const STATE_MARKS: Record<ChecklistItem['state'], string> = { done: '✓', next: '→', open: '○', not_applicable: '–' };

export function Checklist({ items }: { items: ChecklistItem[] }) {
  return (
    <ol className="checklist" aria-label="Stappen van de klachtenregeling">
      {items.map((item) => (
        <li key={item.step} className={`step-${item.state}`}>
          <span className="mark" aria-hidden="true">
            {STATE_MARKS[item.state]}
          </span>
          <span className="step">{item.step}</span>
          <span className="state">
            {STATE_LABELS[item.state]}
            {item.doneOn ? ` op ${formatDate(item.doneOn)}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
