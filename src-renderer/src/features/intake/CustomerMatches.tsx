import type { Customer } from '../../domain/model';

interface Props {
  matches: Customer[];
  onPick: (customer: Customer) => void;
}

/** Existing customers that fit what is being typed; one button each, reachable with Tab. */
export function CustomerMatches({ matches, onPick }: Props) {
  if (matches.length === 0) return null;
  return (
    <section className="matches" aria-labelledby="matches-title">
      <h3 id="matches-title">Bestaande klanten die passen</h3>
      <ul>
        {matches.map((customer) => (
          <li key={customer.id}>
            <button type="button" className="match" onClick={() => onPick(customer)} aria-label={`Kies klant ${customer.name}`}>
              <strong>{customer.name}</strong>
              <span>{[customer.phone, customer.postcode, customer.city].filter(Boolean).join(' · ')}</span>
              {customer.customerNumber ? <span>klantnr. {customer.customerNumber}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
