import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src-renderer/src/domain/errors';
import { ACTOR, freshDb, intake, NOW, storedEventCount, storedEvents } from './support/db';

describe('office closing days', () => {
  it('are saved sorted and once per day, with an event', async () => {
    const { db, repos } = await freshDb();
    expect(await repos.closingDays.list()).toEqual([]);
    const saved = await repos.closingDays.save(
      [
        { day: '2026-12-31', description: 'Oudejaarsdag' },
        { day: '2026-05-15', description: 'Brugdag' },
        { day: '2026-12-31', description: 'dubbel' },
      ],
      ACTOR,
      NOW,
    );
    expect(saved).toEqual([
      { day: '2026-05-15', description: 'Brugdag' },
      { day: '2026-12-31', description: 'Oudejaarsdag' },
    ]);
    expect(await repos.closingDays.list()).toEqual(saved);
    const [event] = await storedEvents(db);
    expect(event).toMatchObject({ type: 'settings_changed', complaintId: null, summary: 'Sluitingsdagen gewijzigd: toegevoegd: 15-05-2026, 31-12-2026' });
    expect((await repos.closingDays.calendar()).nonWorkingReason('2026-05-15')).toBe('Brugdag');

    await repos.closingDays.save(saved, ACTOR, NOW);
    expect(await storedEventCount(db)).toBe(1);
  });

  it('refuses a day that is not a date, saving nothing', async () => {
    const { db, repos } = await freshDb();
    const error = await repos.closingDays.save([{ day: '31-12-2026', description: '' }], ACTOR, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['0.day']);
    expect(await repos.closingDays.list()).toEqual([]);
    expect(await storedEventCount(db)).toBe(0);
  });

  it('move running complaints’ terms and stored next deadline at once', async () => {
    const { repos } = await freshDb();
    // Received Tuesday 10 March: acknowledgement within 5 working days is Tuesday 17 March.
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(complaint).toMatchObject({ nextDeadline: '2026-03-17', nextDeadlineKind: 'acknowledgement' });
    await repos.closingDays.save([{ day: '2026-03-13', description: 'Verhuizing' }], ACTOR, NOW);
    expect((await repos.complaints.get(complaint.id))?.nextDeadline).toBe('2026-03-18');
    expect((await repos.complaints.deadlines(complaint.id, '2026-03-10'))[0]).toMatchObject({ dueOn: '2026-03-18', workingDaysLeft: 5 });
  });
});
