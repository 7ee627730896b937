import { Modal } from '../../components/Modal';
import { addressLine } from '../customer/address';
import { openComplaintsText } from './CustomerMatches';
import type { CustomerMatch } from './useCustomerMatches';

interface Props {
  lookalikes: CustomerMatch[];
  onUse: (match: CustomerMatch) => void;
  onCreate: () => void;
  onCancel: () => void;
}

/** Before a new customer is saved who looks like one already known: use that one, or make a new card on purpose. */
export function LookalikeDialog({ lookalikes, onUse, onCreate, onCancel }: Props) {
  return (
    <Modal className="dialog" aria-labelledby="lookalike-title" aria-describedby="lookalike-text" onClose={onCancel}>
      <h2 id="lookalike-title">Bestaat deze klant al?</h2>
      <p id="lookalike-text">
        {lookalikes.length === 1 ? 'Er is al een klant' : `Er zijn al ${lookalikes.length} klanten`} met dezelfde naam, hetzelfde telefoonnummer of
        e-mailadres. Gebruik de bestaande klant, dan staan alle klachten van deze persoon bij elkaar.
      </p>
      <ul className="items">
        {lookalikes.map((match) => {
          const open = openComplaintsText(match);
          return (
            <li key={match.customer.id}>
              <span>
                <strong>{match.customer.name}</strong> · {[match.customer.phone, match.customer.email, addressLine(match.customer)].filter(Boolean).join(' · ')}
                {open ? <span className="open-complaint"> · {open}</span> : null}
              </span>
              <button type="button" onClick={() => onUse(match)}>
                Bestaande klant {match.customer.name} gebruiken
              </button>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" onClick={onCreate}>
          Toch nieuwe klant opslaan
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Terug naar de invoer
        </button>
      </div>
    </Modal>
  );
}
