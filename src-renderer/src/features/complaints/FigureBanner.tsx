import { hrefFor } from '../../app/router';
import { selectionLabel, toDutchPeriod, type FigureFilter } from '../../domain/analysis';
import { useStaffNames } from './useStaffNames';

/** Says which figure of the analysis the list shows, with the way back to the analysis and to the whole list. */
export function FigureBanner({ figure }: { figure: FigureFilter }) {
  const staffNames = useStaffNames();
  return (
    <p className="notice figure-banner" role="status">
      Uit de analyse: <strong>{selectionLabel(figure.selection, (id) => staffNames.get(id))}</strong>, ontvangen {toDutchPeriod(figure.period)}.{' '}
      <a href={hrefFor({ name: 'analysis' })}>Terug naar de analyse</a> · <a href={hrefFor({ name: 'list' })}>Alle klachten tonen</a>
    </p>
  );
}
