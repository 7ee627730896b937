import { describe, expect, it } from 'vitest';
import { isValidPhone, normalizePhone } from '../../src-renderer/src/domain/phone';
import { normalizePostcode } from '../../src-renderer/src/domain/postcode';
import {
  customerInputSchema,
  makeComplaintInputSchema,
  makeIntakeSchema,
  MESSAGES,
} from '../../src-renderer/src/domain/validation';
import { intake, NOW } from './support/db';

/** Field path -> message, and fails when a field gets two messages: the form shows one. */
function fieldMessages(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const messages: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.join('.');
    expect(messages[key], `second message for ${key}`).toBeUndefined();
    messages[key] = issue.message;
  }
  return messages;
}

describe('phone numbers', () => {
  const good = [
    '06-12345678',
    '0612345678',
    '+31 6 1234 5678',
    '0031612345678',
    '0182-359823',
    '020 123 4567',
    '(020) 1234567',
    '+31 (0)6 1234 5678',
    '0800-0123',
    '+32 470 12 34 56',
  ];
  it.each(good)('accepts %s', (phone) => {
    expect(isValidPhone(phone)).toBe(true);
    expect(customerInputSchema.safeParse({ name: 'A', phone }).success).toBe(true);
  });

  const bad = ['06-1234567', '12345', 'abc', '06-1234567a', 'bel me', '0612345678901', '+31'];
  it.each(bad)('refuses %s with the Dutch message', (phone) => {
    expect(isValidPhone(phone)).toBe(false);
    expect(fieldMessages(customerInputSchema.safeParse({ name: 'A', phone })).phone).toBe(MESSAGES.phone);
  });

  it('brings every notation of one number to the same digits', () => {
    const forms = ['06-12345678', '0612345678', '+31 6 1234 5678', '0031612345678', '+31 (0)6 1234 5678', '+31 06 12345678'];
    expect(new Set(forms.map(normalizePhone))).toEqual(new Set(['0612345678']));
    expect(normalizePhone('(020) 123 4567')).toBe('0201234567');
  });
});

describe('postcodes', () => {
  it.each([
    ['1234ab', '1234 AB'],
    ['1234 ab', '1234 AB'],
    [' 9999ZZ ', '9999 ZZ'],
  ])('normalizes %s to %s', (typed, stored) => {
    expect(normalizePostcode(typed)).toBe(stored);
    expect(customerInputSchema.parse({ name: 'A', postcode: typed }).postcode).toBe(stored);
  });

  it.each(['0123 AB', '1234 SA', '1234 sd', '1234 SS', '123 AB', '12345 AB', '1234 A1'])('refuses %s', (postcode) => {
    expect(normalizePostcode(postcode)).toBeNull();
    expect(fieldMessages(customerInputSchema.safeParse({ name: 'A', postcode })).postcode).toBe(MESSAGES.postcode);
  });
});

