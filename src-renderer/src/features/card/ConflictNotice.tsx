import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { errorText } from '../../components/errorText';
import { formatDateTime } from '../../components/format';
import { FIELD_LABELS } from '../../domain/labels';
import type { Complaint } from '../../domain/model';
import type { EditConflict } from '../../domain/sharing/merge';
import { authorOf } from './conflictAuthors';
import { displayValue } from './displayValue';

/**
 * Where two workstations changed one field while apart: both values, who gave
 * each and when, and a choice. Until someone chooses, the card shows the kept one.
 */
export function ConflictNotice({ complaint }: { complaint: Complaint }) {
  const repos = useRepositories();
  const events = useLiveQuery(() => repos.events.listForComplaint(complaint.id), [repos, complaint.id]);
  const conflicts = complaint.conflicts ?? [];
  if (conflicts.length === 0) return null;
  return (
    <section className="panel conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Tegenstrijdige wijzigingen</h2>
      <p className="hint">Op twee werkplekken is hetzelfde gegeven tegelijk anders gewijzigd, terwijl ze geen verbinding hadden. Kies welke waarde klopt.</p>
      {conflicts.map((conflict) => (
        <ConflictChoice key={`${conflict.path}:${JSON.stringify(conflict.other)}`} complaintId={complaint.id} conflict={conflict} events={events ?? []} />
      ))}
    </section>
  );
}

function ConflictChoice({ complaintId, conflict, events }: { complaintId: string; conflict: EditConflict; events: Parameters<typeof authorOf>[0] }) {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const [busy, setBusy] = useState(false);
  const label = FIELD_LABELS[conflict.path] ?? conflict.path;
  const sides = [
    { value: conflict.kept, at: conflict.keptUpdatedAt, shown: true },
    { value: conflict.other, at: conflict.otherUpdatedAt, shown: false },
  ];

  const choose = async (value: unknown) => {
    setBusy(true);
    try {
      await repos.complaints.resolveConflict(complaintId, conflict.path, value, actor);
      notify({ text: `${label}: keuze vastgelegd.`, tone: 'success' });
    } catch (error) {
      notify({ text: `Niet vastgelegd: ${errorText(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="conflict">
      <legend>{label}</legend>
      <ul>
        {sides.map((side) => {
          const author = authorOf(events, conflict.path, side.value);
          const who = author ? `${author.name} wijzigde dit op ${formatDateTime(author.at)} in` : side.at ? `Op een andere werkplek gewijzigd op ${formatDateTime(side.at)} in` : 'Op een andere werkplek gewijzigd in';
          const text = displayValue(conflict.path.split('.').at(-1) ?? conflict.path, side.value);
          return (
            <li key={side.shown ? 'kept' : 'other'}>
              <span>
                {who} <q>{text}</q>
                {side.shown ? <em> (staat nu op de kaart)</em> : null}
              </span>
              <button type="button" className={side.shown ? 'secondary' : undefined} disabled={busy} onClick={() => void choose(side.value)}>
                {`Houd „${text}”`}
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
