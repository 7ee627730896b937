import { z } from 'zod';
import { ESCALATION_CONDITIONS, ESCALATION_KINDS, FORMS_OF_ADDRESS, JUDGES, MAX_ESCALATION_STAGE, TERM_UNITS, type Procedure } from '../procedure';
import { MESSAGES as FIELD_MESSAGES, requiredText } from '../validation';

/**
 * The schema a procedure must pass before it is stored: the presets in tests,
 * and the office's own edits in the settings form, with the Dutch messages the
 * form shows next to each field.
 */

export const MAX_TERM_AMOUNT = 120;
export const MAX_EXTENSION_COUNT = 10;
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const PROCEDURE_MESSAGES = {
  termAmount: `Vul een heel getal van 0 tot en met ${MAX_TERM_AMOUNT} in`,
  extensionCount: `Vul een heel getal van 1 tot en met ${MAX_EXTENSION_COUNT} in, of laat het leeg als er geen maximum is`,
  termUnit: 'Kies werkdagen, dagen, weken, maanden of jaren',
  procedureName: 'Vul de naam van de klachtenregeling in',
  bodyName: 'Vul de naam van de instantie in',
  memberName: 'Vul de naam van het commissielid in',
  memberRole: 'Kies voorzitter of lid',
  escalationKind: 'Kies het soort instantie',
  escalationStage: `Vul een heel getal van 1 tot en met ${MAX_ESCALATION_STAGE} in, of laat het leeg als de klant er altijd terecht kan`,
  escalationCondition: 'Kies wanneer de klant zich tot deze instantie kan wenden',
  judge: 'Kies wie de klacht beoordeelt',
  formOfAddress: 'Kies je of u',
  howToSubmit: 'Beschrijf hoe een klant een klacht kan indienen',
  email: FIELD_MESSAGES.email,
  website: 'Vul een geldig webadres in, bijvoorbeeld https://www.voorbeeld.nl',
  code: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld geschilleninstantie',
  duplicateBody: 'Deze code is al gebruikt voor een andere instantie; geef elke instantie een eigen code',
  chairRequired: 'Een klachtencommissie heeft een voorzitter nodig',
  oneChair: 'Een commissie heeft één voorzitter',
  version: 'Het versienummer is een heel getal vanaf 1',
  versionId: 'De code van de versie moet sleutel@versie zijn',
  timestamp: 'Vul een geldig tijdstip in',
  tooLong: FIELD_MESSAGES.tooLong,
} as const;

/** The longest texts the procedure editor takes; its fields refuse a longer paste at once. */
export const PROCEDURE_TEXT_LIMITS = { escalationDescription: 2000, howToSubmit: 4000, notSatisfied: 4000 } as const;

const text = (max: number) => z.string().trim().max(max, PROCEDURE_MESSAGES.tooLong(max));

const email = text(254).refine((value) => value === '' || z.email().safeParse(value).success, PROCEDURE_MESSAGES.email);

