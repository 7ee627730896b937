/**
 * The schemas for the intake and for editing, with the Dutch messages the form
 * shows. Inputs are what form fields hold (strings, a checkbox boolean, a
 * comma-separated list); outputs are what is stored. Use with react-hook-form:
 *   useForm<IntakeInput, unknown, IntakeOutput>({ resolver: zodResolver(intakeSchema) })
 * Checks that must appear together with other fields' messages are refinements,
 * not transforms: a failing transform in zod 4 stops the object's refinements.
 */
import { z } from 'zod';
import { CHANNELS, RECEIPT_SOURCES, SALUTATIONS } from './model';
import { startOfMinute } from 'date-fns';
import { localDay, parseDateOnly, parseDateTime } from './dates';
import { isValidPhone } from './phone';
import { COUNTRIES, COUNTRY_LABELS, DEFAULT_COUNTRY, type Country } from './countries';
import { normalizePostcode, POSTCODE_EXAMPLES } from './postcode';
import { cleanLine, cleanMultiline, splitList } from './text';
import { dutchNumber } from './dutchNumber';

/** Computers at a desk drift a little; a receipt "now" must never be refused. */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export const MESSAGES = {
  nameRequired: 'Vul de naam van de klant in',
  phone: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06-12345678',
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
  postcode: 'Vul een geldige postcode in, bijvoorbeeld 1234 AB',
  country: 'Kies het land van het adres',
  salutation: 'Kies een aanhef',
  channel: 'Kies hoe de klacht binnenkwam',
  receivedAtRequired: 'Vul de datum en tijd van ontvangst in',
  receivedAtInvalid: 'Vul een geldige datum en tijd van ontvangst in, bijvoorbeeld 21-11-2026 09:30',
  receivedAtFuture: 'De ontvangstdatum mag niet in de toekomst liggen',
  problemDateInvalid: 'Vul een geldige datum in, bijvoorbeeld 31-01-2026',
  problemDateFuture: 'De datum waarop het probleem ontstond mag niet in de toekomst liggen',
  problemDateAfterReceipt: 'Het probleem kan niet na de ontvangst van de klacht zijn ontstaan',
  summaryRequired: 'Vul een korte samenvatting in',
  customerRequired: 'Kies een bestaande klant of vul de gegevens van een nieuwe klant in',
  representativeNameRequired: 'Vul de naam van de gemachtigde in, of maak alle velden van de gemachtigde leeg',
  tooLong: (max: number) => `Gebruik hoogstens ${dutchNumber(max)} tekens`,
  tooManyEmployees: (max: number) => `Noem hoogstens ${dutchNumber(max)} medewerkers`,
} as const;

/**
 * The longest text each field of a customer or complaint takes. The forms
 * refuse longer input at once (a 10 MB paste never reaches a draft); the
 * schemas below check it again for whatever did not come through a form.
 */
export const TEXT_LIMITS = {
  name: 200,
  relation: 100,
  street: 200,
  city: 100,
  customerNumber: 50,
  phone: 50,
  email: 254,
  summary: 200,
  description: 10_000,
  category: 100,
  productOrService: 200,
  remedySought: 2000,
  employeeName: 100,
} as const;

const MAX_EMPLOYEES = 20;
/** The employees field types the list as one line: every name at its longest, with a comma and space between. */
export const EMPLOYEES_FIELD_MAX = MAX_EMPLOYEES * (TEXT_LIMITS.employeeName + 2);

// Every one-line text is cleaned of control and bidi-override characters before it is checked (see text.ts).
const optionalText = (max: number) => z.string().overwrite(cleanLine).trim().max(max, MESSAGES.tooLong(max)).default('');

const optionalMultilineText = (max: number) => z.string().overwrite(cleanMultiline).trim().max(max, MESSAGES.tooLong(max)).default('');

/** A one-line text that must be filled in: `message` when it is missing or blank. */
export const requiredText = (max: number, message: string) =>
  z.string({ error: message }).overwrite(cleanLine).trim().min(1, message).max(max, MESSAGES.tooLong(max));

