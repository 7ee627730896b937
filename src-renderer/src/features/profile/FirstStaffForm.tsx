import { errorText } from '../../components/errorText';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { StaffForm } from '../settings/StaffForm';

/** The very first start: whoever installs Klachtenbalie adds themselves, usually the coordinator. */
export function FirstStaffForm({ onCreated }: { onCreated: (id: string) => void }) {
  const repos = useRepositories();
  const notify = useNotice();
  return (
    <main className="chooser" aria-labelledby="first-title">
      <h1 id="first-title">Welkom bij Klachtenbalie</h1>
      <p className="lead">
        Vul eerst uw eigen naam en rollen in. Collega's voegt u daarna toe onder Instellingen › Medewerkers.
      </p>
      <StaffForm
        idPrefix="first"
        initial={{ name: '', roles: ['receptionist', 'coordinator'] }}
        submitLabel="Beginnen"
        onSubmit={async (values) => {
          try {
            const staff = await repos.staff.create(values, { id: null, name: values.name });
            onCreated(staff.id);
          } catch (error) {
            notify({ text: `Niet opgeslagen: ${errorText(error)}`, tone: 'error' });
          }
        }}
      />
    </main>
  );
}
