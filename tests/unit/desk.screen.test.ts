import { describe, expect, it } from 'vitest';
import { hrefFor, isDefaultHash, parseRoute } from '../../src-renderer/src/app/router';
import { startRoute } from '../../src-renderer/src/app/startRoute';
import { pageAcross } from '../../src-renderer/src/db/repositories/deskLists';
import { dayText } from '../../src-renderer/src/features/desk/dayText';
import { deskWeekEnd } from '../../src-renderer/src/features/desk/weekEnd';

const ID = '01a1fe5e-edae-77e1-8f50-5f455a021da0';

describe('desk routes', () => {
  it('open the card at a term and the desk for one owner, and read back what they wrote', () => {
    const card = { name: 'card', complaintId: ID, step: { kind: 'follow_up', itemId: 'f1' } } as const;
    expect(hrefFor(card)).toBe(`#/klacht/${ID}?stap=follow_up&item=f1`);
    expect(parseRoute(hrefFor(card))).toEqual(card);
    expect(parseRoute(`#/klacht/${ID}?stap=onzin`)).toEqual({ name: 'card', complaintId: ID });
    expect(parseRoute(`#/klacht/${ID}`)).toEqual({ name: 'card', complaintId: ID });
    expect(parseRoute(hrefFor({ name: 'desk', ownerId: ID }))).toEqual({ name: 'desk', ownerId: ID });
    expect(parseRoute('#/bureau')).toEqual({ name: 'desk' });
  });

  it('start where the person works, only when no route was asked for', () => {
    expect(startRoute({ id: ID, roles: ['receptionist', 'coordinator'] })).toEqual({ name: 'desk' });
    expect(startRoute({ id: ID, roles: ['owner', 'receptionist'] })).toEqual({ name: 'desk', ownerId: ID });
    expect(startRoute({ id: ID, roles: ['receptionist'] })).toEqual({ name: 'intake' });
    expect(startRoute({ id: ID, roles: ['management'] })).toEqual({ name: 'list' });
    expect(['', '#', '#/'].every(isDefaultHash)).toBe(true);
    expect(isDefaultHash('#/klachten')).toBe(false);
  });
});

describe('desk texts and days', () => {
  it('say working days late or left as the card does', () => {
    const today = '2026-11-30';
    expect(dayText({ dueOn: '2026-11-23', workingDaysLeft: -5 }, today)).toBe('5 werkdagen te laat');
    expect(dayText({ dueOn: '2026-11-27', workingDaysLeft: -1 }, today)).toBe('1 werkdag te laat');
    expect(dayText({ dueOn: today, workingDaysLeft: 0 }, today)).toBe('vandaag');
    expect(dayText({ dueOn: '2026-12-01', workingDaysLeft: 1 }, today)).toBe('nog 1 werkdag');
  });

  it('run "deze week" to Sunday, and at the weekend to next Sunday', () => {
    expect(deskWeekEnd('2026-11-16')).toBe('2026-11-22');
    expect(deskWeekEnd('2026-11-20')).toBe('2026-11-22');
    expect(deskWeekEnd('2026-11-21')).toBe('2026-11-29');
    expect(deskWeekEnd('2026-11-22')).toBe('2026-11-29');
  });

  it('page over lists one after another', () => {
    const lists = [
      { key: 'a', count: 2 },
      { key: 'b', count: 0 },
      { key: 'c', count: 3 },
    ];
    expect(pageAcross(lists, { offset: 0, limit: 3 })).toEqual([
      { key: 'a', offset: 0, limit: 2 },
      { key: 'c', offset: 0, limit: 1 },
    ]);
    expect(pageAcross(lists, { offset: 3, limit: 5 })).toEqual([{ key: 'c', offset: 1, limit: 2 }]);
    expect(pageAcross(lists, { offset: 9, limit: 5 })).toEqual([]);
  });
});
