import { agreesCustomerContact, extensionLimit, hasVerdict, rulingTermOf } from '../../domain/procedures/absent';
import type { CommitteeMember, EscalationBody, EscalationCondition, Procedure, ProcedureSteps, ProcedureTexts, Term, TermUnit } from '../../domain/procedure';

/** A term as the form holds it: a switch, the typed amount and the unit. */
export interface TermField {
  enabled: boolean;
  amount: string;
  unit: TermUnit;
}

export const TERM_KEYS = ['acknowledge', 'furtherHandling', 'response', 'statusCheckEvery', 'submissionLimit', 'retention'] as const;
export type TermKey = (typeof TERM_KEYS)[number];

export interface EscalationField extends Omit<EscalationBody, 'address' | 'decisionTerm' | 'stage' | 'condition' | 'complianceTerm'> {
  address: string;
  decisionTerm: TermField;
  complianceTerm: TermField;
  /** The typed step in the order; empty = outside the order. */
  stage: string;
  /** '' = always open. */
  condition: EscalationCondition | '';
}

export interface ProcedureFormValues {
  name: string;
  officeKind: string;
  terms: Record<TermKey, TermField>;
  /** maxCount as typed: empty = no maximum. */
  extension: { allowed: boolean; noticeRequired: boolean; maxExtra: TermField; maxCount: string };
  steps: ProcedureSteps;
  committee: CommitteeMember[];
  escalations: EscalationField[];
  texts: ProcedureTexts;
}

function termToField(term: Term | null, fallbackUnit: TermUnit = 'weeks'): TermField {
  return term ? { enabled: true, amount: String(term.amount), unit: term.unit } : { enabled: false, amount: '', unit: fallbackUnit };
}

/** An unparsable amount stays as NaN so the schema says what is wrong instead of it silently vanishing. */
function fieldToTerm(field: TermField): Term | null {
  if (!field.enabled) return null;
  const amount = field.amount.trim() === '' ? Number.NaN : Number(field.amount);
  return { amount, unit: field.unit };
}

function countToField(count: number | null): string {
  return count === null ? '' : String(count);
}

/** Empty means no maximum; anything else unreadable stays NaN for the schema's message. */
function fieldToCount(field: string): number | null {
  const typed = field.trim();
  return typed === '' ? null : /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
}

export function procedureToForm(procedure: Procedure): ProcedureFormValues {
  const terms = Object.fromEntries(TERM_KEYS.map((key) => [key, termToField(procedure.terms[key])])) as Record<TermKey, TermField>;
  return {
    name: procedure.name,
    officeKind: procedure.officeKind,
    terms,
    extension: {
      allowed: procedure.terms.extension.allowed,
      noticeRequired: procedure.terms.extension.noticeRequired,
      maxExtra: termToField(procedure.terms.extension.maxExtra),
      maxCount: countToField(extensionLimit(procedure)),
    },
    // Shown as the preset means it, so saving the form does not turn an absent step off.
    steps: { ...procedure.steps, verdict: hasVerdict(procedure), customerContactAtAssignment: agreesCustomerContact(procedure) },
    committee: procedure.committee.map((member) => ({ ...member })),
    escalations: procedure.escalations.map((body) => ({
      ...body,
      address: body.address.join('\n'),
      decisionTerm: termToField(body.decisionTerm),
      stage: body.stage === undefined ? '' : String(body.stage),
      condition: body.condition ?? '',
      complianceTerm: termToField(rulingTermOf(procedure, body.id)),
    })),
    texts: { ...procedure.texts },
  };
}

export function formToProcedure(base: Procedure, values: ProcedureFormValues): Procedure {
  const terms = Object.fromEntries(TERM_KEYS.map((key) => [key, fieldToTerm(values.terms[key])])) as Record<TermKey, Term | null>;
  return {
    ...base,
    name: values.name,
    officeKind: values.officeKind,
    terms: {
      ...terms,
      extension: {
        allowed: values.extension.allowed,
        noticeRequired: values.extension.noticeRequired,
        maxExtra: fieldToTerm(values.extension.maxExtra),
        maxCount: fieldToCount(values.extension.maxCount),
      },
    },
    steps: { ...values.steps },
    committee: values.committee,
    escalations: values.escalations.map(({ stage, condition, ...body }) => ({
      ...body,
      // Left empty, the body stands outside the order; typed, an unreadable step stays NaN for the schema to name.
      ...(stage.trim() === '' ? {} : { stage: Number(stage) }),
      ...(condition === '' ? {} : { condition }),
      address: body.address
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      decisionTerm: fieldToTerm(body.decisionTerm),
      complianceTerm: fieldToTerm(body.complianceTerm),
    })),
    texts: values.texts,
  };
}

/** Schema issue paths name the Procedure; the form's fields are shaped a little differently. */
export function formPathFor(path: ReadonlyArray<PropertyKey>): string {
  const parts = path.map(String);
  if (parts[0] === 'terms' && parts[1] === 'extension') return ['extension', ...parts.slice(2)].join('.');
  if (parts[0] === 'terms' && parts[2] === 'amount') return `terms.${parts[1]}.amount`;
  if (parts[0] === 'escalations' && parts[2] === 'address') return `escalations.${parts[1]}.address`;
  return parts.join('.');
}
