/**
 * Seed 003: "Datum van binnenkomst van deze mail is de datum waarop de klacht is ontvangen". A dropped e-mail's date of
 * receipt is its arrival (the topmost Received header of an .eml, Outlook's delivery time of a .msg), not the sender's
 * Date header, which only stands in when the mail says nothing about its arrival.
 */
import { describe, expect, it } from 'vitest';
import { arrivalFromReceived, intakeFromEmail, parseEmailFile, parseMailDate, type ParsedEmail } from '../../src-renderer/src/mail';
import { inDutchTimeZone, mailFixture } from './support/mail';

inDutchTimeZone();

const NOW = new Date('2026-05-20T10:00:00Z');
const eml = (...headers: string[]) =>
  new TextEncoder().encode([...headers, 'From: Jan de Vries <jan@example.nl>', 'Subject: Klacht', 'Content-Type: text/plain; charset=utf-8', '', 'Tekst', ''].join('\r\n'));

describe('the arrival of an .eml', () => {
  it('is the date of the topmost Received header, read over its folded lines, not the Date the sender wrote', async () => {
    const mail = await parseEmailFile(
      'klacht.eml',
      eml(
        // Added last, by the office's own mailbox server: written on top.
        'Received: from mx2.kantoor.example (mx2.kantoor.example [10.0.0.2])',
        '\tby mailbox.kantoor.example with LMTP id 7Hq2',
        '\tfor <klachten@kantoor.example>; Thu, 14 May 2026 00:03:41 +0200 (CEST)',
        'Received: from mail.example.nl (mail.example.nl [192.0.2.10])',
        '        by mx2.kantoor.example (Postfix) with ESMTPS id 9F2',
        '        for <klachten@kantoor.example>; Wed, 13 May 2026 22:03:39 +0000',
        'Date: Wed, 13 May 2026 23:58:00 +0200',
      ),
    );
    expect(mail.date).toBe('2026-05-13T21:58:00.000Z');
    expect(mail.arrival).toEqual({ at: '2026-05-13T22:03:41.000Z', source: 'received_header' });
    // Sent before midnight, arrived after it: Hemelvaartsdag is the date of receipt.
    expect(intakeFromEmail(mail, NOW)).toMatchObject({ receivedAt: '14-05-2026 00:03', receiptSource: 'received_header' });
  });

  it('skips a Received header without a readable date and takes the next one', () => {
    expect(
      arrivalFromReceived([
        'from localhost by mailbox.kantoor.example with LMTP',
        'from a by b; 31 Feb 2026 10:00:00 +0100',
        'from c (comment; with a semicolon) by d; Fri, 15 May 2026 09:30:00 +0200',
      ]),
    ).toBe('2026-05-15T07:30:00.000Z');
    expect(arrivalFromReceived([])).toBeNull();
  });

  it('falls back to the Date header when there is no Received header, and says so', async () => {
    const mail = await parseEmailFile('klacht.eml', eml('Date: Wed, 13 May 2026 23:58:00 +0200'));
    expect(mail.arrival).toBeNull();
    expect(intakeFromEmail(mail, NOW)).toMatchObject({ receivedAt: '13-05-2026 23:58', receiptSource: 'date_header' });
  });

  it('takes the moment of intake when the mail has no date at all, or only one in the future', () => {
    const bare: ParsedEmail = { from: null, to: [], date: null, arrival: null, subject: 'Klacht', text: '', html: null, attachments: [] };
    expect(intakeFromEmail(bare, NOW)).toMatchObject({ receivedAt: '20-05-2026 12:00', receiptSource: 'intake_time' });
    const future = { ...bare, arrival: { at: '2026-06-01T08:00:00.000Z', source: 'received_header' as const } };
    expect(intakeFromEmail(future, NOW)).toMatchObject({ receivedAt: '20-05-2026 12:00', receiptSource: 'intake_time' });
  });
});

describe('mail dates in trace headers', () => {
  it('keep their own time zone whatever zone the machine is in', () => {
    expect(parseMailDate('Thu, 14 May 2026 00:03:41 +0200')).toBe('2026-05-13T22:03:41.000Z');
    expect(parseMailDate('Wed, 13 May 2026 15:03:41 -0700 (PDT)')).toBe('2026-05-13T22:03:41.000Z');
    expect(parseMailDate('13 May 2026 15:03:41 PDT')).toBe('2026-05-13T22:03:41.000Z');
    expect(parseMailDate('Wed, 13 May 2026 22:03:41 GMT')).toBe('2026-05-13T22:03:41.000Z');
    expect(parseMailDate('Wed, 13 May 2026 22:03:41 -0000')).toBe('2026-05-13T22:03:41.000Z');
    expect(parseMailDate('Thu, 14 May 2026 05:33 +0730')).toBe('2026-05-13T22:03:00.000Z');
    // An obsolete two-digit year, and comments anywhere.
    expect(parseMailDate('Thu, 14 May 26 00:03:41 (local) +0200 (CEST)')).toBe('2026-05-13T22:03:41.000Z');
  });

  it('refuse what is no date instead of guessing', () => {
    expect(parseMailDate('31 Feb 2026 10:00:00 +0100')).toBeNull();
    expect(parseMailDate('14 Mei 2026 10:00:00 +0200')).toBeNull();
    expect(parseMailDate('14 May 2026 24:00:00 +0200')).toBeNull();
    expect(parseMailDate('gisteren')).toBeNull();
  });
});

describe('the arrival of an Outlook .msg', () => {
  it('is its delivery time, not the time it was sent', async () => {
    const mail = await parseEmailFile('klacht.msg', mailFixture('dutch-html-ansi.msg'));
    expect(mail.date).toBe('2026-03-13T08:41:00.000Z');
    expect(mail.arrival).toEqual({ at: '2026-03-13T08:41:07.000Z', source: 'delivery_time' });
    expect(intakeFromEmail(mail, NOW).receiptSource).toBe('delivery_time');
  });
});
