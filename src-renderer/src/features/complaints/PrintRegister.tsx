import { format } from 'date-fns';
import { countOf } from '../../domain/dutchNumber';
import { formatShortDateTime } from '../../components/format';
import { localDay, longDutchDate } from '../../domain/dates';
import { STATUS_LABELS } from '../../domain/labels';
import { COLUMN_LABELS } from './columns';
import { NextDeadline } from './NextDeadline';
import type { Register } from './usePrintRegister';
import '../../styles/register.css';

const HEADERS = [COLUMN_LABELS.reference, COLUMN_LABELS.received, COLUMN_LABELS.customer, 'Samenvatting', COLUMN_LABELS.status, COLUMN_LABELS.deadline, COLUMN_LABELS.owner];

/** The list as a paper register: hidden on screen, alone on A4 landscape when printed, its header on every page. */
export function PrintRegister({ register }: { register: Register }) {
  const { rows, ownerNames, officeName, description, printedAt } = register;
  const today = localDay(printedAt);
  return (
    <div className="list-print">
      <h1>Klachtenregister{officeName ? ` ${officeName}` : ''}</h1>
      <p className="register-filter">
        {description} · {countOf(rows.length, 'klacht', 'klachten')}
      </p>
      <p className="register-date">
        Afgedrukt op {longDutchDate(today)} om {format(printedAt, 'HH:mm')}
      </p>
      <table aria-label="Klachtenregister">
        <thead>
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((complaint) => (
            <tr key={complaint.id}>
              <td>{complaint.reference}</td>
              <td>{formatShortDateTime(complaint.receivedAt)}</td>
              <td>{complaint.customerName}</td>
              <td>{complaint.summary}</td>
              <td>{STATUS_LABELS[complaint.status]}</td>
              <td>
                <NextDeadline complaint={complaint} today={today} />
              </td>
              <td>{complaint.ownerId ? ownerNames.get(complaint.ownerId) ?? '' : 'Niet toegewezen'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
