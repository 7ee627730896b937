/**
 * How a term shows on the card around its due day (open, amber, overdue) and which one the list sorts by when
 * two fall on the same day. Seed 002 (craft business): acknowledgement in 5 working days, response in 4 weeks,
 * complaint received Friday 24 April 2026, so the acknowledgement is due Monday 4 May (Koningsdag in between).
 */
import { describe, expect, it } from 'vitest';
import { computeDeadlines, deadlineTone, nextOpenDeadline } from '../../src-renderer/src/domain/deadlines';
import type { Deadline } from '../../src-renderer/src/domain/model';
import { calendar, walkFor } from './support/workflow';

function acknowledgementOn(today: string): Deadline {
  const walk = walkFor('craft');
  const found = computeDeadlines(walk.complaint, walk.procedure, calendar, today).find((d) => d.kind === 'acknowledgement');
  if (!found) throw new Error('seed 002 has an acknowledgement term');
  return found;
}

describe('a term around its due day', () => {
  it('is green with 3 working days left, amber with 2, still open and amber on the day itself, red the day after', () => {
    // Friday 1 May is a working day.
    expect(acknowledgementOn('2026-04-29')).toMatchObject({ dueOn: '2026-05-04', workingDaysLeft: 3, state: 'open' });
    expect(deadlineTone(acknowledgementOn('2026-04-29'))).toBe('green');
    expect(acknowledgementOn('2026-04-30')).toMatchObject({ workingDaysLeft: 2, state: 'open' });
    expect(deadlineTone(acknowledgementOn('2026-04-30'))).toBe('amber');
    expect(acknowledgementOn('2026-05-04')).toMatchObject({ workingDaysLeft: 0, state: 'open' });
    expect(deadlineTone(acknowledgementOn('2026-05-04'))).toBe('amber');
    expect(acknowledgementOn('2026-05-05')).toMatchObject({ workingDaysLeft: -1, state: 'overdue' });
    expect(deadlineTone(acknowledgementOn('2026-05-05'))).toBe('red');
    // Tuesday 5 May is Bevrijdingsdag: still one working day overdue on Wednesday, two on Thursday.
    expect(acknowledgementOn('2026-05-06')).toMatchObject({ workingDaysLeft: -1, state: 'overdue' });
    expect(acknowledgementOn('2026-05-07')).toMatchObject({ workingDaysLeft: -2, state: 'overdue' });
  });

  it('is met, and counts no days left, once its step is done, even after the due day', () => {
    const walk = walkFor('craft').do('2026-05-06', { type: 'acknowledge', sentOn: '2026-05-06', method: 'post' });
    const [acknowledgement] = computeDeadlines(walk.complaint, walk.procedure, calendar, '2026-05-06');
    expect(acknowledgement).toMatchObject({ kind: 'acknowledgement', metOn: '2026-05-06', workingDaysLeft: null, state: 'met' });
    expect(deadlineTone(acknowledgement as Deadline)).toBe('met');
  });
});

describe('the next deadline', () => {
  const term = (kind: Deadline['kind'], dueOn: string, metOn: string | null = null) => ({ kind, dueOn, metOn });

  it('on the same day follows the procedure: the response before its extension notice, in any order', () => {
    const both = [term('extension_notice', '2026-05-22'), term('response', '2026-05-22')];
    expect(nextOpenDeadline(both)).toEqual({ dueOn: '2026-05-22', kind: 'response' });
    expect(nextOpenDeadline([...both].reverse())).toEqual({ dueOn: '2026-05-22', kind: 'response' });
  });

  it('is the earliest open one, never a met term or the retention', () => {
    expect(nextOpenDeadline([term('response', '2026-05-22'), term('acknowledgement', '2026-04-29')])).toEqual({ dueOn: '2026-04-29', kind: 'acknowledgement' });
    expect(nextOpenDeadline([term('acknowledgement', '2026-04-29', '2026-04-28'), term('response', '2026-05-22')])).toEqual({
      dueOn: '2026-05-22',
      kind: 'response',
    });
    expect(nextOpenDeadline([term('retention', '2026-01-01'), term('follow_up', '2026-06-01')])).toEqual({ dueOn: '2026-06-01', kind: 'follow_up' });
    expect(nextOpenDeadline([term('retention', '2026-01-01')])).toBeNull();
    // A later term never wins by coming earlier in the procedure's order.
    expect(nextOpenDeadline([term('follow_up', '2026-05-01'), term('acknowledgement', '2026-05-04')])).toEqual({ dueOn: '2026-05-01', kind: 'follow_up' });
  });
});
