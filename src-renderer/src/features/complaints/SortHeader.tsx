import type { ListSort, SortColumn } from '../../domain/listSort';

interface Props {
  column: SortColumn;
  label: string;
  sort: ListSort;
  onSort: (column: SortColumn) => void;
}

/** A column header that sorts: a real button (Enter and Space work), the order on the header where screen readers look for it. */
export function SortHeader({ column, label, sort, onSort }: Props) {
  const active = sort.column === column;
  const direction = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <span role="columnheader" aria-sort={direction}>
      <button type="button" className="sort-header" onClick={() => onSort(column)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </span>
  );
}
