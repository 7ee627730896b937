import { describe, expect, it } from 'vitest';
import { ACTOR, freshDb, intake, NOW } from './support/db';

/** A confidential complaint beside an open one, both about heating, the confidential one by Anouk Verbeek. */
async function office() {
  const context = await freshDb();
  const secret = await context.repos.complaints.create(
    intake({ customer: { name: 'Anouk Verbeek', phone: '06-55501234', customerNumber: 'KL-7' }, complaint: { summary: 'Verwarming en privacy geschonden', confidential: true } }),
    ACTOR,
    NOW,
  );
  const open = await context.repos.complaints.create(intake({ complaint: { summary: 'Verwarming lekt' } }), ACTOR, NOW);
  return { ...context, secret: secret.complaint, open: open.complaint };
}

describe('search by someone who may not read a confidential complaint', () => {
  const notSecret = (secretId: string) => (complaint: { id: string }) => complaint.id !== secretId;

  it("does not find it by the customer's name, details or a word of the complaint, only by its reference", async () => {
    const { repos, secret, open } = await office();
    const readable = notSecret(secret.id);
    const found = async (query: string) => (await repos.complaints.searchIds(query, 20, {}, readable)).ids;
    expect(await found('Verbeek')).toEqual([]);
    expect(await found('anouk verbeek')).toEqual([]);
    expect(await found('privacy')).toEqual([]);
    expect(await found('0655501234')).toEqual([]);
    expect(await found('verwarming')).toEqual([open.id]);
    expect(await found(secret.reference)).toEqual([secret.id]);
    expect((await repos.complaints.search('privacy', 20, { status: 'registered' }, readable)).map((c) => c.id)).toEqual([]);
  });

  it('finds it as before for someone who may read it', async () => {
    const { repos, secret } = await office();
    expect((await repos.complaints.searchIds('Verbeek', 20)).ids).toEqual([secret.id]);
    expect((await repos.complaints.searchIds('privacy', 20, {}, () => true)).ids).toEqual([secret.id]);
  });
});

describe('opening a confidential card', () => {
  it('is logged on the complaint with who and when', async () => {
    const { repos, secret } = await office();
    const reader = { id: 'staff-karin', name: 'Karin Commissie' };
    await repos.confidentialReads.opened(secret.id, reader, NOW);
    const logged = (await repos.events.listForComplaint(secret.id)).filter((event) => event.type === 'confidential_opened');
    expect(logged).toEqual([expect.objectContaining({ actorId: 'staff-karin', actorName: 'Karin Commissie', at: NOW.toISOString(), summary: 'Vertrouwelijk dossier geopend door Karin Commissie' })]);
  });

  it('logs nothing for a complaint that is not confidential', async () => {
    const { repos, open } = await office();
    await repos.confidentialReads.opened(open.id, ACTOR, NOW);
    expect((await repos.events.listForComplaint(open.id)).some((event) => event.type === 'confidential_opened')).toBe(false);
  });
});
