import { describe, expect, it } from 'vitest';
import { cleanLine, cleanMultiline } from '../../src-renderer/src/domain/text';
import { customerInputSchema, makeComplaintInputSchema, MESSAGES, TEXT_LIMITS } from '../../src-renderer/src/domain/validation';

const RLO = '\u202E';
const complaintSchema = makeComplaintInputSchema(() => new Date('2026-11-16T10:00:00'));
const complaint = (fields: Record<string, unknown>) => complaintSchema.safeParse({ receivedAt: '16-11-2026 09:00', summary: 'Lekkage', ...fields });

describe('cleaning typed text', () => {
  it('drops bidi embedding, override and isolate characters, keeping right-to-left text itself', () => {
    expect(cleanLine(`Jan ${RLO}fdp.exe\u202C de Vries`)).toBe('Jan fdp.exe de Vries');
    expect(cleanLine('\u202A\u202B\u202D\u2066\u2067\u2068\u2069x')).toBe('x');
    expect(cleanLine('محمد الحسن')).toBe('محمد الحسن');
    // Left-to-right and right-to-left marks are ordinary punctuation of mixed text and stay.
    expect(cleanLine('a\u200Eb\u200Fc')).toBe('a\u200Eb\u200Fc');
  });

  it('drops C0 and C1 control characters and DEL; in one line a tab or line break becomes a space', () => {
    expect(cleanLine('Pi\u0000et\u0007 \u001BJansen\u007F\u0085')).toBe('Piet Jansen');
    expect(cleanLine('Lekkage\tbadkamer\r\nen keuken\nnu')).toBe('Lekkage badkamer en keuken nu');
  });

  it('keeps tabs and line breaks in a multi-line text, as line feeds', () => {
    expect(cleanMultiline('Eerste regel\r\n\tTweede\u0008 regel\rDerde\u2067')).toBe('Eerste regel\n\tTweede regel\nDerde');
  });

  it('leaves everything else as typed: accents, emoji, quotes, ampersands', () => {
    const typed = 'Özlem Yılmaz & Zoë „de Bakker” 😀 <b>';
    expect(cleanLine(typed)).toBe(typed);
    expect(cleanMultiline(typed)).toBe(typed);
  });
});

describe('the schemas clean before they check', () => {
  it('a customer name and a representative lose control and bidi characters', () => {
    const parsed = customerInputSchema.parse({ name: `\u0007Marieke ${RLO}de Groot`, representative: { name: `Ans\u2066 Vos`, relation: 'dochter\u0000' } });
    expect(parsed.name).toBe('Marieke de Groot');
    expect(parsed.representative).toMatchObject({ name: 'Ans Vos', relation: 'dochter' });
  });

  it('a summary and the other one-line fields are one line; the description keeps its lines', () => {
    const result = complaint({ summary: `Lekkage\nbadkamer${RLO}`, category: 'Sch\u0000ade', description: 'Regel 1\r\nRegel 2\u202E', employeesInvolved: 'Piet\u0007, Anna\nKees' });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({ summary: 'Lekkage badkamer', category: 'Schade', description: 'Regel 1\nRegel 2', employeesInvolved: ['Piet', 'Anna', 'Kees'] });
  });

  it('a name of only control characters is missing, not saved blank', () => {
    const result = customerInputSchema.safeParse({ name: '\u202E\u0000 ' });
    expect(result.error?.issues[0]?.message).toBe(MESSAGES.nameRequired);
  });

  it('refuses text beyond each limit with the Dutch message', () => {
    expect(complaint({ summary: 'x'.repeat(TEXT_LIMITS.summary) }).success).toBe(true);
    expect(complaint({ summary: 'x'.repeat(TEXT_LIMITS.summary + 1) }).error?.issues[0]?.message).toBe(MESSAGES.tooLong(TEXT_LIMITS.summary));
    expect(complaint({ description: 'x'.repeat(10 * 1024 * 1024) }).error?.issues[0]?.message).toBe(MESSAGES.tooLong(TEXT_LIMITS.description));
    // Written as Dutch writes numbers.
    expect(MESSAGES.tooLong(TEXT_LIMITS.description)).toBe('Gebruik hoogstens 10.000 tekens');
    expect(customerInputSchema.safeParse({ name: 'x'.repeat(TEXT_LIMITS.name + 1) }).error?.issues[0]?.message).toBe(MESSAGES.tooLong(TEXT_LIMITS.name));
  });
});
