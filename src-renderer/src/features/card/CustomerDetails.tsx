import { useActor } from '../../app/profile';
import { useRepositories } from '../../app/data';
import { SelectInput, TextInput } from '../../components/form/inputs';
import { COUNTRY_OPTIONS, SALUTATION_OPTIONS } from '../../components/form/options';
import { addressLine, postcodeHint } from '../customer/address';
import type { Customer } from '../../domain/model';
import { customerInputSchema, TEXT_LIMITS } from '../../domain/validation';
import { customerToForm, type IntakeFormValues } from '../intake/formValues';
import { displayValue } from './displayValue';
import { EditableSection, Facts } from './EditableSection';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';

type CustomerForm = IntakeFormValues['customer'];

export function CustomerDetails({ customer }: { customer: Customer }) {
  const repos = useRepositories();
  const actor = useActor();
  const { form, editing, start, cancel, submit } = useSectionForm<CustomerForm>(
    customerInputSchema,
    () => customerToForm(customer),
    (parsed) => repos.customers.update(customer.id, parsed, actor),
  );

  return (
    <EditableSection
      id="customer-details"
      title="Klant"
      editing={editing}
      onEdit={start}
      view={
        <Facts
          rows={[
            ['Naam', customer.name],
            ['Aanhef', displayValue('salutation', customer.salutation)],
            ['Telefoon', customer.phone],
            ['E-mail', customer.email],
            ['Adres', addressLine(customer)],
            ['Klantnummer', customer.customerNumber],
          ]}
        />
      }
      editor={
        <SectionForm label="Klantgegevens wijzigen" busy={form.formState.isSubmitting} onSubmit={() => void submit()} onCancel={cancel}>
          <div className="grid">
            <TextInput form={form} name="name" label="Naam" required maxLength={TEXT_LIMITS.name} className="span-2" />
            <SelectInput form={form} name="salutation" label="Aanhef" options={SALUTATION_OPTIONS} />
            <TextInput form={form} name="phone" label="Telefoon" type="tel" maxLength={TEXT_LIMITS.phone} />
            <TextInput form={form} name="email" label="E-mail" type="email" maxLength={TEXT_LIMITS.email} />
            <TextInput form={form} name="customerNumber" label="Klantnummer" maxLength={TEXT_LIMITS.customerNumber} />
            <TextInput form={form} name="street" label="Straat en huisnummer" maxLength={TEXT_LIMITS.street} className="span-2" />
            <TextInput form={form} name="postcode" label="Postcode" hint={postcodeHint(form.watch('country'))} />
            <TextInput form={form} name="city" label="Plaats" maxLength={TEXT_LIMITS.city} />
            <SelectInput form={form} name="country" label="Land" options={COUNTRY_OPTIONS} />
          </div>
        </SectionForm>
      }
    />
  );
}
