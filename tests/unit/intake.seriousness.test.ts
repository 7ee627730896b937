import { describe, expect, it } from 'vitest';
import { ACTOR, freshDb, intake, NOW } from './support/db';

// 000: "als er sprake is van een dusdanig ernstige klacht die aanpassing van de werkwijze vergt, nemen wij jouw klacht verder in behandeling".
describe('seriousness judged at intake', () => {
  it('is recorded as the card’s step would, so the complaint is not settled at first contact', async () => {
    const { repos } = await freshDb();
    await repos.procedures.choosePreset('zorg-welzijn-dokh', ACTOR, NOW);
    const { complaint } = await repos.complaints.create({ ...intake(), seriousness: 'yes' }, ACTOR, NOW);
    expect(complaint.workflow.seriousness).toMatchObject({ serious: true });
    const history = await repos.events.listForComplaint(complaint.id);
    expect(history.map((e) => e.summary)).toContain('Ernstige klacht: vraagt aanpassing van de werkwijze en wordt verder in behandeling genomen');
    const state = await repos.complaints.workflowState(complaint.id, '2026-03-10');
    expect(state?.actions.find((a) => a.type === 'settle_informally')?.allowed).toBe(false);
  });

  it('may be left open at intake, and means nothing where the procedure does not judge it', async () => {
    const { repos } = await freshDb();
    await repos.procedures.choosePreset('zorg-welzijn-dokh', ACTOR, NOW);
    expect((await repos.complaints.create({ ...intake(), seriousness: '' }, ACTOR, NOW)).complaint.workflow.seriousness).toBeUndefined();
    const fresh = await freshDb();
    // The default procedure (002) settles nothing at first contact, so it asks nothing of seriousness.
    expect((await fresh.repos.complaints.create({ ...intake(), seriousness: 'yes' }, ACTOR, NOW)).complaint.workflow.seriousness).toBeUndefined();
  });
});
