/**
 * A complaint procedure (klachtenregeling) is data, not code paths: its terms,
 * who judges, the steps it requires, the bodies a customer can escalate to and
 * the texts letters quote. Presets (procedures/presets/) each follow one real
 * procedure; an office picks one and may change every part of it.
 *
 * Procedures are versioned: a complaint keeps the version it started under
 * (Complaint.procedureVersionId), so editing the procedure never silently moves
 * the deadlines of complaints already running.
 */

export const TERM_UNITS = ['working_days', 'days', 'weeks', 'months', 'years'] as const;
export type TermUnit = (typeof TERM_UNITS)[number];

export interface Term {
  amount: number;
  unit: TermUnit;
}

export const ESCALATION_KINDS = [
  'management',
  'complaints_officer',
  'appeal_committee',
  'dispute_body',
  // 002's "onafhankelijke derde" and 003's NRTO commission are neither a dispute body nor an officer: letters must not call them one.
  'independent_third_party',
  'external_committee',
  'mediation',
  'arbitration',
  'court',
] as const;
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** 001's appeal: only after the complaint was declared unfounded or the customer disputes the proposed solution. */
export const ESCALATION_CONDITIONS = ['unfounded_or_solution_disputed'] as const;
export type EscalationCondition = (typeof ESCALATION_CONDITIONS)[number];

export const MAX_ESCALATION_STAGE = 20;

/** More time than a term allows: whether it may be taken, how much at most (null = not limited), and whether written notice is due within the term. */
export interface TermExtension {
  allowed: boolean;
  maxExtra: Term | null;
  noticeRequired: boolean;
  /**
   * How many times the term may be extended (the Wkkgz: once); null = as often as needed (001, 003 name no limit).
   * Absent in procedures stored before it existed: read it through `extensionLimit`.
   */
  maxCount?: number | null;
}

export interface EscalationBody {
  /** Stable within the procedure, so a complaint's escalation can name it. */
  id: string;
  kind: EscalationKind;
  name: string;
  /** Postal address as lines, for letters. */
  address: string[];
  email: string;
  website: string;
  /** The body's own term to decide, counted from receipt of the escalation (appeal: 8 weeks). */
  decisionTerm: Term | null;
  /** Its ruling binds the office (appeal committee of Klikklaar, NRTO commission). */
  binding: boolean;
  /** When the body cannot decide within its term: written notice with a new term (Klikklaar's appeal committee). Absent = the procedure says nothing. */
  extension?: TermExtension;
  /**
   * After its ruling, the office carries it out within this term (003: "zorgdragen voor een snelle handeling",
   * 4 weeks in the preset). Absent in procedures stored before it existed: read it through `rulingTermOf`.
   */
  complianceTerm?: Term | null;
  /** A line for letters: when and how the customer can turn to this body. */
  description: string;
  /**
   * Its place in the regeling's order, 1 first; bodies sharing a number are
   * alternatives (000: the director or the DOKh officer). Absent = outside the
   * order, open at any time (001's court), and procedures stored before the order existed.
   */
  stage?: number;
  /** Open only when this holds; absent = always. */
  condition?: EscalationCondition;
}

export const JUDGES = ['uninvolved_employee', 'committee', 'owner', 'complaints_officer'] as const;
/** Who judges the complaint: an employee not involved, a committee (chair + members), the owner of the business, an independent officer. */
export type Judge = (typeof JUDGES)[number];

export interface ProcedureTerms {
  /** Send an acknowledgement of receipt within… (2 working days, 5 working days, 2 weeks). */
  acknowledge: Term | null;
  /** Inform the customer about further handling within… (10 working days in one seed). */
  furtherHandling: Term | null;
  /** A written (reasoned) response within… (4 weeks; Wkkgz 6 weeks). */
  response: Term | null;
  /** When more time is needed: notice within the response term; at most this much extra (Wkkgz 4 weeks), null = not limited. */
  extension: TermExtension;
  /** The coordinator checks with the owner every… while the complaint is open (2 weeks). */
  statusCheckEvery: Term | null;
  /** A complaint must be submitted within… of the problem arising (12 months). */
  submissionLimit: Term | null;
  /** Keep the file for… after handling (1, 3 or 5 years). */
  retention: Term | null;
}

