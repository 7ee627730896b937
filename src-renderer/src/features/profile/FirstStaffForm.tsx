import { useState } from 'react';
import { errorText } from '../../components/errorText';
import { Field } from '../../components/Field';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import { StaffForm } from '../settings/StaffForm';

const CHOOSE_PROCEDURE = 'Kies de klachtenregeling die uw kantoor volgt';

/**
 * The very first start: whoever installs Klachtenbalie adds themselves, usually
 * the coordinator, and chooses the regeling: its terms run from the first
 * complaint, so the app does not assume one for the office.
 */
export function FirstStaffForm({ onCreated }: { onCreated: (id: string) => void }) {
  const repos = useRepositories();
  const notify = useNotice();
  const presets = repos.procedures.presets();
  const [presetKey, setPresetKey] = useState('');
  const [procedureError, setProcedureError] = useState<string | undefined>();
  const checkProcedure = () => {
    setProcedureError(presetKey ? undefined : CHOOSE_PROCEDURE);
    return presetKey !== '';
  };
  return (
    <main className="chooser" aria-labelledby="first-title">
      <h1 id="first-title">Welkom bij Klachtenbalie</h1>
      <p className="lead">
        Vul eerst uw eigen naam en rollen in en kies de klachtenregeling van uw kantoor. Collega's voegt u daarna toe onder Instellingen › Medewerkers.
      </p>
      <StaffForm
        idPrefix="first"
        initial={{ name: '', roles: ['receptionist', 'coordinator'] }}
        submitLabel="Beginnen"
        checkExtra={checkProcedure}
        extra={
          <Field id="first-procedure" label="Klachtenregeling" error={procedureError} hint="U kunt de termijnen daarna aanpassen onder Instellingen › Klachtenregeling." required>
            {(aria) => (
              <select
                {...aria}
                value={presetKey}
                onChange={(event) => {
                  setPresetKey(event.target.value);
                  if (event.target.value) setProcedureError(undefined);
                }}
              >
                <option value="">Kies een regeling…</option>
                {presets.map((preset) => (
                  <option key={preset.key} value={preset.key}>
                    {preset.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        }
        onSubmit={async (values) => {
          try {
            const staff = await repos.staff.create(values, { id: null, name: values.name });
            await repos.procedures.choosePreset(presetKey, { id: staff.id, name: staff.name });
            onCreated(staff.id);
          } catch (error) {
            notify({ text: `Niet opgeslagen: ${errorText(error)}`, tone: 'error' });
          }
        }}
      />
    </main>
  );
}
