import { dutchNumber } from '../../domain/dutchNumber';
import type { FigureRow } from '../../domain/analysis';

/** A figure as the screen, the export's text and the report write it: 1.234, 67%, – for none. */
export function figureText(value: number | null, unit: FigureRow['unit']): string {
  if (value === null) return '–';
  return unit === 'percent' ? `${dutchNumber(value)}%` : dutchNumber(value);
}
