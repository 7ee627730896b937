import { describe, expect, it } from 'vitest';
import type { Procedure, TermExtension } from '../../src-renderer/src/domain/procedure';
import { EXTENSION_WITH_NOTICE } from '../../src-renderer/src/domain/procedures/presetParts';
import { nextBodies, skippedBodies, suggestedBody } from '../../src-renderer/src/domain/workflow';
import { complaintUnder, preset, Walk, walkFor } from './support/workflow';

/** Seed 001: judged unfounded by the committee, answered and closed; the customer then appeals. */
function closedCommitteeComplaint() {
  return walkFor('committee', { employeesInvolved: [] })
    .do('2026-05-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Geen fout gevonden', judgedOn: '2026-05-12', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null })
    .do('2026-05-13', { type: 'send_response', sentOn: '2026-05-13', method: 'email' })
    .do('2026-05-15', { type: 'close', on: '2026-05-15' });
}

const appeal = (receivedOn: string) => ({ type: 'escalate' as const, bodyId: 'beroepscommissie', receivedOn, notes: 'Klant is het niet eens met het oordeel' });

describe('escalating (seed 001: appeal committee decides within 8 weeks of receiving the appeal)', () => {
  it('runs the appeal term from its own receipt, and an appeal after closing opens the file again', () => {
    const walk = closedCommitteeComplaint().do('2026-06-16', appeal('2026-06-15'));
    expect(walk.complaint.status).toBe('escalated');
    expect(walk.complaint.workflow.escalations[0]).toMatchObject({
      bodyId: 'beroepscommissie',
      bodyKind: 'appeal_committee',
      bodyName: 'Beroepscommissie (onafhankelijk voorzitter CR Makarawung)',
      receivedOn: '2026-06-15',
      dueOn: '2026-08-10',
      status: 'open',
    });
    expect(walk.complaint.workflow).toMatchObject({ closedOn: null, retentionUntil: null, statusBeforeEscalation: 'in_progress' });
    expect(walk.events.at(-1)).toMatchObject({ type: 'escalated' });
    expect(walk.events.at(-1)?.summary).toContain('beslissing uiterlijk 10-08-2026');
    expect(walk.why('2026-06-16', 'close')).toBe(
      'De klacht kan pas worden gesloten als hij is afgehandeld: Beroepscommissie (onafhankelijk voorzitter CR Makarawung) heeft nog niet beslist over de escalatie',
    );
  });

  it('only escalates to a body of the procedure, and once per body at a time', () => {
    const walk = closedCommitteeComplaint();
    expect(walk.refusal('2026-06-16', { type: 'escalate', bodyId: 'geschilleninstantie', receivedOn: '2026-06-15', notes: '' })).toEqual({
      message: 'Kies een instantie uit de klachtenregeling van deze klacht',
      field: 'bodyId',
    });
    walk.do('2026-06-16', appeal('2026-06-15'));
    expect(walk.refusal('2026-06-16', appeal('2026-06-16'))?.message).toBe('Er loopt al een escalatie bij Beroepscommissie (onafhankelijk voorzitter CR Makarawung)');
    walk.do('2026-06-16', { type: 'escalate', bodyId: 'rechter', receivedOn: '2026-06-16', notes: '' });
    expect(walk.why('2026-06-16', 'escalate')).toBe('Bij elke instantie loopt al een escalatie');
    // The court has no term of its own.
    expect(walk.complaint.workflow.escalations[1]?.dueOn).toBeNull();
    expect(walkFor('coordinator').why('2026-06-16', 'escalate')).toBe(
      'Deze klachtenregeling noemt geen instantie om naar te escaleren',
    );
  });

  it('extends the body’s term once with notice before its due day', () => {
    const walk = closedCommitteeComplaint().do('2026-06-16', appeal('2026-06-15'));
    const escalationId = walk.complaint.workflow.escalations[0]?.id ?? '';
    const extend = { type: 'extend_escalation' as const, escalationId, newDueOn: '2026-09-07', reason: 'Hoorzitting na de zomer', noticeSentOn: '2026-08-11' };
    expect(walk.refusal('2026-08-11', extend)).toEqual({
      message: 'Het bericht aan de klant moest binnen de termijn, uiterlijk 10-08-2026, worden verstuurd',
      field: 'noticeSentOn',
    });
    expect(walk.refusal('2026-08-03', { ...extend, newDueOn: '2026-08-10', noticeSentOn: '2026-08-03' })?.field).toBe('newDueOn');
    walk.do('2026-08-03', { ...extend, noticeSentOn: '2026-08-03' });
    expect(walk.complaint.workflow.escalations[0]?.extension).toEqual({ newDueOn: '2026-09-07', reason: 'Hoorzitting na de zomer', noticeSentOn: '2026-08-03' });
    expect(walk.events.at(-1)?.type).toBe('deadline_extended');
    expect(walk.why('2026-08-04', 'extend_escalation')).toBe('Er loopt geen escalatie met een termijn die nog verlengd kan worden');
  });

  it('returns to where the complaint stood once the body decided, with its outcome', () => {
    const walk = closedCommitteeComplaint().do('2026-06-16', appeal('2026-06-15'));
    const escalationId = walk.complaint.workflow.escalations[0]?.id ?? '';
    expect(walk.refusal('2026-07-20', { type: 'decide_escalation', escalationId, decidedOn: '2026-07-20', outcome: '' })?.field).toBe('outcome');
    walk.do('2026-07-20', { type: 'decide_escalation', escalationId, decidedOn: '2026-07-20', outcome: 'Klacht alsnog gegrond; creditering' });
    expect(walk.complaint.status).toBe('in_progress');
    expect(walk.complaint.workflow.statusBeforeEscalation).toBeNull();
    expect(walk.complaint.workflow.escalations[0]).toMatchObject({ status: 'decided', decidedOn: '2026-07-20', outcome: 'Klacht alsnog gegrond; creditering' });
    // The binding ruling is then carried out as a revised judgement.
    expect(walk.allowed('2026-07-20')).toContain('record_judgement');
  });

  it('keeps progress made while escalated (seed 000: complaints officer while the owner judges)', () => {
    const walk = walkFor('dokh', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-04-28', { type: 'escalate', bodyId: 'klachtenfunctionaris-dokh', receivedOn: '2026-04-28', notes: '' })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'partly_founded', reasoning: 'Deels', judgedOn: '2026-05-12', judges: ['Erik Zwart'], judgedById: 'erik' });
    expect(walk.complaint.status).toBe('escalated');
    expect(walk.complaint.workflow.statusBeforeEscalation).toBe('judged');
    const escalationId = walk.complaint.workflow.escalations[0]?.id ?? '';
    walk.do('2026-05-20', { type: 'decide_escalation', escalationId, decidedOn: '2026-05-20', outcome: '', withdrawn: true });
    expect(walk.complaint.status).toBe('judged');
    expect(walk.complaint.workflow.escalations[0]?.status).toBe('withdrawn');
  });
});

const escalateTo = (bodyId: string, receivedOn: string, extra: { skipReason?: string; solutionDisputed?: boolean } = {}) => ({
  type: 'escalate' as const,
  bodyId,
  receivedOn,
  notes: '',
  ...extra,
});

describe('the order of the bodies (seed 000: the director or the DOKh officer first, then the DOKh dispute body)', () => {
  it('proposes the first step, and asks why the customer passes it over when going straight to the dispute body', () => {
    const walk = walkFor('dokh');
    expect(nextBodies(walk.procedure, walk.complaint.workflow).map((b) => b.id)).toEqual(['directie', 'klachtenfunctionaris-dokh']);
    expect(suggestedBody(walk.procedure, walk.complaint.workflow)?.id).toBe('directie');
    expect(walk.refusal('2026-04-28', escalateTo('geschilleninstantie-dokh', '2026-04-28'))).toEqual({
      message: 'Vul in waarom Directeur van M@ of Klachtenfunctionaris van DOKh wordt overgeslagen',
      field: 'skipReason',
    });
    walk.do('2026-04-28', escalateTo('geschilleninstantie-dokh', '2026-04-28', { skipReason: ' De directeur is zelf bij de klacht betrokken ' }));
    expect(walk.complaint.workflow.escalations[0]?.skipped).toEqual({
      bodyNames: ['Directeur van M@', 'Klachtenfunctionaris van DOKh'],
      reason: 'De directeur is zelf bij de klacht betrokken',
    });
    expect(walk.events.at(-1)?.summary).toBe(
      'Geëscaleerd naar Geschilleninstantie van DOKh, ontvangen op 28-04-2026; Directeur van M@ of Klachtenfunctionaris van DOKh overgeslagen: De directeur is zelf bij de klacht betrokken. Status: Geëscaleerd',
    );
  });

  it('after the director, proposes the dispute body and needs no reason for it', () => {
    const walk = walkFor('dokh').do('2026-04-28', escalateTo('directie', '2026-04-28'));
    expect(walk.complaint.workflow.escalations[0]?.skipped).toBeUndefined();
    expect(suggestedBody(walk.procedure, walk.complaint.workflow)?.id).toBe('geschilleninstantie-dokh');
    walk.do('2026-05-04', escalateTo('geschilleninstantie-dokh', '2026-05-04'));
    expect(walk.complaint.workflow.escalations[1]?.skipped).toBeUndefined();
    expect(walk.events.at(-1)?.summary).toBe('Geëscaleerd naar Geschilleninstantie van DOKh, ontvangen op 04-05-2026');
  });
});

describe('the order of the bodies (seed 002: an independent third party, then mediation, then arbitration or the court)', () => {
  it('names only the steps passed over, and arbitration and the court are alternatives of one step', () => {
    const walk = walkFor('craft').do('2026-04-28', escalateTo('onafhankelijke-derde', '2026-04-28'));
    expect(suggestedBody(walk.procedure, walk.complaint.workflow)?.id).toBe('mediation');
    expect(walk.refusal('2026-04-29', escalateTo('rechter', '2026-04-29'))).toEqual({ message: 'Vul in waarom Mediation wordt overgeslagen', field: 'skipReason' });
    walk.do('2026-04-29', escalateTo('mediation', '2026-04-29'));
    expect(nextBodies(walk.procedure, walk.complaint.workflow).map((b) => b.id)).toEqual(['raad-van-arbitrage', 'rechter']);
    expect(walk.refusal('2026-04-30', escalateTo('rechter', '2026-04-30'))).toBeNull();
  });

  it('lets a procedure without an order (stored before it existed) escalate anywhere without a reason', () => {
    const walk = walkFor('craft');
    const unordered = { ...walk.procedure, escalations: walk.procedure.escalations.map(({ stage: _stage, ...body }) => body) };
    const old = new Walk(walk.complaint, unordered);
    expect(skippedBodies(unordered, old.complaint.workflow, unordered.escalations[2]!)).toEqual([]);
    expect(suggestedBody(unordered, old.complaint.workflow)?.id).toBe('onafhankelijke-derde');
    old.do('2026-04-28', escalateTo('raad-van-arbitrage', '2026-04-28'));
    expect(old.complaint.workflow.escalations[0]?.skipped).toBeUndefined();
  });
});

describe('the appeal condition (seed 001: only after "ongegrond" or when the customer disputes the proposed solution)', () => {
  const judged = (verdict: 'founded' | 'unfounded') =>
    walkFor('committee', { employeesInvolved: [] }).do('2026-05-12', {
      type: 'record_judgement',
      verdict,
      reasoning: 'Beoordeeld',
      judgedOn: '2026-05-12',
      judges: ['NC Jansen', 'K. Bruurmijn'],
      judgedById: null,
    });
  const RULE = 'Beroepscommissie (onafhankelijk voorzitter CR Makarawung) behandelt een bezwaar alleen als de klacht ongegrond is verklaard of als de klant het oneens is met de voorgestelde oplossing';

  it('refuses an appeal before the judgement and after a founded complaint the customer accepts', () => {
    expect(walkFor('committee', { employeesInvolved: [] }).refusal('2026-05-12', appeal('2026-05-12'))).toEqual({
      message: `${RULE}; het oordeel over de klacht is nog niet vastgelegd`,
      field: 'bodyId',
    });
    expect(judged('founded').refusal('2026-05-13', appeal('2026-05-13'))).toEqual({ message: RULE, field: 'bodyId' });
  });

  it('takes the appeal after a founded complaint whose solution the customer disputes, and says so in the history', () => {
    const walk = judged('founded').do('2026-05-13', { ...appeal('2026-05-13'), solutionDisputed: true });
    expect(walk.complaint.workflow.escalations[0]?.ground).toBe('solution_disputed');
    expect(walk.events.at(-1)?.summary).toContain('grond: de klant is het oneens met de voorgestelde oplossing');
  });

  it('takes the appeal after "ongegrond" on that ground, and leaves the court open at any time', () => {
    const walk = judged('unfounded').do('2026-05-13', appeal('2026-05-13'));
    expect(walk.complaint.workflow.escalations[0]?.ground).toBe('unfounded');
    expect(walkFor('committee').refusal('2026-04-27', escalateTo('rechter', '2026-04-27'))).toBeNull();
  });
});

describe('extending a body’s term where two bodies are open at once', () => {
  // Seed 001 with a second body beside the appeal committee: one that may take more time, and one whose term is fixed.
  const committee = preset('committee');
  const appealBody = committee.escalations.find((body) => body.id === 'beroepscommissie');
  if (!appealBody) throw new Error('seed 001 names the appeal committee');
  const withBody = (extension: TermExtension | undefined) => {
    const second = { ...appealBody, id: 'geschillencommissie', kind: 'dispute_body' as const, name: 'Geschillencommissie', extension };
    return { ...committee, escalations: [appealBody, second] };
  };
  const twoOpen = (procedure: Procedure) => {
    // Judged unfounded first: 001 takes an appeal only then (or when the solution is disputed).
    const walk = new Walk(complaintUnder(procedure, { employeesInvolved: [] }), procedure)
      .do('2026-06-12', { type: 'record_judgement', verdict: 'unfounded', reasoning: 'Beoordeeld', judgedOn: '2026-06-12', judges: ['NC Jansen', 'K. Bruurmijn'], judgedById: null })
      .do('2026-06-15', appeal('2026-06-15'))
      .do('2026-06-15', { type: 'escalate', bodyId: 'geschillencommissie', receivedOn: '2026-06-15', notes: '' });
    const [first, second] = walk.complaint.workflow.escalations;
    return { walk, firstId: first?.id ?? '', secondId: second?.id ?? '' };
  };
  const extendOn = (escalationId: string) =>
    ({ type: 'extend_escalation', escalationId, newDueOn: '2026-09-07', reason: 'Hoorzitting na de zomer', noticeSentOn: '2026-08-03' }) as const;

  it('refuses to extend the same term twice while the other body may still take more time', () => {
    const { walk, firstId } = twoOpen(withBody(undefined));
    walk.do('2026-08-03', extendOn(firstId));
    expect(walk.refusal('2026-08-04', extendOn(firstId))).toEqual({ message: 'Deze termijn is al verlengd', field: 'escalationId' });
  });

  it('refuses more time to a body whose term the regeling fixes', () => {
    const { walk, secondId } = twoOpen(withBody({ ...EXTENSION_WITH_NOTICE, allowed: false }));
    expect(walk.refusal('2026-08-03', extendOn(secondId))).toEqual({
      message: 'De termijn van Geschillencommissie kan niet worden verlengd',
      field: 'escalationId',
    });
  });
});