function isWebsite(value: string): boolean {
  try {
    const url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const website = text(500).refine((value) => value === '' || isWebsite(value), PROCEDURE_MESSAGES.website);

export const termSchema = z.object({
  // The settings form turns an empty or unreadable amount into NaN, which must get this message too.
  amount: z
    .number({ error: PROCEDURE_MESSAGES.termAmount })
    .int(PROCEDURE_MESSAGES.termAmount)
    .min(0, PROCEDURE_MESSAGES.termAmount)
    .max(MAX_TERM_AMOUNT, PROCEDURE_MESSAGES.termAmount),
  unit: z.enum(TERM_UNITS, { error: PROCEDURE_MESSAGES.termUnit }),
});

export const termExtensionSchema = z.object({
  allowed: z.boolean(),
  maxExtra: termSchema.nullable(),
  noticeRequired: z.boolean(),
  maxCount: z
    .number({ error: PROCEDURE_MESSAGES.extensionCount })
    .int(PROCEDURE_MESSAGES.extensionCount)
    .min(1, PROCEDURE_MESSAGES.extensionCount)
    .max(MAX_EXTENSION_COUNT, PROCEDURE_MESSAGES.extensionCount)
    .nullable()
    .optional(),
});

export const escalationBodySchema = z.object({
  id: z.string().regex(CODE, PROCEDURE_MESSAGES.code),
  kind: z.enum(ESCALATION_KINDS, { error: PROCEDURE_MESSAGES.escalationKind }),
  name: requiredText(200, PROCEDURE_MESSAGES.bodyName),
  address: z.array(text(200)).max(10),
  email,
  website,
  decisionTerm: termSchema.nullable(),
  binding: z.boolean(),
  extension: termExtensionSchema.optional(),
  complianceTerm: termSchema.nullable().optional(),
  description: text(PROCEDURE_TEXT_LIMITS.escalationDescription),
  stage: z
    .number({ error: PROCEDURE_MESSAGES.escalationStage })
    .int(PROCEDURE_MESSAGES.escalationStage)
    .min(1, PROCEDURE_MESSAGES.escalationStage)
    .max(MAX_ESCALATION_STAGE, PROCEDURE_MESSAGES.escalationStage)
    .optional(),
  condition: z.enum(ESCALATION_CONDITIONS, { error: PROCEDURE_MESSAGES.escalationCondition }).optional(),
});

export const committeeMemberSchema = z.object({
  name: requiredText(200, PROCEDURE_MESSAGES.memberName),
  role: z.enum(['chair', 'member'], { error: PROCEDURE_MESSAGES.memberRole }),
  function: text(200),
  email,
});

const nullableTerm = termSchema.nullable();

export const procedureSchema = z
  .object({
    id: z.string(),
    key: z.string().regex(CODE, PROCEDURE_MESSAGES.code),
    version: z.number().int(PROCEDURE_MESSAGES.version).min(1, PROCEDURE_MESSAGES.version),
    name: requiredText(200, PROCEDURE_MESSAGES.procedureName),
    officeKind: text(300),
    source: text(500),
    terms: z.object({
      acknowledge: nullableTerm,
      furtherHandling: nullableTerm,
      response: nullableTerm,
      extension: termExtensionSchema,
      statusCheckEvery: nullableTerm,
      submissionLimit: nullableTerm,
      retention: nullableTerm,
    }),
    steps: z.object({
      informalResolution: z.boolean(),
      hearBothSides: z.boolean(),
      judgedBy: z.enum(JUDGES, { error: PROCEDURE_MESSAGES.judge }),
      managementOnMaterialInterest: z.boolean(),
      managementWhenOwnerCannotHandle: z.boolean(),
      ownerAssignment: z.boolean(),
      solutionFollowUp: z.boolean(),
      rootCauseAndCorrectiveActions: z.boolean(),
      structuralMeasuresReview: z.boolean(),
      evaluation: z.boolean(),
      customerAgreementBeforeClosing: z.boolean(),
      closingMessage: z.boolean(),
      confidential: z.boolean(),
      writtenSubmissionRequired: z.boolean().optional(),
      verdict: z.boolean().optional(),
      customerContactAtAssignment: z.boolean().optional(),
    }),
    committee: z.array(committeeMemberSchema).max(20),
    escalations: z.array(escalationBodySchema).max(20),
    texts: z.object({
      howToSubmit: requiredText(PROCEDURE_TEXT_LIMITS.howToSubmit, PROCEDURE_MESSAGES.howToSubmit),
      notSatisfied: text(PROCEDURE_TEXT_LIMITS.notSatisfied),
      formOfAddress: z.enum(FORMS_OF_ADDRESS, { error: PROCEDURE_MESSAGES.formOfAddress }).optional(),
    }),
    notes: text(8000).optional(),
    createdAt: z.iso.datetime({ error: PROCEDURE_MESSAGES.timestamp }),
    updatedAt: z.iso.datetime({ error: PROCEDURE_MESSAGES.timestamp }),
  })
  .superRefine((procedure, context) => {
    if (procedure.id !== `${procedure.key}@${procedure.version}`) {
      context.addIssue({ code: 'custom', path: ['id'], message: PROCEDURE_MESSAGES.versionId });
    }
    // A complaint's escalation names its body by id, so two bodies with one id would be confused.
    const seen = new Set<string>();
    procedure.escalations.forEach((body, index) => {
      if (seen.has(body.id)) context.addIssue({ code: 'custom', path: ['escalations', index, 'id'], message: PROCEDURE_MESSAGES.duplicateBody });
      seen.add(body.id);
    });
    const chairs = procedure.committee.filter((member) => member.role === 'chair').length;
    if (procedure.steps.judgedBy === 'committee' && chairs === 0) {
      context.addIssue({ code: 'custom', path: ['committee'], message: PROCEDURE_MESSAGES.chairRequired });
    }
    if (chairs > 1) context.addIssue({ code: 'custom', path: ['committee'], message: PROCEDURE_MESSAGES.oneChair });
  }) satisfies z.ZodType<Procedure>;
