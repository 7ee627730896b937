import { formatDate } from '../../components/format';
import { checkOutcomeText, MEASURE_KIND_LABELS } from '../../domain/measures';
import type { Measure } from '../../domain/model';

/** Where a measure stands, in one line: who, by when, carried out or called off, and its check. */
export function measureStateText(measure: Measure): string {
  const parts = [`${MEASURE_KIND_LABELS[measure.kind]}; ${measure.owner}, uiterlijk ${formatDate(measure.dueOn)}`];
  if (measure.status === 'done' && measure.doneOn) parts.push(`uitgevoerd op ${formatDate(measure.doneOn)}`);
  if (measure.status === 'cancelled' && measure.doneOn) parts.push(`vervallen op ${formatDate(measure.doneOn)}: ${measure.cancelReason ?? ''}`);
  const check = measure.check;
  if (check?.checkedOn) parts.push(`effectiviteit getoetst op ${formatDate(check.checkedOn)}${check.checkedBy ? ` door ${check.checkedBy}` : ''}: ${checkOutcomeText(check)}`);
  else if (check && measure.status !== 'cancelled') parts.push(`effectiviteit toetsen op ${formatDate(check.dueOn)}`);
  return parts.join('; ');
}