/** The id of a record to link to; an empty string from a hidden field means none (null). */
export const optionalId = z
  .string()
  .trim()
  .nullable()
  .optional()
  .transform((id) => (id ? id : null));

const phoneField = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidPhone(v), MESSAGES.phone)
  .default('');

const emailField = z
  .string()
  .trim()
  .refine((v) => v === '' || (v.length <= TEXT_LIMITS.email && z.email().safeParse(v).success), MESSAGES.email)
  .default('');

/**
 * The gemachtigde as the form sends it. All fields blank means nobody acts for
 * the customer (null); anything filled in needs a name.
 */
export const representativeSchema = z
  .object({
    name: optionalText(TEXT_LIMITS.name),
    relation: optionalText(TEXT_LIMITS.relation),
    phone: phoneField,
    email: emailField,
  })
  .superRefine((representative, ctx) => {
    const filled = Object.values(representative).some((value) => value !== '');
    if (filled && representative.name === '') {
      ctx.addIssue({ code: 'custom', path: ['name'], message: MESSAGES.representativeNameRequired });
    }
  })
  .transform((representative) => (representative.name === '' ? null : representative));

export const customerInputSchema = z.object({
  name: requiredText(TEXT_LIMITS.name, MESSAGES.nameRequired),
  salutation: z.enum(SALUTATIONS, { error: MESSAGES.salutation }).default('neutral'),
  phone: phoneField,
  email: emailField,
  street: optionalText(TEXT_LIMITS.street),
  postcode: z.string().trim().default(''),
  city: optionalText(TEXT_LIMITS.city),
  country: z.enum(COUNTRIES, { error: MESSAGES.country }).default(DEFAULT_COUNTRY),
  customerNumber: optionalText(TEXT_LIMITS.customerNumber),
  /**
   * The gemachtigde. Left out (undefined) it stays as stored, so a form without
   * these fields never wipes it; null or all fields blank means nobody.
   */
  representative: representativeSchema.nullable().optional(),
})
  // The postcode is checked against the country it is in: a refinement beside the other fields' messages.
  .superRefine((customer, ctx) => {
    if (customer.postcode !== '' && normalizePostcode(customer.postcode, customer.country) === null) {
      ctx.addIssue({ code: 'custom', path: ['postcode'], message: postcodeMessage(customer.country) });
    }
  })
  .transform((customer) => ({ ...customer, postcode: customer.postcode === '' ? '' : (normalizePostcode(customer.postcode, customer.country) ?? customer.postcode) }));

function postcodeMessage(country: Country): string {
  const example = POSTCODE_EXAMPLES[country];
  if (country === 'NL') return MESSAGES.postcode;
  return example
    ? `Vul een geldige postcode voor ${COUNTRY_LABELS[country]} in, bijvoorbeeld ${example}`
    : 'Vul een geldige postcode in: letters, cijfers, spaties of streepjes, hoogstens 10 tekens';
}
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerInputOutput = z.output<typeof customerInputSchema>;

