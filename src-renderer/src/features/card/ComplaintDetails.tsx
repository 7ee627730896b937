import { useMemo } from 'react';
import { useActor } from '../../app/profile';
import { useRepositories } from '../../app/data';
import { CheckboxInput, SelectInput, TextArea, TextInput } from '../../components/form/inputs';
import { CATEGORY_SUGGESTIONS, CHANNEL_OPTIONS } from '../../components/form/options';
import { toDutchDateInput, toDutchDateTimeInput } from '../../domain/dates';
import type { Complaint } from '../../domain/model';
import { EMPLOYEES_FIELD_MAX, makeComplaintInputSchema, TEXT_LIMITS } from '../../domain/validation';
import type { IntakeFormValues } from '../intake/formValues';
import { displayValue } from './displayValue';
import { EditableSection, Facts } from './EditableSection';
import { SectionForm } from './SectionForm';
import { useSectionForm } from './useSectionForm';

type ComplaintForm = IntakeFormValues['complaint'];

function toForm(complaint: Complaint): ComplaintForm {
  return {
    channel: complaint.channel,
    receivedAt: toDutchDateTimeInput(complaint.receivedAt),
    problemArisenOn: toDutchDateInput(complaint.problemArisenOn),
    summary: complaint.summary,
    description: complaint.description,
    category: complaint.category,
    productOrService: complaint.productOrService,
    employeesInvolved: complaint.employeesInvolved.join(', '),
    remedySought: complaint.remedySought,
    confidential: complaint.confidential,
  };
}

export function ComplaintDetails({ complaint }: { complaint: Complaint }) {
  const repos = useRepositories();
  const actor = useActor();
  const schema = useMemo(() => makeComplaintInputSchema(() => new Date()), []);
  const { form, editing, start, cancel, submit } = useSectionForm<ComplaintForm>(
    schema,
    () => toForm(complaint),
    (parsed) => repos.complaints.update(complaint.id, parsed, actor),
  );

  return (
    <EditableSection
      id="complaint-details"
      title="Klachtgegevens"
      editing={editing}
      onEdit={start}
      view={
        <Facts
          rows={[
            ['Samenvatting', complaint.summary],
            ['Omschrijving', <span className="prewrap">{complaint.description}</span>],
            ['Kanaal', displayValue('channel', complaint.channel)],
            ['Ontvangen op', displayValue('receivedAt', complaint.receivedAt)],
            ...(complaint.receiptSource ? [['Ontvangstdatum volgens', displayValue('receiptSource', complaint.receiptSource)] satisfies [string, string]] : []),
            ['Probleem ontstaan op', complaint.problemArisenOn ? displayValue('problemArisenOn', complaint.problemArisenOn) : ''],
            ['Categorie', complaint.category],
            ['Product of dienst', complaint.productOrService],
            ['Betrokken medewerker(s)', complaint.employeesInvolved.join(', ')],
            ['Wat wil de klant?', complaint.remedySought],
            ['Vertrouwelijk', complaint.confidential ? 'Ja' : 'Nee'],
          ]}
        />
      }
      editor={
        <SectionForm label="Klachtgegevens wijzigen" busy={form.formState.isSubmitting} onSubmit={() => void submit()} onCancel={cancel}>
          <div className="grid">
            <TextInput form={form} name="summary" label="Samenvatting" required className="span-3" maxLength={TEXT_LIMITS.summary} />
            <TextArea form={form} name="description" label="Omschrijving" className="span-3" maxLength={TEXT_LIMITS.description} />
            <SelectInput form={form} name="channel" label="Kanaal" options={CHANNEL_OPTIONS} />
            <TextInput form={form} name="receivedAt" label="Ontvangen op" hint="dd-mm-jjjj uu:mm" />
            <TextInput form={form} name="problemArisenOn" label="Probleem ontstaan op" hint="dd-mm-jjjj" />
            <TextInput form={form} name="category" label="Categorie" maxLength={TEXT_LIMITS.category} list="card-category-suggestions" />
            <TextInput form={form} name="productOrService" label="Product of dienst" maxLength={TEXT_LIMITS.productOrService} />
            <TextInput form={form} name="employeesInvolved" label="Betrokken medewerker(s)" maxLength={EMPLOYEES_FIELD_MAX} hint="Meerdere namen scheiden met een komma" />
            <TextInput form={form} name="remedySought" label="Wat wil de klant?" maxLength={TEXT_LIMITS.remedySought} className="span-2" />
            <CheckboxInput form={form} name="confidential" label="Vertrouwelijk" />
          </div>
          <datalist id="card-category-suggestions">
            {CATEGORY_SUGGESTIONS.map((category) => (
              <option key={category} value={category} />
            ))}
          </datalist>
        </SectionForm>
      }
    />
  );
}
