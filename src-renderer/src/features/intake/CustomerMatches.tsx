import { STATUS_LABELS } from '../../domain/labels';
import { addressLine } from '../customer/address';
import type { CustomerMatch } from './useCustomerMatches';

export const MATCHES_ID = 'customer-matches';
export const matchOptionId = (index: number) => `${MATCHES_ID}-${index}`;

interface Props {
  matches: CustomerMatch[];
  /** The option the arrow keys are on, or -1. */
  active: number;
  onPick: (match: CustomerMatch) => void;
}

/** What an open complaint of the matched customer adds to its option: the receptionist may be taking the same complaint again. */
export function openComplaintsText(match: CustomerMatch): string {
  const open = match.openComplaints;
  if (open.length === 0) return '';
  const [first] = open;
  const more = open.length > 1 ? ` en ${open.length - 1} andere` : '';
  return `Heeft al een open klacht: ${first?.reference} (${first ? STATUS_LABELS[first.status].toLowerCase() : ''})${more}`;
}

/**
 * Existing customers that fit what is being typed, right under the name: the
 * listbox of the lookup fields' combobox, so the arrow keys reach them and
 * Enter picks one (see useMatchKeys).
 */
export function CustomerMatches({ matches, active, onPick }: Props) {
  if (matches.length === 0) return null;
  return (
    <div className="matches">
      <p className="matches-title" id={`${MATCHES_ID}-title`}>
        Bestaande klanten die passen <span className="hint">(pijltjestoetsen en Enter om te kiezen)</span>
      </p>
      <ul role="listbox" id={MATCHES_ID} aria-labelledby={`${MATCHES_ID}-title`}>
        {matches.map((match, index) => {
          const { customer } = match;
          const open = openComplaintsText(match);
          return (
            <li
              key={customer.id}
              id={matchOptionId(index)}
              role="option"
              aria-selected={index === active}
              className={`match${index === active ? ' active' : ''}`}
              // Keeps the focus in the field that is typed in, as a combobox does.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onPick(match)}
            >
              <strong>{customer.name}</strong>
              <span>{[customer.phone, addressLine(customer)].filter(Boolean).join(' · ')}</span>
              {customer.customerNumber ? <span>klantnr. {customer.customerNumber}</span> : null}
              {open ? <span className="open-complaint">{open}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
