import { afterAll, describe, expect, it, vi } from 'vitest';

// The office is in the Netherlands but the machine's clock may say otherwise (a laptop set to UTC, a remote desktop).
// Node applies a changed TZ at once; modules are reloaded so no cached year survives from another zone.
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

// Minutes behind UTC on 1 January 2026, to prove the zone took effect. Santiago changes to summer time at midnight
// (6 September 2026), the hardest case for date arithmetic at local midnight.
describe.each([
  ['Pacific/Kiritimati', -840],
  ['America/Los_Angeles', 480],
  ['America/Santiago', 180],
  ['UTC', 0],
])('with the machine in %s', (zone, offset) => {
  it('keeps holidays and due days on the Dutch calendar date', async () => {
    process.env.TZ = zone;
    vi.resetModules();
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(offset);
    const { createWorkingDayCalendar } = await import('../../src-renderer/src/domain/calendar');
    const calendar = createWorkingDayCalendar();
    expect(calendar.nonWorkingReason('2026-01-01')).toBe('Nieuwjaarsdag');
    expect(calendar.nonWorkingReason('2026-04-27')).toBe('Koningsdag');
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
    expect(calendar.dueDay('2026-03-27', { amount: 1, unit: 'days' })).toBe('2026-03-30');
    expect(calendar.dueDay('2026-03-28', { amount: 1, unit: 'weeks' })).toBe('2026-04-07');
    expect(calendar.dueDay('2026-09-04', { amount: 1, unit: 'weeks' })).toBe('2026-09-11');
    expect(calendar.dueDay('2026-10-23', { amount: 2, unit: 'working_days' })).toBe('2026-10-27');
  });
});