/** `now` is injected so tests can fix the clock; the app uses `complaintInputSchema`. */
export function makeComplaintInputSchema(now: () => Date) {
  return z
    .object({
      channel: z.enum(CHANNELS, { error: MESSAGES.channel }).default('phone'),
      receivedAt: z
        .string({ error: MESSAGES.receivedAtRequired })
        .trim()
        .superRefine((value, ctx) => {
          if (value === '') return void ctx.addIssue({ code: 'custom', message: MESSAGES.receivedAtRequired });
          const date = parseDateTime(value);
          if (!date) return void ctx.addIssue({ code: 'custom', message: MESSAGES.receivedAtInvalid });
          if (date.getTime() > now().getTime() + CLOCK_TOLERANCE_MS) {
            ctx.addIssue({ code: 'custom', message: MESSAGES.receivedAtFuture });
          }
        })
        // Whole minutes, as the datetime field shows them: re-saving an unchanged form is then no change.
        .transform((value) => startOfMinute(parseDateTime(value) ?? new Date(NaN)).toISOString()),
      problemArisenOn: z
        .string()
        .trim()
        .superRefine((value, ctx) => {
          if (value === '') return;
          const date = parseDateOnly(value);
          if (!date) return void ctx.addIssue({ code: 'custom', message: MESSAGES.problemDateInvalid });
          if (localDay(date) > localDay(now())) ctx.addIssue({ code: 'custom', message: MESSAGES.problemDateFuture });
        })
        // Stored as yyyy-MM-dd whatever way it was typed, so days compare as strings.
        .transform((value) => {
          const date = value === '' ? null : parseDateOnly(value);
          return date ? localDay(date) : value;
        })
        .default(''),
      summary: requiredText(TEXT_LIMITS.summary, MESSAGES.summaryRequired),
      description: optionalMultilineText(TEXT_LIMITS.description),
      category: optionalText(TEXT_LIMITS.category),
      productOrService: optionalText(TEXT_LIMITS.productOrService),
      employeesInvolved: z
        .union([z.string(), z.array(z.string())])
        .transform((value) => (typeof value === 'string' ? splitList(value) : value).map((name) => cleanLine(name).trim()).filter(Boolean))
        .pipe(z.array(z.string().max(TEXT_LIMITS.employeeName, MESSAGES.tooLong(TEXT_LIMITS.employeeName))).max(MAX_EMPLOYEES, MESSAGES.tooManyEmployees(MAX_EMPLOYEES)))
        .default([]),
      remedySought: optionalText(TEXT_LIMITS.remedySought),
      confidential: z.boolean().default(false),
      // Set by the intake when the date of receipt was read off a dropped e-mail; never a form field of its own.
      receiptSource: z.enum(RECEIPT_SOURCES).nullable().optional(),
    })
    .superRefine((complaint, ctx) => {
      const received = parseDateTime(complaint.receivedAt);
      const problemDay = complaint.problemArisenOn;
      // A date in the future already has its own message; one message per field.
      if (!received || !parseDateOnly(problemDay) || problemDay > localDay(now())) return;
      if (problemDay > localDay(received)) {
        ctx.addIssue({ code: 'custom', path: ['problemArisenOn'], message: MESSAGES.problemDateAfterReceipt });
      }
    });
}
export type ComplaintInputSchema = ReturnType<typeof makeComplaintInputSchema>;
export type ComplaintInput = z.input<ComplaintInputSchema>;
export type ComplaintInputOutput = z.output<ComplaintInputSchema>;

export function makeIntakeSchema(now: () => Date) {
  return z
    .object({
      customerId: optionalId,
      // Only validated when no existing customer is picked: then stale typing in the
      // new-customer fields must not block the intake.
      customer: z.custom<CustomerInput>().nullable().optional(),
      complaint: makeComplaintInputSchema(now),
      // 000 asks to judge how serious a complaint is; optional at intake so a phone call is not held up. '' = not judged yet.
      seriousness: z.enum(['', 'yes', 'no']).default(''),
    })
    .superRefine((intake, ctx) => {
      if (intake.customerId !== null) return;
      if (intake.customer == null) {
        return void ctx.addIssue({ code: 'custom', path: ['customer', 'name'], message: MESSAGES.customerRequired });
      }
      const result = customerInputSchema.safeParse(intake.customer);
      for (const issue of result.error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', path: ['customer', ...issue.path], message: issue.message });
      }
    })
    .transform((intake) => ({
      customerId: intake.customerId,
      customer: intake.customerId === null ? customerInputSchema.parse(intake.customer) : null,
      complaint: intake.complaint,
      seriousness: intake.seriousness,
    }));
}
export type IntakeSchema = ReturnType<typeof makeIntakeSchema>;
export type IntakeInput = z.input<IntakeSchema>;
export type IntakeOutput = z.output<IntakeSchema>;

const realClock = () => new Date();
export const complaintInputSchema = makeComplaintInputSchema(realClock);
export const intakeSchema = makeIntakeSchema(realClock);
