import { errorText } from '../../../components/errorText';
import { useId, useState } from 'react';
import { useRepositories } from '../../../app/data';
import { useActor } from '../../../app/profile';
import { formatDate } from '../../../components/format';
import type { Complaint, Deadline } from '../../../domain/model';
import { allExtensions, ESCALATION_GROUND_TEXTS, followUpDoable, skippedText, type WorkflowAction } from '../../../domain/workflow';
import { CUSTOMER_CONTACT_BY_LABELS, MANAGEMENT_REASON_LABELS, SEND_METHOD_LABELS, VERDICT_LABELS } from '../../../domain/workflowLabels';
import { Facts } from '../EditableSection';
import { EscalationExtensionForm } from './EscalationExtensionForm';
import { followUpWhat } from '../../../domain/followUp';
import { satisfactionText } from '../../../domain/satisfaction';

/** What the procedure's steps recorded on this complaint, and the follow-ups on items (actions, escalations). */
export function WorkflowRecord({ complaint, today, deadlines }: { complaint: Complaint; today: string; deadlines: readonly Deadline[] }) {
  const repos = useRepositories();
  const actor = useActor();
  const [problem, setProblem] = useState<string | null>(null);
  const w = complaint.workflow;
  // The term to carry out a body's ruling, while it is still open.
  const rulingDue = (escalationId: string) => deadlines.find((d) => d.kind === 'ruling_compliance' && d.itemId === escalationId && d.metOn === null)?.dueOn;

  /** True once recorded; a refusal shows under the record. */
  const apply = async (action: WorkflowAction): Promise<boolean> => {
    try {
      setProblem(null);
      await repos.complaints.applyAction(complaint.id, action, actor);
      return true;
    } catch (error) {
      setProblem(errorText(error));
      return false;
    }
  };

  const sent = (label: string, message: { sentOn: string; method: keyof typeof SEND_METHOD_LABELS } | null): [string, string] => [
    label,
    message ? `${formatDate(message.sentOn)} per ${SEND_METHOD_LABELS[message.method].toLowerCase()}` : '',
  ];
  const rows: Array<[string, React.ReactNode]> = [
    sent('Ontvangstbevestiging', w.acknowledgement),
    sent('Bericht verdere afhandeling', w.furtherHandlingMessage),
    ['Contact met de klant door', w.customerContactBy ? CUSTOMER_CONTACT_BY_LABELS[w.customerContactBy] : ''],
    ['Behandelaar kan het niet afhandelen', w.ownerCannotHandle ? `${formatDate(w.ownerCannotHandle.on)}: ${w.ownerCannotHandle.notes}` : ''],
    w.informalSettlement ? ['Direct opgelost', `${formatDate(w.informalSettlement.on)}: ${w.informalSettlement.agreement}`] : ['Direct opgelost', ''],
    [
      'Verlenging',
      allExtensions(w)
        .map((extension) => `tot ${formatDate(extension.newDueOn)} — ${extension.reason} (bericht ${formatDate(extension.notice.sentOn)})`)
        .join('; '),
    ],
    w.judgement
      ? ['Oordeel', `${VERDICT_LABELS[w.judgement.verdict]} op ${formatDate(w.judgement.judgedOn)} door ${w.judgement.judges.join(', ')}. ${w.judgement.reasoning}`]
      : ['Oordeel', ''],
    sent('Schriftelijke reactie', w.response),
    w.solution
      ? [
          'Oplossing',
          `${w.solution.description}${w.solution.agreedRepairOn ? `; hersteldatum ${formatDate(w.solution.agreedRepairOn)}` : ''}${w.solution.thirdParty ? `; door ${w.solution.thirdParty}` : ''}${w.solution.carriedOutOn ? `; uitgevoerd ${formatDate(w.solution.carriedOutOn)}` : ''}`,
        ]
      : ['Oplossing', ''],
    ['Oorzaak', w.rootCause],
    ['Structurele maatregelen', w.structuralMeasures],
    w.evaluation ? ['Evaluatie', `${formatDate(w.evaluation.on)}: ${w.evaluation.notes}`] : ['Evaluatie', ''],
    ['Tevredenheid', complaint.satisfaction ? satisfactionText(complaint.satisfaction) : ''],
    w.customerAgreement ? ['Akkoord klant', `${formatDate(w.customerAgreement.on)}${w.customerAgreement.notes ? `: ${w.customerAgreement.notes}` : ''}`] : ['Akkoord klant', ''],
    w.lateAcceptance ? ['Te laat ingediend, toch behandeld', `${formatDate(w.lateAcceptance.on)}: ${w.lateAcceptance.reason}`] : ['Te laat ingediend', ''],
    w.closedOn ? ['Gesloten', `${formatDate(w.closedOn)}${w.retentionUntil ? `; bewaren tot ${formatDate(w.retentionUntil)}` : ''}`] : ['Gesloten', ''],
  ];

  return (
    <section className="panel" aria-labelledby="record-title">
      <h2 id="record-title">Afhandeling</h2>
      <Facts rows={rows.filter(([, value]) => value !== '')} />
      {w.statusChecks.length > 0 ? (
        <>
          <h3>Statuscontroles</h3>
          <ul className="items">
            {w.statusChecks.map((check) => (
              <li key={check.id}>
                {formatDate(check.on)}: {check.discussed}
                {check.nextStep ? ` — volgende stap: ${check.nextStep}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {w.managementConsultations.length > 0 ? (
        <>
          <h3>Overleg met de directie</h3>
          <ul className="items">
            {w.managementConsultations.map((item) => (
              <li key={item.id}>
                {formatDate(item.on)} ({MANAGEMENT_REASON_LABELS[item.reason].toLowerCase()}): {item.notes}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {w.escalations.length > 0 ? (
        <>
          <h3>Escalaties</h3>
          <ul className="items" aria-label="Escalaties">
            {w.escalations.map((item) => {
              const rulingDueOn = rulingDue(item.id);
              return (
                <li key={item.id}>
                  <span>
                    {item.bodyName}: ontvangen {formatDate(item.receivedOn)}
                    {item.dueOn ? `, besluit uiterlijk ${formatDate(item.dueOn)}` : ''}
                    {item.extension ? `, verlengd tot ${formatDate(item.extension.newDueOn)}: ${item.extension.reason}` : ''}
                    {item.ground ? `; grond: ${ESCALATION_GROUND_TEXTS[item.ground]}` : ''}
                    {item.skipped ? `; ${skippedText(item.skipped)}` : ''}
                    {item.status === 'decided' && item.decidedOn ? `; besloten ${formatDate(item.decidedOn)}: ${item.outcome}` : ''}
                    {rulingDueOn ? `; uitspraak uitvoeren uiterlijk ${formatDate(rulingDueOn)}` : ''}
                    {item.carriedOutOn ? `; uitspraak uitgevoerd ${formatDate(item.carriedOutOn)}` : ''}
                  </span>
                  {item.status === 'open' && item.dueOn !== null && item.extension === null ? <EscalationExtensionForm escalation={item} onSave={apply} /> : null}
                  {rulingDueOn ? (
                    <button type="button" className="secondary small" onClick={() => void apply({ type: 'carry_out_ruling', escalationId: item.id, on: today })}>
                      Uitspraak uitgevoerd
                    </button>
                  ) : null}
                  {item.status === 'open' ? (
                    <DecisionForm onSave={(outcome) => apply({ type: 'decide_escalation', escalationId: item.id, decidedOn: today, outcome } as WorkflowAction)} />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {w.followUps.length > 0 ? (
        <>
          <h3>Vervolgafspraken</h3>
          <ul className="items">
            {w.followUps.map((item) => (
              <li key={item.id}>
                <span>
                  {formatDate(item.dueOn)}: {followUpWhat(item)}
                  {item.doneOn ? (item.cancelReason ? ` (vervallen ${formatDate(item.doneOn)}: ${item.cancelReason})` : ` (gedaan ${formatDate(item.doneOn)})`) : ''}
                  {!item.doneOn && item.keptAfterClosing ? ' (loopt door na het sluiten)' : ''}
                </span>
                {followUpDoable(complaint.status, item) ? (
                  <button type="button" className="secondary small" onClick={() => void apply({ type: 'complete_follow_up', id: item.id, on: today } as WorkflowAction)}>
                    Gedaan
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

function InlineText({ label, button, onSave }: { label: string; button: string; onSave: (text: string) => Promise<unknown> }) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="inline-form small"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) void onSave(text.trim());
      }}
    >
      <div className="field grow">
        <label htmlFor={id}>{label}</label>
        <input id={id} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <button type="submit" className="secondary small" disabled={!text.trim()}>
        {button}
      </button>
    </form>
  );
}

function DecisionForm({ onSave }: { onSave: (outcome: string) => Promise<unknown> }) {
  return <InlineText label="Besluit van de instantie" button="Besluit vastleggen" onSave={onSave} />;
}
