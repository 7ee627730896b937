import type { ListSort, SortColumn } from '../../domain/listSort';
import { COLUMN_LABELS } from './columns';
import { SortHeader } from './SortHeader';

/** The list's column headers; every column sorts but the summary, free text nobody looks up alphabetically. */
export function ListHeader({ sort, onSort }: { sort: ListSort; onSort: (column: SortColumn) => void }) {
  const header = (column: SortColumn) => <SortHeader column={column} label={COLUMN_LABELS[column]} sort={sort} onSort={onSort} />;
  return (
    <div className="thead" role="rowgroup">
      <div className="tr head" role="row" aria-rowindex={1}>
        {header('reference')}
        {header('received')}
        {header('customer')}
        <span role="columnheader">Samenvatting</span>
        {header('status')}
        {header('deadline')}
        {header('owner')}
      </div>
    </div>
  );
}