describe('customer input', () => {
  it('requires a name', () => {
    expect(fieldMessages(customerInputSchema.safeParse({ name: '   ' })).name).toBe('Vul de naam van de klant in');
    expect(fieldMessages(customerInputSchema.safeParse({})).name).toBe('Vul de naam van de klant in');
  });

  it('accepts an empty or valid e-mail address and refuses a broken one', () => {
    expect(customerInputSchema.safeParse({ name: 'A', email: '' }).success).toBe(true);
    expect(customerInputSchema.safeParse({ name: 'A', email: ' piet@voorbeeld.nl ' }).success).toBe(true);
    expect(fieldMessages(customerInputSchema.safeParse({ name: 'A', email: 'piet@' })).email).toBe(MESSAGES.email);
  });

  it('fills defaults for fields a form leaves out', () => {
    expect(customerInputSchema.parse({ name: ' Anna ' })).toMatchObject({ name: 'Anna', salutation: 'neutral', phone: '', postcode: '' });
  });

  it('limits free text', () => {
    expect(customerInputSchema.safeParse({ name: 'A', city: 'x'.repeat(101) }).success).toBe(false);
    expect(customerInputSchema.safeParse({ name: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('complaint input', () => {
  const schema = makeComplaintInputSchema(() => NOW);
  const base = intake().complaint;

  it('stores the local receipt time as ISO', () => {
    const parsed = schema.parse({ ...base, receivedAt: '2026-03-10T09:15' });
    expect(parsed.receivedAt).toBe(new Date(2026, 2, 10, 9, 15).toISOString());
    expect(parsed.channel).toBe('phone');
  });

  it('refuses a receipt in the future, allowing a few minutes of clock drift', () => {
    expect(fieldMessages(schema.safeParse({ ...base, receivedAt: '2026-03-10T15:30' })).receivedAt).toBe(
      'De ontvangstdatum mag niet in de toekomst liggen',
    );
    expect(schema.safeParse({ ...base, receivedAt: '2026-03-10T14:33' }).success).toBe(true);
  });

  it('requires a valid receipt date', () => {
    expect(fieldMessages(schema.safeParse({ ...base, receivedAt: '' })).receivedAt).toBe(MESSAGES.receivedAtRequired);
    expect(fieldMessages(schema.safeParse({ ...base, receivedAt: '10-03-2026' })).receivedAt).toBe(MESSAGES.receivedAtInvalid);
  });

  it('refuses a problem date after the receipt or in the future', () => {
    expect(fieldMessages(schema.safeParse({ ...base, receivedAt: '2026-03-01T10:00', problemArisenOn: '2026-03-05' })).problemArisenOn).toBe(
      MESSAGES.problemDateAfterReceipt,
    );
    expect(fieldMessages(schema.safeParse({ ...base, problemArisenOn: '2026-03-11' })).problemArisenOn).toBe(MESSAGES.problemDateFuture);
    expect(fieldMessages(schema.safeParse({ ...base, problemArisenOn: '2026-02-30' })).problemArisenOn).toBe(MESSAGES.problemDateInvalid);
    expect(schema.safeParse({ ...base, problemArisenOn: '2026-03-10' }).success).toBe(true);
  });

  it('requires a summary of at most 200 characters', () => {
    expect(fieldMessages(schema.safeParse({ ...base, summary: ' ' })).summary).toBe('Vul een korte samenvatting in');
    expect(schema.safeParse({ ...base, summary: 'x'.repeat(201) }).success).toBe(false);
    expect(schema.safeParse({ ...base, description: 'x'.repeat(10_001) }).success).toBe(false);
  });

  it('takes employees as typed in one field or as a list', () => {
    expect(schema.parse({ ...base, employeesInvolved: ' Piet, Marieke ,, ' }).employeesInvolved).toEqual(['Piet', 'Marieke']);
    expect(schema.parse({ ...base, employeesInvolved: ['Piet ', ''] }).employeesInvolved).toEqual(['Piet']);
  });
});

describe('intake', () => {
  const schema = makeIntakeSchema(() => NOW);

  it('validates the new customer and the complaint together, with form paths', () => {
    const result = schema.safeParse(intake({ customer: { name: '', phone: 'abc' }, complaint: { summary: '' } }));
    expect(fieldMessages(result)).toMatchObject({
      'customer.name': MESSAGES.nameRequired,
      'customer.phone': MESSAGES.phone,
      'complaint.summary': MESSAGES.summaryRequired,
    });
  });

  it('ignores the customer fields when an existing customer is picked', () => {
    const parsed = schema.parse({ ...intake({ customer: { name: '', phone: 'abc' } }), customerId: 'c-1' });
    expect(parsed.customerId).toBe('c-1');
    expect(parsed.customer).toBeNull();
  });

  it('treats an empty customer id as no customer picked', () => {
    const parsed = schema.parse({ ...intake(), customerId: '' });
    expect(parsed.customerId).toBeNull();
    expect(parsed.customer?.postcode).toBe('2801 AB');
  });

  it('accepts its own output again, so repositories can re-validate', () => {
    const once = schema.parse(intake({ complaint: { employeesInvolved: 'Piet' } }));
    expect(schema.parse(once)).toEqual(once);
  });
});
