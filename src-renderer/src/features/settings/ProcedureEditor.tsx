import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';
import { SelectInput, TextArea, TextInput, CheckboxInput } from '../../components/form/inputs';
import { optionsOf } from '../../components/form/options';
import type { Procedure } from '../../domain/procedure';
import { ESCALATION_CONDITIONS, ESCALATION_KINDS, JUDGES } from '../../domain/procedure';
import { ESCALATION_CONDITION_LABELS, ESCALATION_KIND_LABELS, JUDGE_LABELS } from '../../domain/procedureText';
import { PROCEDURE_TEXT_LIMITS, procedureSchema } from '../../domain/procedures/schema';
import { formPathFor, formToProcedure, procedureToForm, type ProcedureFormValues } from './procedureForm';
import { TermFields } from './TermFields';

const STEP_LABELS: Array<[keyof Procedure['steps'], string]> = [
  ['informalResolution', 'Eerst samen met de klant naar een oplossing zoeken; lukt dat, dan is de klacht afgehandeld'],
  ['verdict', 'De klacht wordt gegrond, deels gegrond of ongegrond verklaard'],
  ['hearBothSides', 'Hoor en wederhoor: alle betrokkenen horen'],
  ['ownerAssignment', 'De coördinator wijst een behandelaar (eigenaar) aan'],
  ['customerContactAtAssignment', 'Bij het toewijzen afspreken wie contact opneemt met de klant'],
  ['managementOnMaterialInterest', 'Overleg met de directie bij een materieel of financieel belang'],
  ['managementWhenOwnerCannotHandle', 'Overleg met de directie als de behandelaar de klacht niet goed kan afhandelen'],
  ['solutionFollowUp', 'Hersteltermijn afspreken en de oplossing (ook door derden) volgen'],
  ['rootCauseAndCorrectiveActions', 'Oorzaak onderzoeken, corrigerende maatregelen nemen en op effectiviteit toetsen'],
  ['structuralMeasuresReview', 'Directie beraadt zich na elke klacht over structurele maatregelen'],
  ['evaluation', 'Het verloop met de klant evalueren'],
  ['customerAgreementBeforeClosing', 'Het dossier pas sluiten na akkoord van de klant'],
  ['closingMessage', 'Afsluitend bericht met wat is afgesproken'],
  ['confidential', 'Klachten worden vertrouwelijk behandeld'],
];

interface Props {
  procedure: Procedure;
  onSave: (procedure: Procedure) => Promise<void>;
  onCancel: () => void;
}

