import type { UseFormReturn } from 'react-hook-form';
import { SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import { optionsOf } from '../../components/form/options';
import type { EscalationBody } from '../../domain/procedure';
import { LETTER_TYPE_LABELS, type LetterType } from '../../letters';
import type { LetterOptionValues } from './letterOptions';

interface Props {
  form: UseFormReturn<LetterOptionValues>;
  /** The letter types the complaint's procedure has a use for. */
  types: readonly LetterType[];
  bodies: readonly EscalationBody[];
}

/** The letter's type and, per type, only the fields that letter needs. */
export function LetterOptionsForm({ form, types, bodies }: Props) {
  const type = form.watch('type');
  const typeOptions = optionsOf(types, LETTER_TYPE_LABELS);
  return (
    <div className="grid letter-options">
      <SelectInput form={form} name="type" label="Soort brief" options={typeOptions} />
      {type === 'extension' ? (
        <>
          <TextInput form={form} name="newDueOn" label="Nieuwe uiterste datum" required hint="dd-mm-jjjj" />
          <TextArea form={form} name="reason" label="Reden van verlenging" required rows={2} />
        </>
      ) : null}
      {type === 'invitation' ? <TextInput form={form} name="meetingOn" label="Dag en tijd van het gesprek" required hint="Bijvoorbeeld 1-12-2026 14:00" /> : null}
      {type === 'request_information' ? <TextArea form={form} name="questions" label="Welke informatie is nodig?" required rows={3} /> : null}
      {type === 'referral' && bodies.length > 0 ? (
        <SelectInput form={form} name="bodyId" label="Verwijzen naar" options={[{ value: '', label: 'Eerste externe instantie uit de klachtenregeling' }, ...bodies.map((body) => ({ value: body.id, label: body.name }))]} />
      ) : null}
      <TextInput form={form} name="yourReference" label="Uw kenmerk (van de klant)" hint="Alleen als de klant een eigen kenmerk noemde" />
      <TextInput form={form} name="signatoryName" label="Ondertekenaar" required />
      <TextInput form={form} name="signatoryFunction" label="Functie ondertekenaar" />
    </div>
  );
}
