import { dutchNumber } from '../../domain/dutchNumber';

/** "en nog 8 [Meer tonen]" under a desk list that shows only its first rows. */
export function MoreRowsButton({ rest, listName, loading, onShowMore }: { rest: number; listName: string; loading: boolean; onShowMore: () => void }) {
  if (rest <= 0) return null;
  return (
    <p className="desk-more">
      <span>en nog {dutchNumber(rest)}</span>
      <button type="button" className="secondary small" aria-label={`Meer tonen: ${listName}`} disabled={loading} onClick={onShowMore}>
        Meer tonen
      </button>
    </p>
  );
}
