import { describe, expect, it } from 'vitest';
import { registerWrites } from '../../src-renderer/src/db/changeWatch';
import { ACTOR, freshDb, intake, NOW } from './support/db';

describe('changes since the last backup', () => {
  it('are counted for complaints and settings, not for drafts typed in a form', async () => {
    const { repos } = await freshDb();
    const start = registerWrites();
    await repos.drafts.save('intake', { name: 'Anna' });
    await repos.drafts.save('intake', { name: 'Anna de' });
    expect(registerWrites()).toBe(start);
    await repos.complaints.create(intake(), ACTOR, NOW);
    const afterComplaint = registerWrites();
    expect(afterComplaint).toBeGreaterThan(start);
    await repos.settings.set('letters.letterhead', { officeName: 'De Linde' });
    expect(registerWrites()).toBeGreaterThan(afterComplaint);
  });
});