export function ProcedureEditor({ procedure, onSave, onCancel }: Props) {
  const form = useForm<ProcedureFormValues>({ defaultValues: procedureToForm(procedure) });
  const escalations = useFieldArray({ control: form.control, name: 'escalations' });
  const committee = useFieldArray({ control: form.control, name: 'committee' });

  const submit = form.handleSubmit(async (values) => {
    const candidate = formToProcedure(procedure, values);
    const parsed = procedureSchema.safeParse(candidate);
    if (!parsed.success) {
      parsed.error.issues.forEach((issue, index) => {
        form.setError(formPathFor(issue.path) as FieldPath<ProcedureFormValues>, { message: issue.message }, { shouldFocus: index === 0 });
      });
      return;
    }
    await onSave(parsed.data as Procedure);
  });

  return (
    <form
      noValidate
      className="procedure-editor"
      aria-label="Klachtenregeling wijzigen"
      onSubmit={(event) => void submit(event)}
      onKeyDown={submitOnCtrlEnter(submit)}
    >
      <fieldset className="group">
        <legend>Regeling</legend>
        <div className="grid">
          <TextInput form={form} name="name" label="Naam van de regeling" required className="span-2" />
          <TextInput form={form} name="officeKind" label="Soort organisatie" />
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>Termijnen</legend>
        <p className="hint">Bij termijnen in werkdagen tellen de dag van ontvangst, weekenden, feestdagen en uw sluitingsdagen niet mee. Termijnen in dagen, weken, maanden of jaren tellen vanaf de dag van ontvangst zelf, ook als dat een vrije dag is; een termijn die op een vrije dag eindigt, schuift door naar de volgende werkdag.</p>
        <div className="terms">
          <TermFields form={form} path="terms.acknowledge" legend="Ontvangstbevestiging binnen" />
          <TermFields form={form} path="terms.furtherHandling" legend="Bericht over de verdere afhandeling binnen" />
          <TermFields form={form} path="terms.response" legend="Schriftelijke reactie binnen" />
          <TermFields form={form} path="terms.statusCheckEvery" legend="Statuscontrole bij de behandelaar elke" />
          <TermFields form={form} path="terms.submissionLimit" legend="Klacht indienen binnen" hint="Gerekend vanaf het ontstaan van het probleem" />
          <TermFields form={form} path="terms.retention" legend="Dossier bewaren na afhandeling" />
        </div>
        <div className="extension">
          <CheckboxInput form={form} name="extension.allowed" label="Verlenging van de reactietermijn is mogelijk" />
          <CheckboxInput form={form} name="extension.noticeRequired" label="De klant krijgt vóór het einde van de termijn schriftelijk bericht" />
          <TermFields form={form} path="extension.maxExtra" legend="Verlenging ten hoogste" />
          <TextInput form={form} name="extension.maxCount" label="Hoe vaak verlengen, ten hoogste" inputMode="numeric" hint="Leeg: zo vaak als nodig (de Wkkgz staat één verlenging toe)" />
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>Stappen en beoordeling</legend>
        <SelectInput form={form} name="steps.judgedBy" label="Wie beoordeelt de klacht?" options={optionsOf(JUDGES, JUDGE_LABELS)} />
        <div className="steps">
          {STEP_LABELS.map(([key, label]) => (
            <CheckboxInput key={key} form={form} name={`steps.${key}` as FieldPath<ProcedureFormValues>} label={label} />
          ))}
        </div>
      </fieldset>

      <fieldset className="group">
        <legend>Klachtencommissie</legend>
        {committee.fields.length === 0 ? <p className="hint">Geen commissie. Voeg leden toe als een commissie de klachten beoordeelt.</p> : null}
        {committee.fields.map((field, index) => (
          <div key={field.id} className="grid repeat">
            <TextInput form={form} name={`committee.${index}.name`} label={`Naam lid ${index + 1}`} />
            <SelectInput
              form={form}
              name={`committee.${index}.role`}
              label={`Rol lid ${index + 1}`}
              options={[
                { value: 'chair', label: 'Voorzitter' },
                { value: 'member', label: 'Lid' },
              ]}
            />
            <TextInput form={form} name={`committee.${index}.function`} label={`Functie lid ${index + 1}`} />
            <TextInput form={form} name={`committee.${index}.email`} label={`E-mail lid ${index + 1}`} type="email" />
            <button type="button" className="secondary small" onClick={() => committee.remove(index)}>
              Lid {index + 1} verwijderen
            </button>
          </div>
        ))}
        <button type="button" className="secondary small" onClick={() => committee.append({ name: '', role: 'member', function: '', email: '' })}>
          Commissielid toevoegen
        </button>
      </fieldset>

      <fieldset className="group">
        <legend>Niet tevreden: waar kan de klant terecht?</legend>
        {escalations.fields.map((field, index) => (
          <fieldset key={field.id} className="body">
            <legend>{form.watch(`escalations.${index}.name`) || `Instantie ${index + 1}`}</legend>
            <div className="grid">
              <TextInput form={form} name={`escalations.${index}.name`} label={`Naam instantie ${index + 1}`} required />
              <SelectInput
                form={form}
                name={`escalations.${index}.kind`}
                label={`Soort instantie ${index + 1}`}
                options={optionsOf(ESCALATION_KINDS, ESCALATION_KIND_LABELS)}
              />
              <TextInput
                form={form}
                name={`escalations.${index}.stage`}
                label={`Stap in de volgorde (${index + 1})`}
                inputMode="numeric"
                hint="1 is de eerste stap; instanties met hetzelfde nummer zijn alternatieven. Leeg: altijd mogelijk."
              />
              <SelectInput
                form={form}
                name={`escalations.${index}.condition`}
                label={`Wanneer mogelijk (${index + 1})`}
                options={[{ value: '', label: 'Altijd' }, ...optionsOf(ESCALATION_CONDITIONS, ESCALATION_CONDITION_LABELS)]}
              />
              <CheckboxInput form={form} name={`escalations.${index}.binding`} label="Uitspraak is bindend" />
              <TextArea form={form} name={`escalations.${index}.address`} label={`Adres instantie ${index + 1}`} rows={3} />
              <TextInput form={form} name={`escalations.${index}.email`} label={`E-mail instantie ${index + 1}`} />
              <TextInput form={form} name={`escalations.${index}.website`} label={`Website instantie ${index + 1}`} />
              <TextArea form={form} name={`escalations.${index}.description`} label={`Uitleg voor de klant (${index + 1})`} rows={2} className="span-2" maxLength={PROCEDURE_TEXT_LIMITS.escalationDescription} />
              <TermFields form={form} path={`escalations.${index}.decisionTerm`} legend="Beslist binnen" />
              <TermFields form={form} path={`escalations.${index}.complianceTerm`} legend="Uitspraak uitvoeren binnen" hint="Gerekend vanaf de uitspraak; komt op het bureau" />
            </div>
            <button type="button" className="secondary small" onClick={() => escalations.remove(index)}>
              Instantie {index + 1} verwijderen
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary small"
          onClick={() =>
            escalations.append({
              id: `instantie-${Date.now()}`,
              kind: 'management',
              name: '',
              address: '',
              email: '',
              website: '',
              decisionTerm: { enabled: false, amount: '', unit: 'weeks' },
              complianceTerm: { enabled: false, amount: '', unit: 'weeks' },
              binding: false,
              description: '',
              stage: '',
              condition: '',
            })
          }
        >
          Instantie toevoegen
        </button>
      </fieldset>

      <fieldset className="group">
        <legend>Teksten voor brieven</legend>
        <div className="grid">
          <TextArea form={form} name="texts.howToSubmit" label="Hoe dient de klant een klacht in?" className="span-3" rows={3} maxLength={PROCEDURE_TEXT_LIMITS.howToSubmit} />
          <TextArea form={form} name="texts.notSatisfied" label="Wat kan de klant doen als hij niet tevreden is?" className="span-3" rows={3} maxLength={PROCEDURE_TEXT_LIMITS.notSatisfied} />
        </div>
      </fieldset>

      <div className="form-actions sticky">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Regeling opslaan als nieuwe versie
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
