import { useState, type ChangeEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { SelectInput, TextInput } from '../../components/form/inputs';
import { COUNTRY_OPTIONS, SALUTATION_OPTIONS } from '../../components/form/options';
import { addressLine, postcodeHint } from '../customer/address';
import type { Complaint, Customer } from '../../domain/model';
import { TEXT_LIMITS } from '../../domain/validation';
import { CustomerMatches, openComplaintsText } from './CustomerMatches';
import type { IntakeFormValues } from './formValues';
import { useCustomerMatches, type CustomerMatch } from './useCustomerMatches';
import { useMatchKeys } from './useMatchKeys';

interface Props {
  form: UseFormReturn<IntakeFormValues>;
  picked: Customer | null;
  /** Its open complaints, when known, so the intake can say the customer already has one. */
  pickedOpen?: readonly Complaint[];
  onPick: (customer: Customer, openComplaints?: readonly Complaint[]) => void;
  onUnpick: () => void;
}

export function CustomerFields({ form, picked, pickedOpen = [], onPick, onUnpick }: Props) {
  const [query, setQuery] = useState('');
  const matches = useCustomerMatches(query, picked === null);
  const pick = (match: CustomerMatch) => onPick(match.customer, match.openComplaints);
  const keys = useMatchKeys(matches, pick);
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
          <p>{addressLine(picked)}</p>
          {pickedOpen.length > 0 ? (
            <p className="open-complaint" role="note">
              {openComplaintsText({ customer: picked, openComplaints: [...pickedOpen] })}. Gaat het om dezelfde klacht? Leg het dan vast als contact op die klacht.
            </p>
          ) : null}
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
      <p className="hint">Typ naam, telefoonnummer, postcode of klantnummer: bestaande klanten verschijnen onder de naam.</p>
      <div className="grid">
        <TextInput form={form} name="customer.name" label="Naam" required maxLength={TEXT_LIMITS.name} onChange={lookUp} className="span-2" combobox={keys.combobox} />
        <SelectInput form={form} name="customer.salutation" label="Aanhef" options={SALUTATION_OPTIONS} />
        {keys.open ? (
          <div className="span-all">
            <CustomerMatches matches={matches} active={keys.active} onPick={pick} />
          </div>
        ) : null}
        <TextInput
          form={form}
          name="customer.phone"
          label="Telefoon"
          type="tel"
          maxLength={TEXT_LIMITS.phone}
          inputMode="tel"
          onChange={lookUp}
          hint="Bijvoorbeeld 06-12345678"
          combobox={keys.combobox}
        />
        <TextInput form={form} name="customer.email" label="E-mail" type="email" maxLength={TEXT_LIMITS.email} inputMode="email" />
        <TextInput form={form} name="customer.customerNumber" label="Klantnummer" maxLength={TEXT_LIMITS.customerNumber} onChange={lookUp} combobox={keys.combobox} />
        <TextInput form={form} name="customer.street" label="Straat en huisnummer" maxLength={TEXT_LIMITS.street} />
        <TextInput form={form} name="customer.postcode" label="Postcode" onChange={lookUp} hint={postcodeHint(form.watch('customer.country'))} combobox={keys.combobox} />
        <TextInput form={form} name="customer.city" label="Plaats" maxLength={TEXT_LIMITS.city} />
        <SelectInput form={form} name="customer.country" label="Land" options={COUNTRY_OPTIONS} />
      </div>
    </fieldset>
  );
}
