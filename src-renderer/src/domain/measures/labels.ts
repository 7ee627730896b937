/** Dutch names of the register's choices, for screens, letters and the history. */
import type { CheckResult, MeasureKind, MeasureStatus } from '../model';

export const MEASURE_KIND_LABELS: Record<MeasureKind, string> = {
  correction: 'Correctie (herstel)',
  corrective: 'Corrigerend',
  preventive: 'Preventief',
  structural: 'Structureel',
};

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
  open: 'Open',
  done: 'Uitgevoerd',
  cancelled: 'Vervallen',
};

export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  effective: 'Effectief',
  partly: 'Deels effectief',
  not: 'Niet effectief',
};
