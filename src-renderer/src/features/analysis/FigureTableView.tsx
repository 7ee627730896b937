import { hrefFor } from '../../app/router';
import type { FigureRow, FigureTable } from '../../domain/analysis';
import { figureText } from './figureText';

function Cell({ row, index }: { row: FigureRow; index: number }) {
  const value = row.values[index] ?? null;
  const period = row.periods[index] ?? null;
  const text = figureText(value, row.unit);
  // Every figure opens the complaints behind it, in the list.
  if (!row.selection || !period || value === null) return <td>{text}</td>;
  return (
    <td>
      <a href={hrefFor({ name: 'list', figure: { period, selection: row.selection } })} aria-label={`${text}: ${row.label}, ${'klachten tonen'}`}>
        {text}
      </a>
    </td>
  );
}

/** The figures of one table, readable by a screen reader and printable; the chart beside it draws the same numbers. */
export function FigureTableView({ table }: { table: FigureTable }) {
  const [first, ...columns] = table.columns;
  return (
    <table className="figure-table">
      <caption className="visually-hidden">{table.title}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.columns.length}>Geen klachten in deze periode.</td>
          </tr>
        ) : null}
        {table.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {row.values.map((_, index) => (
              <Cell key={index} row={row} index={index} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
