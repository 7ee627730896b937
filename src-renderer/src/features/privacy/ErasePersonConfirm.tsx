import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useRepositories } from '../../app/data';
import { Modal } from '../../components/Modal';
import { backupLingerText, removalText } from '../../domain/privacy';

/**
 * Asks before erasing a person, with exactly what goes and what must stay
 * and why, counted from the data as it stands now.
 */
export function ErasePersonConfirm({ customerId, name, today, onConfirm, onCancel }: { customerId: string; name: string; today: string; onConfirm: () => void; onCancel: () => void }) {
  const repos = useRepositories();
  const id = useId();
  const plan = useLiveQuery(() => repos.personRights.erasurePlan(customerId, today).catch(() => null), [repos, customerId, today]);
  const nothing = plan ? plan.erasable.length === 0 && plan.customerKept !== null : false;
  return (
    <Modal className="dialog wide" aria-labelledby={`${id}-title`} onClose={onCancel}>
      <h2 id={`${id}-title`}>Gegevens van {name} wissen?</h2>
      {plan === undefined || plan === null ? (
        <p aria-busy="true">Nagaan wat weg mag…</p>
      ) : (
        <>
          <h3>Dit gaat weg</h3>
          {nothing ? (
            <p>Er kan nu niets worden gewist.</p>
          ) : (
            <ul aria-label="Dit gaat weg">
              {plan.erasable.map((reference) => (
                <li key={reference}>{reference}: geanonimiseerd (naam, contactgegevens, vrije tekst, brieven en bestanden gaan weg; data, categorie en oordeel blijven voor de analyse)</li>
              ))}
              {plan.customerKept === null ? <li>De klantgegevens (naam, adres, telefoon, e-mail, gemachtigde), hun wijzigingen en de bestanden op de klantenkaart</li> : null}
              <li>Samen: {removalText('anonymise', plan.counts)}</li>
            </ul>
          )}
          {plan.kept.length > 0 ? (
            <>
              <h3>Dit blijft</h3>
              <ul aria-label="Dit blijft">
                {plan.kept.map((kept) => (
                  <li key={kept.id}>
                    {kept.reference}: {kept.reason}
                  </li>
                ))}
                {plan.customerKept ? <li>Klantgegevens en de bestanden op de klantenkaart: {plan.customerKept}</li> : null}
              </ul>
            </>
          ) : null}
          <p className="hint">Dit kan niet ongedaan worden gemaakt. Het verwijderregister legt vast wat er wegging, zonder naam. {backupLingerText()}</p>
        </>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel} autoFocus>
          Annuleren
        </button>
        <button type="button" className="danger" disabled={!plan || nothing} onClick={onConfirm}>
          Definitief wissen
        </button>
      </div>
    </Modal>
  );
}
