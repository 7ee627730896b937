import type { UseFormReturn } from 'react-hook-form';
import { CheckboxInput, SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import { CATEGORY_SUGGESTIONS, CHANNEL_OPTIONS, SERIOUSNESS_OPTIONS } from '../../components/form/options';
import { EMPLOYEES_FIELD_MAX, TEXT_LIMITS } from '../../domain/validation';
import type { IntakeFormValues } from './formValues';

/** The intake shows receipt first (how and when), then the customer, then what the complaint is about. */
interface Props {
  form: UseFormReturn<IntakeFormValues>;
  part: 'receipt' | 'content';
  /** The office's regeling treats every complaint as confidential (001, 003, Wkkgz). */
  confidentialByProcedure?: boolean;
  /** The regeling judges how serious a complaint is before settling it at first contact (000). */
  asksSeriousness?: boolean;
}

// At the intake the question may wait for the card: "not yet" is an answer here.
const INTAKE_SERIOUSNESS = [{ value: '', label: 'Nog niet beoordeeld' }, ...SERIOUSNESS_OPTIONS];

export function ComplaintFields({ form, part, confidentialByProcedure = false, asksSeriousness = false }: Props) {
  if (part === 'receipt') {
    return (
      <fieldset className="group">
        <legend>Ontvangst</legend>
        <div className="grid">
          <SelectInput form={form} name="complaint.channel" label="Kanaal" options={CHANNEL_OPTIONS} />
          <TextInput form={form} name="complaint.receivedAt" label="Ontvangen op" hint="dd-mm-jjjj uu:mm; alle termijnen gaan vanaf hier lopen" />
        </div>
      </fieldset>
    );
  }
  return (
    <fieldset className="group">
      <legend>De klacht</legend>
      <div className="grid">
        <TextInput form={form} name="complaint.summary" label="Samenvatting" required className="span-3" maxLength={TEXT_LIMITS.summary} />
        <TextArea form={form} name="complaint.description" label="Omschrijving" className="span-3" rows={4} maxLength={TEXT_LIMITS.description} />
        <TextInput form={form} name="complaint.category" label="Categorie" maxLength={TEXT_LIMITS.category} list="category-suggestions" />
        <TextInput form={form} name="complaint.productOrService" label="Product of dienst" maxLength={TEXT_LIMITS.productOrService} />
        <TextInput form={form} name="complaint.problemArisenOn" label="Probleem ontstaan op" hint="dd-mm-jjjj; telt voor de indieningstermijn van de klachtenregeling" />
        <TextInput
          form={form}
          name="complaint.employeesInvolved"
          maxLength={EMPLOYEES_FIELD_MAX}
          label="Betrokken medewerker(s)"
          className="span-2"
          hint="Meerdere namen scheiden met een komma"
        />
        <TextInput form={form} name="complaint.remedySought" label="Wat wil de klant?" maxLength={TEXT_LIMITS.remedySought} />
        {asksSeriousness ? (
          <SelectInput
            form={form}
            name="seriousness"
            label="Ernstige klacht?"
            options={INTAKE_SERIOUSNESS}
            className="span-2"
            hint="Mag later op de klachtkaart; een ernstige klacht wordt niet bij het eerste contact afgehandeld"
          />
        ) : null}
        <CheckboxInput
          form={form}
          name="complaint.confidential"
          label="Vertrouwelijk"
          hint={
            confidentialByProcedure
              ? 'Volgens uw klachtenregeling wordt elke klacht vertrouwelijk behandeld; daarom staat dit al aan'
              : 'De klacht wordt overal als vertrouwelijk gemarkeerd'
          }
        />
      </div>
      <datalist id="category-suggestions">
        {CATEGORY_SUGGESTIONS.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>
    </fieldset>
  );
}
