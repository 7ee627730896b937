import { useActor } from '../../app/profile';
import { useRepositories } from '../../app/data';
import { TextInput } from '../../components/form/inputs';
import type { Customer } from '../../domain/model';
import { representativeSchema, TEXT_LIMITS } from '../../domain/validation';
import { EditableSection, Facts } from '../card/EditableSection';
import { SectionForm } from '../card/SectionForm';
import { useSectionForm } from '../card/useSectionForm';

interface RepresentativeForm {
  name: string;
  relation: string;
  phone: string;
  email: string;
}

/** Someone who acts for the customer (gemachtigde): a relative, a lawyer, a carer. Empty all fields to remove. */
export function RepresentativeSection({ customer }: { customer: Customer }) {
  const repos = useRepositories();
  const actor = useActor();
  const current = customer.representative;
  const { form, editing, start, cancel, submit } = useSectionForm<RepresentativeForm>(
    representativeSchema,
    () => ({ name: current?.name ?? '', relation: current?.relation ?? '', phone: current?.phone ?? '', email: current?.email ?? '' }),
    (parsed) => repos.customers.update(customer.id, { representative: parsed }, actor),
  );
  return (
    <EditableSection
      id="representative"
      title="Gemachtigde"
      editing={editing}
      onEdit={start}
      view={
        current ? (
          <Facts
            rows={[
              ['Naam', current.name],
              ['Relatie tot de klant', current.relation],
              ['Telefoon', current.phone],
              ['E-mail', current.email],
            ]}
          />
        ) : (
          <p className="muted">Niemand treedt op namens deze klant.</p>
        )
      }
      editor={
        <SectionForm label="Gemachtigde wijzigen" busy={form.formState.isSubmitting} onSubmit={() => void submit()} onCancel={cancel}>
          <div className="grid">
            <TextInput form={form} name="name" label="Naam gemachtigde" maxLength={TEXT_LIMITS.name} />
            <TextInput form={form} name="relation" label="Relatie tot de klant" maxLength={TEXT_LIMITS.relation} hint="Bijvoorbeeld dochter, advocaat, mentor" />
            <TextInput form={form} name="phone" label="Telefoon gemachtigde" type="tel" maxLength={TEXT_LIMITS.phone} />
            <TextInput form={form} name="email" label="E-mail gemachtigde" type="email" maxLength={TEXT_LIMITS.email} />
          </div>
        </SectionForm>
      }
    />
  );
}
