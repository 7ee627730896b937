import { describe, expect, it } from 'vitest';
import { initialLetterOptions, letterExtra, letterOptionErrors } from '../../src-renderer/src/features/letters/letterOptions';
import { suggestLetterType } from '../../src-renderer/src/features/letters/suggestLetter';
import { EMPTY_LETTERHEAD, letterSentAction } from '../../src-renderer/src/letters';
import { ACTOR, freshDb, intake, NOW } from './support/db';
import { walkFor } from './support/workflow';

const LATER = new Date(2026, 2, 12, 10, 0);

async function stateOf(repos: Awaited<ReturnType<typeof freshDb>>['repos'], id: string) {
  const state = await repos.complaints.workflowState(id, '2026-03-12');
  if (!state) throw new Error('complaint missing');
  return state;
}

async function sendLetter(type: Parameters<typeof letterSentAction>[0]['type'], extension?: { newDueOn: string; reason: string }) {
  const { repos } = await freshDb();
  const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
  const before = await stateOf(repos, complaint.id);
  const allowed = (step: string) => before.actions.some((a) => a.type === step && a.allowed);
  const action = letterSentAction({ type, sentOn: '2026-03-12', method: 'post', customerName: 'Anna de Vries', ...(extension ? { extension } : {}) }, allowed, before.procedure);
  await repos.complaints.applyAction(complaint.id, action, ACTOR, LATER);
  const after = await stateOf(repos, complaint.id);
  return { repos, complaint, action, after };
}

describe('sending a letter', () => {
  it('meets the acknowledgement term when an acknowledgement is sent', async () => {
    const { after } = await sendLetter('acknowledgement');
    expect(after.complaint.workflow.acknowledgement).toEqual({ sentOn: '2026-03-12', method: 'post' });
    expect(after.deadlines.find((d) => d.kind === 'acknowledgement')?.state).toBe('met');
  });

  it('records the extension with the date and reason the letter gave', async () => {
    const { after } = await sendLetter('extension', { newDueOn: '2026-05-01', reason: 'Wachten op de leverancier' });
    expect(after.complaint.workflow.extension).toMatchObject({ newDueOn: '2026-05-01', reason: 'Wachten op de leverancier', notice: { sentOn: '2026-03-12', method: 'post' } });
    expect(after.deadlines.find((d) => d.kind === 'extended_response')?.dueOn).toBe('2026-05-01');
  });

  it('logs any other letter, or one whose step is not open, as an outgoing contact', async () => {
    const { action, after } = await sendLetter('invitation');
    expect(action).toMatchObject({ type: 'log_contact', kind: 'letter', direction: 'out', withWhom: 'customer', notes: 'Uitnodiging voor een gesprek verstuurd (post)' });
    expect(after.complaint.workflow.contacts).toHaveLength(1);
    // No judgement yet: a decision letter cannot be the written response.
    const decision = await sendLetter('decision');
    expect(decision.action.type).toBe('log_contact');
    expect(decision.after.complaint.workflow.response).toBeNull();
  });
});

describe('the letter dialog', () => {
  it('suggests the acknowledgement first, then not again once it is sent', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const fresh = await stateOf(repos, complaint.id);
    expect(suggestLetterType(fresh.complaint, fresh.procedure, fresh.actions)).toBe('acknowledgement');
    await repos.complaints.applyAction(complaint.id, { type: 'acknowledge', sentOn: '2026-03-12', method: 'email' }, ACTOR, LATER);
    const acknowledged = await stateOf(repos, complaint.id);
    expect(suggestLetterType(acknowledged.complaint, acknowledged.procedure, acknowledged.actions)).not.toBe('acknowledgement');
  });

  it('suggests asking for the written complaint first where only that counts and it came by phone (seed 003)', () => {
    const walk = walkFor('soleTrader', { channel: 'phone' });
    expect(suggestLetterType(walk.complaint, walk.procedure, walk.available('2026-04-24'))).toBe('request_written');
    walk.do('2026-04-27', { type: 'record_written_receipt', on: '2026-04-27', channel: 'email' });
    expect(suggestLetterType(walk.complaint, walk.procedure, walk.available('2026-04-27'))).toBe('acknowledgement');
  });

  it('asks for what a letter type needs, in Dutch, and keeps the typed values', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const values = { ...initialLetterOptions('extension', complaint, EMPTY_LETTERHEAD, 'Sanne'), newDueOn: '31-02-2027' };
    expect(letterOptionErrors(values)).toEqual({ newDueOn: 'Vul een geldige datum in, bijvoorbeeld 21-12-2026', reason: 'Schrijf waarom meer tijd nodig is: de klant heeft recht op de reden' });
    expect(values.newDueOn).toBe('31-02-2027');
    expect(letterOptionErrors({ ...values, newDueOn: '15-02-2027', reason: 'Rapport' })).toEqual({});
    expect(letterExtra({ ...values, newDueOn: '15-02-2027', reason: ' Rapport ' })).toEqual({ newDueOn: '2027-02-15', reason: 'Rapport' });
    const invitation = { ...values, type: 'invitation' as const, meetingOn: '1-12-2026 14:00' };
    expect(letterExtra(invitation)).toEqual({ meetingOn: '2026-12-01T14:00' });
    expect(letterOptionErrors({ ...invitation, signatoryName: ' ' })).toEqual({ signatoryName: 'Vul in wie de brief ondertekent' });
  });
});
