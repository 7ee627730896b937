import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { useActor } from '../../../app/profile';
import type { CardStep } from '../../../app/router';
import { formatShortDate } from '../../../components/format';
import type { WorkflowState } from '../../../db/repositories/complaintWorkflow';
import { canOwnComplaints } from '../../../domain/staff';
import { unheardEmployees } from '../../../domain/workflow';
import { agreesCustomerContact } from '../../../domain/procedures/absent';
import { ACTION_FORMS, CUSTOMER_CONTACT_FIELD, SOLUTION_FOLLOW_UP_FIELDS } from './actionForms';
import { ActionButtons } from './ActionButtons';
import { ActionForm } from './ActionForm';
import { Checklist } from './Checklist';
import { awaitsWrittenComplaint } from '../../../domain/deadlines';
import { DeadlineList } from './DeadlineList';
import { closingExtraFields } from './closingForm';
import { escalationFormParts } from './escalationForm';
import type { ActionValues } from './toAction';
import { useApplyStep } from './useApplyStep';

/**
 * The procedure on the card: its steps as a checklist, every term as a badge,
 * and the steps that can be taken now. Opened for a term (`step`, from the
 * desk) it scrolls into view with the focus on it and that term marked.
 */
export function WorkflowPanel({ state, today, step }: { state: WorkflowState; today: string; step?: CardStep | undefined }) {
  const { complaint, procedure, deadlines, checklist, actions, staff } = state;
  const actor = useActor();
  const applyStep = useApplyStep();
  const [open, setOpen] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const stepKey = step ? `${complaint.id}:${step.kind}:${step.itemId ?? ''}` : null;
  useEffect(() => {
    if (stepKey === null) return;
    panelRef.current?.scrollIntoView({ block: 'start' });
    panelRef.current?.focus({ preventScroll: true });
  }, [stepKey]);

  const staffName = (id: string) => staff.find((member) => member.id === id)?.name ?? '';
  const options = {
    // No one chosen beforehand: the first name in the list (often the coordinator doing the assigning) is no choice.
    ownerId: [
      { value: '', label: 'Kies een behandelaar' },
      ...staff.filter(canOwnComplaints).map((member) => ({ value: member.id, label: member.name })),
    ],
    bodyId: procedure.escalations.map((body) => ({ value: body.id, label: body.name })),
    name: unheardEmployees(complaint).map((name) => ({ value: name, label: name })),
  };
  const defaults: ActionValues = {
    judges: procedure.steps.judgedBy === 'committee' ? procedure.committee.map((member) => member.name).join(', ') : complaint.ownerId ? staffName(complaint.ownerId) : actor.name,
    assignee: complaint.ownerId ? staffName(complaint.ownerId) : '',
  };
  const escalation = escalationFormParts(procedure, complaint.workflow);
  const contactField = agreesCustomerContact(procedure) ? [CUSTOMER_CONTACT_FIELD] : [];
  const closing = closingExtraFields(complaint.workflow);
  const solutionFields = procedure.steps.solutionFollowUp ? SOLUTION_FOLLOW_UP_FIELDS : [];
  /** What a step's form takes beyond the shared defaults. */
  const formParts: Record<string, Pick<ComponentProps<typeof ActionForm>, 'defaults' | 'hints' | 'extraFields'>> = {
    escalate: { defaults: { ...defaults, ...escalation.defaults }, hints: escalation.hints, extraFields: escalation.extraFields },
    assign_owner: { defaults, extraFields: () => contactField },
    record_solution: { defaults, extraFields: () => solutionFields },
    // Reported unable: the consultation that follows is about that.
    consult_management: { defaults: complaint.workflow.ownerCannotHandle ? { ...defaults, reason: 'owner_cannot_handle' } : defaults },
    ...(closing ? { close: { defaults, extraFields: closing } } : {}),
  };

  const apply = async (type: string, values: ActionValues): Promise<string | null> => {
    const refusal = await applyStep(complaint.id, type, values, { staffName }, `${ACTION_FORMS[type]?.label ?? 'Stap'}: vastgelegd.`);
    // Only this step's form closes: a next step opened while the save ran stays open.
    if (refusal === null) setOpen((current) => (current === type ? null : current));
    return refusal;
  };

  return (
    <section className="panel workflow" aria-labelledby="workflow-title" ref={panelRef} tabIndex={-1}>
      <div className="panel-head">
        <h2 id="workflow-title">Klachtenregeling</h2>
        <span className="muted small">
          {procedure.name}, versie {procedure.version}
        </span>
      </div>
      <div className="workflow-grid">
        <Checklist items={checklist} />
        <DeadlineList
          deadlines={deadlines}
          marked={step}
          {...(awaitsWrittenComplaint(complaint, procedure) ? { emptyText: 'Nog geen termijnen: die gaan lopen op de dag dat de klacht schriftelijk binnenkomt.' } : {})}
        />
      </div>
      {/* Measures are added in the card's Maatregelen section, through the register, so they can serve several complaints. */}
      <ActionButtons actions={actions.filter((action) => action.type !== 'add_corrective_action')} open={open} onToggle={(type) => setOpen(open === type ? null : type)} />
      {open ? (
        <ActionForm
          key={open}
          type={open}
          options={options}
          {...(formParts[open] ?? { defaults })}
          onSubmit={(values) => apply(open, values)}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      <p className="muted small">Vandaag: {formatShortDate(today)}</p>
    </section>
  );
}
