import { useState, type ChangeEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { SelectInput, TextInput } from '../../components/form/inputs';
import { SALUTATION_OPTIONS } from '../../components/form/options';
import type { Customer } from '../../domain/model';
import { TEXT_LIMITS } from '../../domain/validation';
import { CustomerMatches } from './CustomerMatches';
import type { IntakeFormValues } from './formValues';
import { useCustomerMatches } from './useCustomerMatches';

interface Props {
  form: UseFormReturn<IntakeFormValues>;
  picked: Customer | null;
  onPick: (customer: Customer) => void;
  onUnpick: () => void;
}

export function CustomerFields({ form, picked, onPick, onUnpick }: Props) {
  const [query, setQuery] = useState('');
  const matches = useCustomerMatches(query, picked === null);
  const lookUp = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setQuery(event.target.value);

  if (picked) {
    return (
      <fieldset className="group">
        <legend>Klant</legend>
        <div className="picked-customer" aria-live="polite">
          <p>
            <strong>{picked.name}</strong>
            {picked.customerNumber ? ` · klantnr. ${picked.customerNumber}` : ''}
          </p>
          <p>{[picked.phone, picked.email].filter(Boolean).join(' · ')}</p>
          <p>{[picked.street, [picked.postcode, picked.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</p>
          <button type="button" className="secondary" onClick={onUnpick}>
            Andere klant kiezen
          </button>
        </div>
      </fieldset>
    );
  }

  return (
    <fieldset className="group">
      <legend>Klant</legend>
      <p className="hint">Typ naam, telefoonnummer, postcode of klantnummer: bestaande klanten verschijnen hieronder.</p>
      <div className="grid">
        <TextInput form={form} name="customer.name" label="Naam" required maxLength={TEXT_LIMITS.name} onChange={lookUp} className="span-2" />
        <SelectInput form={form} name="customer.salutation" label="Aanhef" options={SALUTATION_OPTIONS} />
        <TextInput form={form} name="customer.phone" label="Telefoon" type="tel" maxLength={TEXT_LIMITS.phone} inputMode="tel" onChange={lookUp} hint="Bijvoorbeeld 06-12345678" />
        <TextInput form={form} name="customer.email" label="E-mail" type="email" maxLength={TEXT_LIMITS.email} inputMode="email" />
        <TextInput form={form} name="customer.customerNumber" label="Klantnummer" maxLength={TEXT_LIMITS.customerNumber} onChange={lookUp} />
        <TextInput form={form} name="customer.street" label="Straat en huisnummer" maxLength={TEXT_LIMITS.street} />
        <TextInput form={form} name="customer.postcode" label="Postcode" onChange={lookUp} hint="Bijvoorbeeld 1234 AB" />
        <TextInput form={form} name="customer.city" label="Plaats" maxLength={TEXT_LIMITS.city} />
      </div>
      <CustomerMatches matches={matches} onPick={onPick} />
    </fieldset>
  );
}
