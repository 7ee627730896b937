import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useProfile } from '../../app/profile';
import { navigate } from '../../app/router';
import { errorText } from '../../components/errorText';
import { formatDateTime } from '../../components/format';
import type { ComplaintEvent, Customer } from '../../domain/model';
import { mayRemovePersonalData, removalText } from '../../domain/privacy';
import { platform } from '../../platform';
import { useToday } from '../card/workflow/useToday';
import { carryOutErasure } from '../privacy/carryOutRemoval';
import { ErasePersonConfirm } from '../privacy/ErasePersonConfirm';

type Outcome = { text: string; error: boolean } | null;

/** The person's rights (AVG art. 15, 17, 20), for the coordinator only: their data in one zip, or erased. */
export function PersonRightsSection({ customer, handedOut }: { customer: Customer; handedOut: readonly ComplaintEvent[] }) {
  const repos = useRepositories();
  const { staff, actor } = useProfile();
  const roles = actor.roles ?? staff.roles;
  const notify = useNotice();
  const today = useToday();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  if (!mayRemovePersonalData(roles)) return null;

  const exportData = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const now = new Date();
      const [person, letterhead] = await Promise.all([repos.personRights.data(customer.id), repos.letters.letterhead()]);
      // The docx package loads only when someone asks: it is large, and most sessions never need it.
      const { personExportZip } = await import('../privacy/export/personExportZip');
      const zip = await personExportZip(person, platform(), letterhead.officeName, now);
      const saved = await platform().saveFile({ suggestedName: zip.fileName, bytes: zip.bytes as Uint8Array<ArrayBuffer>, filters: [{ name: 'Zip-bestand', extensions: ['zip'] }] });
      if (!saved.saved) return;
      await repos.personRights.recordExport(customer.id, zip.counts, actor, roles, now);
      setOutcome({ text: `Gegevens opgeslagen als „${zip.fileName}”: ${removalText('export', zip.counts)}. Vastgelegd in het verwijderregister.`, error: false });
    } catch (error) {
      setOutcome({ text: `De gegevens zijn niet opgeslagen. ${errorText(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    setAsking(false);
    setBusy(true);
    try {
      const done = await carryOutErasure(repos, platform(), { customerId: customer.id, actor, roles });
      const kept = done.kept.length > 0 ? ` Bewaard: ${done.kept.map((k) => k.reference).join(', ')}.` : '';
      const text = `Gegevens gewist: ${removalText('anonymise', done.counts)}.${kept}${done.diskProblem ? ` ${done.diskProblem}` : ''}`;
      if (done.counts.customers > 0) {
        notify({ text, tone: 'success' });
        navigate({ name: 'list' });
      } else setOutcome({ text, error: false });
    } catch (error) {
      setOutcome({ text: `Er is niets gewist. ${errorText(error)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="person-rights-title">
      <h2 id="person-rights-title">Privacy van deze klant</h2>
      <p className="muted small">
        Op verzoek van de klant: alle gegevens in één zip (overzicht, machineleesbaar bestand, brieven en bestanden), of alles wissen wat niet bewaard hoeft te
        blijven. Beide komen in het verwijderregister, zonder naam.
      </p>
      {outcome ? (
        <p role={outcome.error ? 'alert' : 'status'} className={outcome.error ? 'error' : 'notice'}>
          {outcome.text}
        </p>
      ) : null}
      <div className="actions-row">
        <button type="button" className="secondary" disabled={busy} onClick={() => void exportData()}>
          Gegevens opvragen
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => setAsking(true)}>
          Gegevens wissen
        </button>
      </div>
      {handedOut.length > 0 ? (
        <>
          <h3 id="handed-out-title">Eerder verstrekt</h3>
          <ul aria-labelledby="handed-out-title" className="plain-list small">
            {handedOut.map((event) => (
              <li key={event.id}>
                <time dateTime={event.at}>{formatDateTime(event.at)}</time> door {event.actorName}. {event.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {asking ? <ErasePersonConfirm customerId={customer.id} name={customer.name} today={today} onConfirm={() => void erase()} onCancel={() => setAsking(false)} /> : null}
    </section>
  );
}
