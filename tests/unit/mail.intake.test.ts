import { describe, expect, it } from 'vitest';
import { makeComplaintInputSchema } from '../../src-renderer/src/domain/validation';
import { intakeFromEmail, nameFromAddress, parseEmailFile, type ParsedEmail } from '../../src-renderer/src/mail';
import { inDutchTimeZone, mailFixture } from './support/mail';

inDutchTimeZone();

const NOW = new Date('2026-04-01T10:00:00Z');

function mail(overrides: Partial<ParsedEmail>): ParsedEmail {
  return { from: null, to: [], date: null, arrival: null, subject: '', text: '', html: null, attachments: [], ...overrides };
}

describe('intake from a dropped e-mail', () => {
  it('fills channel, the mail arrival as received date, subject, body and sender', async () => {
    const parsed = await parseEmailFile('plain.eml', mailFixture('plain.eml'));
    const intake = intakeFromEmail(parsed, NOW);
    expect(intake).toEqual({
      channel: 'email',
      // Received: …; Mon, 9 Mar 2026 14:07:33 +0100 (CET) -> Dutch local time.
      receivedAt: '09-03-2026 14:07',
      receiptSource: 'received_header',
      summary: 'Klacht over bezorging bestelling 2026-0312',
      description: parsed.text,
      customer: { name: 'Jan de Vries', email: 'j.devries@example.nl' },
    });
  });

  it('shows the mail time in local time, also across summer time', () => {
    expect(intakeFromEmail(mail({ date: '2026-03-11T16:30:11.000Z' }), NOW).receivedAt).toBe('11-03-2026 17:30');
    expect(intakeFromEmail(mail({ date: '2026-03-30T06:05:00.000Z' }), NOW).receivedAt).toBe('30-03-2026 08:05');
  });

  it('passes the intake validation as it stands', async () => {
    for (const name of ['plain.eml', 'html-only.eml', 'quoted-printable.eml', 'latin1-subject.eml', 'attachments.eml', 'dutch-html-ansi.msg']) {
      const intake = intakeFromEmail(await parseEmailFile(name, mailFixture(name)), NOW);
      const { customer, ...complaint } = intake;
      const result = makeComplaintInputSchema(() => NOW).safeParse({ ...complaint });
      expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      expect(customer.email).toMatch(/@/);
      expect(customer.name).not.toBe('');
    }
  });

  it('makes a readable name from the address when the sender gave none', async () => {
    const intake = intakeFromEmail(await parseEmailFile('html-only.eml', mailFixture('html-only.eml')), NOW);
    expect(intake.customer).toEqual({ name: 'M. Jansen-Bakker', email: 'm.jansen-bakker@example.nl' });
    expect(nameFromAddress('jan.de.vries+klacht@example.nl')).toBe('Jan de Vries');
    expect(nameFromAddress('van.dijk@example.nl')).toBe('Van Dijk');
    expect(nameFromAddress('p_van_der_berg@example.nl')).toBe('P. van der Berg');
    expect(nameFromAddress('INFO@example.nl')).toBe('Info');
    expect(nameFromAddress('1234@example.nl')).toBe('');
  });

  it('keeps the sender address in lower case and drops one that is no address', () => {
    expect(intakeFromEmail(mail({ from: { name: 'A', address: 'A.Visser@Example.NL' } }), NOW).customer.email).toBe('a.visser@example.nl');
    expect(intakeFromEmail(mail({ from: { name: 'Exchange', address: '/O=EXCHANGELABS/OU=X/CN=RECIPIENTS' } }), NOW).customer).toEqual({
      name: 'Exchange',
      email: '',
    });
  });

  it('without a date, or with one in the future, the moment of intake is used', () => {
    expect(intakeFromEmail(mail({ date: null }), NOW).receivedAt).toBe('01-04-2026 12:00');
    expect(intakeFromEmail(mail({ date: '2027-01-01T00:00:00Z' }), NOW).receivedAt).toBe('01-04-2026 12:00');
  });

  it('cuts the summary to 200 and the description to 10,000 characters', () => {
    const intake = intakeFromEmail(mail({ subject: `Klacht ${'over de bezorging '.repeat(20)}`, text: 'x'.repeat(12_000) }), NOW);
    expect(intake.summary).toHaveLength(200);
    expect(intake.summary.endsWith('…')).toBe(true);
    expect(intake.description).toHaveLength(10_000);
    expect(intake.description).toMatch(/ingekort; het volledige bericht staat op het prikbord\]$/);
  });

  it('never cuts through an emoji', () => {
    const summary = intakeFromEmail(mail({ subject: `${'a'.repeat(198)}😡😡` }), NOW).summary;
    expect(summary).toBe(`${'a'.repeat(198)}…`);
  });

  it('folds a multi-line subject to one line and uses the first body line when there is no subject', () => {
    expect(intakeFromEmail(mail({ subject: 'Klacht\n  over   levering' }), NOW).summary).toBe('Klacht over levering');
    expect(intakeFromEmail(mail({ subject: '  ', text: '\n\nMijn pakket is zoek.\nGraag actie.' }), NOW).summary).toBe('Mijn pakket is zoek.');
  });
});
