import { errorText } from '../../components/errorText';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { useActor } from '../../app/profile';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ROLE_LABELS } from '../../domain/labels';
import type { Staff } from '../../domain/model';
import { SettingsNav } from './SettingsNav';
import { StaffForm, type StaffFormValues } from './StaffForm';

export function StaffSettings() {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  const staff = useLiveQuery(() => repos.staff.list({ activeOnly: false }), [repos]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<Staff | null>(null);

  const save = async (id: string | 'new', values: StaffFormValues) => {
    try {
      if (id === 'new') await repos.staff.create(values, actor);
      else await repos.staff.update(id, values, actor);
      // Another colleague opened while the save ran stays open.
      setEditing((current) => (current === id ? null : current));
      notify({ text: `${values.name} is opgeslagen.`, tone: 'success' });
    } catch (error) {
      notify({ text: `Niet opgeslagen: ${errorText(error)}`, tone: 'error' });
    }
  };

  return (
    <section aria-labelledby="staff-title" className="settings">
      <SettingsNav current="staff" />
      <div className="page-head">
        <h1 id="staff-title">Medewerkers</h1>
        {editing !== 'new' ? (
          <button type="button" onClick={() => setEditing('new')}>
            Medewerker toevoegen
          </button>
        ) : null}
      </div>
      <p className="lead">Wie met Klachtenbalie werkt en in welke rol. Oud-medewerkers zet u op inactief: hun naam blijft in de dossiers staan.</p>
      {editing === 'new' ? (
        <div className="panel">
          <h2>Nieuwe medewerker</h2>
          <StaffForm idPrefix="new" initial={{ name: '', roles: ['owner'] }} submitLabel="Medewerker opslaan" onSubmit={(values) => save('new', values)} onCancel={() => setEditing(null)} />
        </div>
      ) : null}
      <table className="plain-table" aria-label="Medewerkers">
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Rollen</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {(staff ?? []).map((member) =>
            editing === member.id ? (
              <tr key={member.id}>
                <td colSpan={4}>
                  <StaffForm
                    idPrefix={`edit-${member.id}`}
                    initial={{ name: member.name, roles: member.roles }}
                    submitLabel="Wijzigingen opslaan"
                    onSubmit={(values) => save(member.id, values)}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={member.id} className={member.active ? '' : 'inactive'}>
                <th scope="row">{member.name}</th>
                <td>{member.roles.map((role) => ROLE_LABELS[role]).join(', ')}</td>
                <td>{member.active ? 'Actief' : 'Inactief'}</td>
                <td className="row-actions">
                  <button type="button" className="secondary small" onClick={() => setEditing(member.id)} aria-label={`${member.name} wijzigen`}>
                    Wijzigen
                  </button>
                  {member.active && member.id !== actor.id ? (
                    <button type="button" className="secondary small" onClick={() => setDeactivating(member)} aria-label={`${member.name} op inactief zetten`}>
                      Inactief maken
                    </button>
                  ) : null}
                  {!member.active ? (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => void repos.staff.update(member.id, { active: true }, actor)}
                      aria-label={`${member.name} weer actief maken`}
                    >
                      Weer actief maken
                    </button>
                  ) : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <ConfirmDialog
        open={deactivating !== null}
        title={`${deactivating?.name ?? ''} op inactief zetten?`}
        message="Deze medewerker kan dan niet meer kiezen wie er werkt en krijgt geen nieuwe klachten. Bestaande dossiers blijven ongewijzigd."
        confirmLabel="Inactief maken"
        cancelLabel="Annuleren"
        onConfirm={() => {
          const member = deactivating;
          setDeactivating(null);
          if (member) void repos.staff.deactivate(member.id, actor).then(() => notify({ text: `${member.name} is op inactief gezet.`, tone: 'success' }));
        }}
        onCancel={() => setDeactivating(null)}
      />
    </section>
  );
}
