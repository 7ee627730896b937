import type { EscalationBody, Judge, Procedure, ProcedureSteps, ProcedureTerms, Term, TermExtension } from '../procedure';

/**
 * Building blocks for the presets, so each preset file lists only what its
 * source names: a term or step it leaves out is off (null or false).
 */

/** Presets are data shipped with the app; a fixed timestamp keeps them identical on every machine and in every test. */
export const PRESET_TIMESTAMP = '2026-01-01T00:00:00.000Z';
export const PRESET_VERSION = 1;

export const workingDays = (amount: number): Term => ({ amount, unit: 'working_days' });
export const weeks = (amount: number): Term => ({ amount, unit: 'weeks' });
export const months = (amount: number): Term => ({ amount, unit: 'months' });
export const years = (amount: number): Term => ({ amount, unit: 'years' });

export const NO_EXTENSION: TermExtension = { allowed: false, maxExtra: null, noticeRequired: false, maxCount: null };
/** More time with notice to the customer, no maximum named: neither how much nor how often. */
export const EXTENSION_WITH_NOTICE: TermExtension = { allowed: true, maxExtra: null, noticeRequired: true, maxCount: null };

const NO_TERMS: ProcedureTerms = {
  acknowledge: null,
  furtherHandling: null,
  response: null,
  extension: NO_EXTENSION,
  statusCheckEvery: null,
  submissionLimit: null,
  retention: null,
};

const NO_STEPS: Omit<ProcedureSteps, 'judgedBy'> = {
  informalResolution: false,
  hearBothSides: false,
  managementOnMaterialInterest: false,
  managementWhenOwnerCannotHandle: false,
  ownerAssignment: false,
  solutionFollowUp: false,
  rootCauseAndCorrectiveActions: false,
  structuralMeasuresReview: false,
  evaluation: false,
  customerAgreementBeforeClosing: false,
  closingMessage: false,
  confidential: false,
};

type PresetInput = Omit<Procedure, 'id' | 'version' | 'terms' | 'steps' | 'committee' | 'createdAt' | 'updatedAt'> & {
  terms: Partial<ProcedureTerms>;
  steps: Partial<ProcedureSteps> & { judgedBy: Judge };
  committee?: Procedure['committee'];
};

export function definePreset({ terms, steps, committee = [], ...rest }: PresetInput): Procedure {
  return {
    ...rest,
    id: `${rest.key}@${PRESET_VERSION}`,
    version: PRESET_VERSION,
    terms: { ...NO_TERMS, ...terms },
    steps: { ...NO_STEPS, ...steps },
    committee,
    createdAt: PRESET_TIMESTAMP,
    updatedAt: PRESET_TIMESTAMP,
  };
}

type BodyInput = Pick<EscalationBody, 'id' | 'kind' | 'name' | 'description'> & Partial<EscalationBody>;

/** Most bodies in the sources come without address or term: those stay empty for the office to fill in. */
export function escalationBody(body: BodyInput): EscalationBody {
  return { address: [], email: '', website: '', decisionTerm: null, binding: false, ...body };
}

/** A court's judgment binds both parties by law, whatever the procedure says. */
export function civilCourt(description: string, order: Pick<EscalationBody, 'stage'> = {}): EscalationBody {
  return escalationBody({ id: 'rechter', kind: 'court', name: 'Burgerlijke rechter', binding: true, description, ...order });
}
