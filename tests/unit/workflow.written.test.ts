import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { letterTypesFor } from '../../src-renderer/src/letters';
import { calendar, expectRefusal, preset, walkFor } from './support/workflow';

/** 001 and 003 count only a written complaint; this one came in by phone on Friday 24 April 2026. */
const byPhone = (key: 'committee' | 'soleTrader' | 'craft') => walkFor(key, { channel: 'phone' });

describe('a regeling that counts only a written complaint (001, 003)', () => {
  it('runs no term of the regeling until the written complaint is in, then counts them from that day', () => {
    const walk = byPhone('soleTrader');
    expect(computeDeadlines(walk.complaint, walk.procedure, calendar, '2026-04-27')).toEqual([]);
    const step = procedureChecklist(walk.complaint, walk.procedure).find((s) => s.key === 'written');
    expect(step?.state).toBe('next');
    expect(step?.step).toContain('telt alleen een schriftelijke klacht');

    // The mail arrives on Wednesday 6 May: 5 and 10 working days (Ascension Day 14 May is none) and 4 weeks, from then.
    walk.do('2026-05-06', { type: 'record_written_receipt', on: '2026-05-06', channel: 'email' });
    const due = Object.fromEntries(computeDeadlines(walk.complaint, walk.procedure, calendar, '2026-05-06').map((d) => [d.kind, d.dueOn]));
    expect(due).toMatchObject({ acknowledgement: '2026-05-13', further_handling: '2026-05-21', response: '2026-06-03' });
    expect(procedureChecklist(walk.complaint, walk.procedure).find((s) => s.key === 'written')).toMatchObject({ state: 'done', doneOn: '2026-05-06' });
    expect(walk.events.at(-1)?.summary).toBe('Klacht schriftelijk ontvangen op 06-05-2026 (e-mail); de termijnen lopen vanaf die dag');
    expect(walk.allowed('2026-05-07')).not.toContain('record_written_receipt');
  });

  it('asks for a real day, not before the call, and a written channel', () => {
    const walk = byPhone('committee');
    expect(walk.allowed('2026-04-27')).toContain('record_written_receipt');
    expectRefusal(walk, '2026-04-27', { type: 'record_written_receipt', on: '2026-04-20', channel: 'letter' }, 'Deze datum ligt vóór de ontvangst van de klacht (24-04-2026)', 'on');
    expectRefusal(walk, '2026-04-27', { type: 'record_written_receipt', on: '2026-04-27', channel: 'phone' as never }, 'Kies hoe de schriftelijke klacht binnenkwam', 'channel');
  });

  it('leaves a mailed complaint, and any complaint under a regeling without the rule, as it was', () => {
    const mailed = walkFor('committee');
    expect(mailed.allowed('2026-04-27')).not.toContain('record_written_receipt');
    expect(computeDeadlines(mailed.complaint, mailed.procedure, calendar, '2026-04-27').map((d) => d.kind)).toContain('acknowledgement');
    const craft = byPhone('craft');
    expect(craft.allowed('2026-04-27')).not.toContain('record_written_receipt');
    expect(computeDeadlines(craft.complaint, craft.procedure, calendar, '2026-04-27').map((d) => d.kind)).toContain('response');
  });

  it('offers the letter asking for the written complaint only where the regeling needs it', () => {
    expect(letterTypesFor(preset('soleTrader'))).toContain('request_written');
    expect(letterTypesFor(preset('committee'))).toContain('request_written');
    expect(letterTypesFor(preset('craft'))).not.toContain('request_written');
  });
});
