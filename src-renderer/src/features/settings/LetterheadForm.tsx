import { useState } from 'react';
import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';
import { useForm } from 'react-hook-form';
import { useNotice } from '../../app/notice';
import { errorText } from '../../components/errorText';
import { FieldMessages } from '../../components/FieldMessages';
import { SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import { errorAt } from '../../components/form/errorAt';
import { ValidationError } from '../../domain/errors';
import type { LetterLogo, Letterhead, LetterheadShows } from '../../letters';
import { formToLetterhead, letterheadFieldFor, letterheadResolver, letterheadToForm, type LetterheadFormValues } from './letterheadForm';
import { LogoField } from './LogoField';

const HEADER_OPTIONS: ReadonlyArray<{ value: LetterheadShows; label: string }> = [
  { value: 'both', label: 'Logo en naam van het kantoor' },
  { value: 'logo', label: 'Alleen het logo (de naam staat er al in)' },
  { value: 'name', label: 'Alleen de naam van het kantoor' },
];

interface Props {
  initial: Letterhead;
  onSave: (letterhead: Letterhead) => Promise<void>;
}

export function LetterheadForm({ initial, onSave }: Props) {
  const notify = useNotice();
  const form = useForm<LetterheadFormValues>({ resolver: letterheadResolver, defaultValues: letterheadToForm(initial), mode: 'onSubmit', reValidateMode: 'onChange' });
  // Bytes stay out of react-hook-form: it copies its values as plain objects, which a Uint8Array is not.
  const [logo, setLogo] = useState<LetterLogo | undefined>(initial.logo);
  const [logoError, setLogoError] = useState<string | undefined>(undefined);
  const formError = errorAt(form.formState.errors, 'formOfAddress');

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSave(formToLetterhead(values, logo));
      // A refused file's message no longer applies once the letterhead is saved with the logo that stayed.
      setLogoError(undefined);
    } catch (error) {
      if (!(error instanceof ValidationError)) {
        notify({ text: `Niet opgeslagen: ${errorText(error)}`, tone: 'error' });
        return;
      }
      let first = true;
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        const field = letterheadFieldFor(path);
        if (field === 'logo') setLogoError(message);
        else {
          form.setError(field, { message }, { shouldFocus: first });
          first = false;
        }
      }
    }
  });

  return (
    <form
      noValidate
      className="letterhead-form"
      aria-label="Briefpapier"
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(submit)}
    >
      <fieldset className="group">
        <legend>Kantoor</legend>
        <div className="grid">
          <TextInput form={form} name="officeName" label="Naam kantoor" required className="span-2" />
          <TextInput form={form} name="kvkNumber" label="KvK-nummer" inputMode="numeric" hint="8 cijfers" />
          <TextArea form={form} name="address" label="Adres" rows={4} className="address" hint="Eén adresregel per regel: straat en huisnummer, daaronder postcode en plaats." />
          <TextInput form={form} name="phone" label="Telefoon" type="tel" inputMode="tel" />
          <TextInput form={form} name="email" label="E-mail" type="email" inputMode="email" />
          <TextInput form={form} name="website" label="Website" className="span-2" hint="Bijvoorbeeld www.kantoor.nl" />
          <div className="span-3">
            <LogoField logo={logo} error={logoError} onChange={setLogo} onError={setLogoError} />
          </div>
          <SelectInput form={form} name="headerShows" label="Bovenaan de brief" options={HEADER_OPTIONS} className="span-3" />
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>Datum en ondertekening</legend>
        <div className="grid">
          <TextInput form={form} name="placeName" label="Plaatsnaam" hint="Voor de datumregel: „Gouda, 21 november 2026”" />
          <TextInput form={form} name="signatoryName" label="Ondertekenaar (naam)" hint="Wie de brieven ondertekent" />
          <TextInput form={form} name="signatoryFunction" label="Functie ondertekenaar" hint="Bijvoorbeeld: coördinator klachten" />
        </div>
      </fieldset>

      <fieldset className={`group radio-group${formError ? ' has-error' : ''}`} aria-describedby={formError ? 'form-of-address-error' : 'form-of-address-hint'}>
        <legend>Aanspreekvorm</legend>
        <div className="radio-options">
          <label className="inline">
            <input type="radio" value="u" {...form.register('formOfAddress')} /> u (formeel)
          </label>
          <label className="inline">
            <input type="radio" value="je" {...form.register('formOfAddress')} /> je (informeel)
          </label>
        </div>
        <FieldMessages
          id="form-of-address"
          error={formError}
          hint="Bepaalt welke versie van elke brief het kantoor gebruikt: „Geachte mevrouw De Vries,” of „Beste Anna,”. Beide versies hebben hun eigen tekst."
        />
      </fieldset>

      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Briefpapier opslaan
        </button>
      </div>
    </form>
  );
}
