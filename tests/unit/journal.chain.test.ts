import { describe, expect, it } from 'vitest';
import { appendSealed } from '../../src-renderer/src/domain/eventLogs';
import { checkLog } from '../../src-renderer/src/domain/journal/checkLog';
import { tipsOf } from '../../src-renderer/src/domain/journal/seal';
import type { ComplaintEvent, EventLog } from '../../src-renderer/src/domain/model';
import { anonymisedEvent } from '../../src-renderer/src/domain/privacy';
import { mergeEventLogs } from '../../src-renderer/src/domain/sharing/merge';

let salts = 0;
const newSalt = () => `salt-${(salts += 1)}`;

function event(id: string, at: string, summary: string, type: ComplaintEvent['type'] = 'updated'): ComplaintEvent {
  return { id, complaintId: 'k-1', customerId: 'c-1', type, at, actorId: 's-1', actorName: 'Fleur Bakker', summary, changes: [{ field: 'description', old: null, new: summary }], updatedAt: at };
}

/** A complaint's log as three saves appended it: registered, a call noted, the owner set. */
function threeSaves(): EventLog {
  let log = appendSealed(undefined, 'k-1', [event('e-1', '2026-03-02T09:00:00.000Z', 'Klacht van Jan de Vries geregistreerd', 'created')], newSalt);
  log = appendSealed(log, 'k-1', [event('e-2', '2026-03-03T10:00:00.000Z', 'Gebeld met Jan de Vries')], newSalt);
  return appendSealed(log, 'k-1', [event('e-3', '2026-03-04T11:00:00.000Z', 'Behandelaar: Piet Smit')], newSalt);
}

const replace = (log: EventLog, index: number, change: (event: ComplaintEvent) => ComplaintEvent): EventLog => ({
  ...log,
  events: log.events.map((event, i) => (i === index ? change(event) : event)),
});

describe('the journal chain of a log', () => {
  it('holds for a log as its saves appended it', () => {
    expect(checkLog(threeSaves())).toBeNull();
  });

  it('names an event whose text was edited afterwards', () => {
    const edited = replace(threeSaves(), 1, (e) => ({ ...e, summary: 'Gebeld met Jan de Vries: hij trekt de klacht in' }));
    expect(checkLog(edited)).toMatchObject({ kind: 'changed', event: { id: 'e-2' } });
  });

  it('names the event after one that was deleted', () => {
    const log = threeSaves();
    const deleted = { ...log, events: log.events.filter((e) => e.id !== 'e-2') };
    expect(checkLog(deleted)).toMatchObject({ kind: 'removed', event: { id: 'e-3' }, afterEvent: false });
  });

  it('names an event moved to another moment, so the log shows it in another order', () => {
    const log = threeSaves();
    // The call moved to before the registration: the log now lists it first.
    const moved = replace(log, 1, (e) => ({ ...e, at: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z' }));
    const reordered = { ...moved, events: [moved.events[1]!, moved.events[0]!, moved.events[2]!] };
    expect(checkLog(reordered)).toMatchObject({ kind: 'reordered', event: { id: 'e-2' } });
  });

  it('names an event the stored log lists out of order', () => {
    const log = threeSaves();
    const swapped = { ...log, events: [log.events[0]!, log.events[2]!, log.events[1]!] };
    expect(checkLog(swapped)).toMatchObject({ kind: 'reordered', event: { id: 'e-2' } });
  });

  it('tells the last events were removed only against the anchor kept elsewhere', () => {
    const log = threeSaves();
    const anchor = tipsOf(log.events);
    const cut = { ...log, events: log.events.slice(0, 2) };
    expect(checkLog(cut)).toBeNull();
    expect(checkLog(cut, anchor)).toMatchObject({ kind: 'removed', event: { id: 'e-2' }, afterEvent: true });
    expect(checkLog(log, anchor)).toBeNull();
  });

  it('names an event put in without a seal', () => {
    const log = threeSaves();
    const added = { ...log, events: [...log.events, event('e-4', '2026-03-05T09:00:00.000Z', 'Klacht ingetrokken')] };
    expect(checkLog(added)).toMatchObject({ kind: 'unsealed', event: { id: 'e-4' } });
  });
});

describe('the journal chain through anonymisation', () => {
  const anonymised = (log: EventLog) =>
    appendSealed({ ...log, events: log.events.map(anonymisedEvent) }, log.id, [event('e-9', '2026-09-01T09:00:00.000Z', 'Dossier geanonimiseerd', 'anonymised')], newSalt);

  it('holds once the text is gone and the anonymisation is recorded, and keeps no salt', () => {
    const log = anonymised(threeSaves());
    expect(checkLog(log)).toBeNull();
    expect(JSON.stringify(log)).not.toContain('Jan de Vries');
    expect(log.events.slice(0, 3).every((e) => e.seal?.salt === undefined)).toBe(true);
  });

  it('still names an anonymised event that was edited', () => {
    const log = replace(anonymised(threeSaves()), 1, (e) => ({ ...e, summary: 'Klacht ingetrokken' }));
    expect(checkLog(log)).toMatchObject({ kind: 'changed', event: { id: 'e-2' } });
  });

  it('names text removed without a recorded anonymisation', () => {
    const log = threeSaves();
    expect(checkLog({ ...log, events: log.events.map(anonymisedEvent) })).toMatchObject({ kind: 'changed', event: { id: 'e-1' } });
  });
});

describe('the journal chain of two workstations that appended apart', () => {
  it('holds after their logs merge, and the next event joins both ends', () => {
    const base = threeSaves();
    const here = appendSealed(base, 'k-1', [event('e-4', '2026-03-05T09:00:00.000Z', 'Brief verstuurd')], newSalt);
    const there = appendSealed(base, 'k-1', [event('e-5', '2026-03-05T08:30:00.000Z', 'Gesprek gepland')], newSalt);
    const merged = mergeEventLogs(here, there);
    expect(checkLog(merged)).toBeNull();
    expect(tipsOf(merged.events)).toHaveLength(2);
    const joined = appendSealed(merged, 'k-1', [event('e-6', '2026-03-06T09:00:00.000Z', 'Oordeel gegeven')], newSalt);
    expect(checkLog(joined)).toBeNull();
    expect(tipsOf(joined.events)).toHaveLength(1);
    // A merged-in event deleted afterwards is still a broken link.
    expect(checkLog({ ...joined, events: joined.events.filter((e) => e.id !== 'e-5') })).toMatchObject({ kind: 'removed', event: { id: 'e-6' } });
  });
});
