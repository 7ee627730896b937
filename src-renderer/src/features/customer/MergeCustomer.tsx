import { errorText } from '../../components/errorText';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FIELD_LABELS } from '../../domain/labels';
import { defaultMergeChoice, type CustomerMergeField } from '../../domain/customerMerge';
import type { Customer } from '../../domain/model';
import { displayValue } from '../card/displayValue';
import { useCustomerMatches } from '../intake/useCustomerMatches';

const MERGE_FIELDS = ['name', 'salutation', 'phone', 'email', 'street', 'postcode', 'city', 'country', 'customerNumber'] as const satisfies readonly CustomerMergeField[];
type MergeField = (typeof MERGE_FIELDS)[number];

/** Two cards for one person: pick the duplicate, choose per detail which one wins, and move everything over. */
export function MergeCustomer({ customer }: { customer: Customer }) {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const [query, setQuery] = useState('');
  const [other, setOther] = useState<Customer | null>(null);
  const [choices, setChoices] = useState<Partial<Record<MergeField, 'keep' | 'merge'>>>({});
  const [confirming, setConfirming] = useState(false);
  const matches = useCustomerMatches(query, other === null)
    .map((match) => match.customer)
    .filter((match) => match.id !== customer.id);

  const merge = async () => {
    if (!other) return;
    setConfirming(false);
    try {
      await repos.customers.merge(customer.id, other.id, choices, actor);
      notify({ text: `${other.name} is samengevoegd met deze klant.`, tone: 'success' });
      setOther(null);
      setQuery('');
      setChoices({});
    } catch (error) {
      notify({ text: `Niet samengevoegd: ${errorText(error)}`, tone: 'error' });
    }
  };

  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title">Dubbele klant samenvoegen</h2>
      {!other ? (
        <>
          <div className="field">
            <label htmlFor="merge-search">Zoek de dubbele klant</label>
            <input id="merge-search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Naam, telefoon, postcode of klantnummer" />
          </div>
          <ul className="items">
            {matches.map((match) => (
              <li key={match.id}>
                <span>
                  {match.name} · {[match.phone, match.postcode, match.city].filter(Boolean).join(' · ')}
                </span>
                <button type="button" className="secondary small" onClick={() => setOther(match)} aria-label={`${match.name} samenvoegen met deze klant`}>
                  Samenvoegen
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <form
          aria-label="Gegevens kiezen"
          onSubmit={(event) => {
            event.preventDefault();
            setConfirming(true);
          }}
        >
          <p>Kies per gegeven welke waarde blijft. Klachten, contacten en bestanden van {other.name} gaan over naar deze klant.</p>
          <table className="plain-table compact">
            <thead>
              <tr>
                <th scope="col">Gegeven</th>
                <th scope="col">Deze klant</th>
                <th scope="col">{other.name}</th>
              </tr>
            </thead>
            <tbody>
              {MERGE_FIELDS.map((field) => {
                const label = FIELD_LABELS[field] ?? field;
                // Unchosen, the more complete value stays: the same default the merge itself applies.
                const choice = choices[field] ?? defaultMergeChoice(field, customer, other);
                return (
                  <tr key={field}>
                    <th scope="row">{label}</th>
                    {(['keep', 'merge'] as const).map((side) => (
                      <td key={side}>
                        <label className="inline">
                          <input
                            type="radio"
                            name={`merge-${field}`}
                            checked={choice === side}
                            onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
                            aria-label={`${label}: ${side === 'keep' ? 'deze klant' : other.name}`}
                          />{' '}
                          {displayValue(field, (side === 'keep' ? customer : other)[field])}
                        </label>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="submit">Samenvoegen…</button>
            <button type="button" className="secondary" onClick={() => setOther(null)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title="Klanten samenvoegen?"
        message={`${other?.name ?? ''} verdwijnt als aparte klant. Dit wordt vastgelegd in de voortgang.`}
        confirmLabel="Samenvoegen"
        cancelLabel="Annuleren"
        onConfirm={() => void merge()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}