export interface ProcedureSteps {
  /** Contact the customer first to understand the complaint and look for a solution together; if found, record and settle. */
  informalResolution: boolean;
  /** Hear all parties named in the complaint (hoor en wederhoor). */
  hearBothSides: boolean;
  /** Who decides and how the judgement is recorded. */
  judgedBy: Judge;
  /** Discuss with management when there is a material or financial interest. */
  managementOnMaterialInterest: boolean;
  /** Consult management when the owner cannot handle the complaint properly. */
  managementWhenOwnerCannotHandle: boolean;
  /** Owner assigned by a coordinator (the owner may not be involved). */
  ownerAssignment: boolean;
  /** Agree a repair term and carry out the solution; follow solutions by third parties. */
  solutionFollowUp: boolean;
  /** Investigate the cause and record corrective measures, later checked for effectiveness. */
  rootCauseAndCorrectiveActions: boolean;
  /** Management reviews after every complaint whether structural measures are needed. */
  structuralMeasuresReview: boolean;
  /** The coordinator evaluates the course of the complaint with the customer. */
  evaluation: boolean;
  /** The file closes only after the customer agrees. */
  customerAgreementBeforeClosing: boolean;
  /** A closing message states what was agreed. */
  closingMessage: boolean;
  /** Complaints are handled confidentially. */
  confidential: boolean;
  /**
   * The handling ends in a judgement: founded, partly founded or unfounded. Not under 004, where a solution,
   * the evaluation and the customer's agreement close the complaint. Absent: read it through `hasVerdict`.
   */
  verdict?: boolean;
  /** Only a written complaint counts (a spoken one is asked to be put in writing, e.g. by e-mail). Absent = false. */
  writtenSubmissionRequired?: boolean;
  /** Assigning the owner also agrees who contacts the customer, the owner or the coordinator (004). Absent: read it through `agreesCustomerContact`. */
  customerContactAtAssignment?: boolean;
}

export interface CommitteeMember {
  name: string;
  role: 'chair' | 'member';
  function: string;
  email: string;
}

export const FORMS_OF_ADDRESS = ['je', 'u'] as const;
/** How letters address the customer: informal "je" or formal "u". */
export type FormOfAddress = (typeof FORMS_OF_ADDRESS)[number];

export interface ProcedureTexts {
  /** How the customer can submit a complaint (channels, address). */
  howToSubmit: string;
  /** What the customer can do when not satisfied, quoted in the response letter. */
  notSatisfied: string;
  /** Absent = "u", the safe default for a letter to a customer. */
  formOfAddress?: FormOfAddress;
}

export interface Procedure {
  /** `${key}@${version}`: one immutable row per version. */
  id: string;
  /** The preset it started from (`m-at-zorg`, `klikklaar`, …) or `custom`. */
  key: string;
  version: number;
  /** Name as the office calls it, e.g. "Klachtenregeling zorgpraktijk (DOKh)". */
  name: string;
  /** The kind of office the preset is for, shown when picking one. */
  officeKind: string;
  /** Where the preset comes from (the seed file), for traceability. */
  source: string;
  terms: ProcedureTerms;
  steps: ProcedureSteps;
  committee: CommitteeMember[];
  escalations: EscalationBody[];
  texts: ProcedureTexts;
  /** For the office, not for letters: what the source leaves open, the defaults a preset chose for it, and the source's steps no other field holds. */
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** Where the regeling settles at first contact (000), it first judges how serious the complaint is: the intake may record that judgement too. */
export function judgesSeriousness(procedure: Pick<Procedure, 'steps'>): boolean {
  return procedure.steps.informalResolution;
}
