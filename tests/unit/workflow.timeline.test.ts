/**
 * What the timeline says after each step, and why closing, agreeing or evaluating is refused while handling is not
 * done: the lines an office reads back when the customer asks what happened. Complaints received Friday 24 April 2026.
 */
import { describe, expect, it } from 'vitest';
import type { WorkflowAction } from '../../src-renderer/src/domain/workflow';
import { expectRefusal, walkFor, type Walk } from './support/workflow';

const lastSummary = (walk: Walk) => walk.events.at(-1)?.summary;

/** Runs the step on `day` and returns what the timeline says about it. */
const said = (walk: Walk, day: string, action: WorkflowAction) => lastSummary(walk.do(day, action));

const judged = (judges: string[], on: string): Extract<WorkflowAction, { type: 'record_judgement' }> => ({
  type: 'record_judgement',
  verdict: 'partly_founded',
  reasoning: 'Te laat gemeld',
  judgedOn: on,
  judges,
  judgedById: null,
});

describe('seed 004 from judgement to closing and reopening', () => {
  it('tells what still stands between the complaint and closing, then records agreement, closing and reopening', () => {
    const walk = walkFor('coordinatorWithVerdict')
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    expect(walk.why('2026-04-28', 'close')).toBe(
      'De klacht kan pas worden gesloten als hij is afgehandeld: het oordeel (gegrond, deels gegrond of ongegrond) is nog niet vastgelegd',
    );
    expect(walk.why('2026-04-28', 'settle_informally')).toBe('Deze klachtenregeling kent geen oplossing bij het eerste contact');
    expect(said(walk, '2026-05-04', judged(['Erik Zwart'], '2026-05-04'))).toBe('Oordeel: deels gegrond (Erik Zwart): Te laat gemeld. Status: Beoordeeld');
    expect(walk.why('2026-05-04', 'close')).toBe(
      'De klacht kan pas worden gesloten als hij is afgehandeld: er is nog geen oplossing met hersteltermijn afgesproken',
    );
    expect(walk.why('2026-05-04', 'record_customer_agreement')).toBe(
      'Vraag het akkoord van de klant na de afhandeling: er is nog geen oplossing met hersteltermijn afgesproken',
    );
    expect(said(walk, '2026-05-04', { type: 'record_solution', description: 'Nieuwe zool', agreedRepairOn: '2026-05-08', thirdParty: 'Schoenmakerij Bos' })).toBe(
      'Oplossing afgesproken: Nieuwe zool, herstel uiterlijk 08-05-2026, uit te voeren door Schoenmakerij Bos',
    );
    expect(walk.why('2026-05-04', 'close')).toBe('De klacht kan pas worden gesloten als hij is afgehandeld: de afgesproken oplossing is nog niet uitgevoerd');
    expect(said(walk, '2026-05-08', { type: 'complete_solution', on: '2026-05-08' })).toBe(
      'Oplossing uitgevoerd door Schoenmakerij Bos op 08-05-2026: Nieuwe zool. Status: Oplossing uitgevoerd',
    );
    expect(walk.why('2026-05-08', 'close')).toBe('De klacht kan pas worden gesloten nadat het verloop met de klant is geëvalueerd');
    walk.do('2026-05-11', { type: 'record_evaluation', on: '2026-05-11', notes: 'Tevreden' });
    expect(walk.why('2026-05-11', 'record_evaluation')).toBe('Het verloop is al met de klant geëvalueerd');
    expect(walk.why('2026-05-11', 'close')).toBe('De klacht kan pas worden gesloten nadat de klant akkoord heeft gegeven');
    expect(said(walk, '2026-05-11', { type: 'record_customer_agreement', on: '2026-05-11', notes: 'Akkoord per mail' })).toBe(
      'Klant akkoord met de afhandeling: Akkoord per mail',
    );
    expect(walk.why('2026-05-11', 'record_customer_agreement')).toBe('De klant heeft al akkoord gegeven');
    expect(said(walk, '2026-05-12', { type: 'close', on: '2026-05-12' })).toBe('Dossier gesloten. Status: Gesloten');
    expect(walk.why('2026-05-12', 'close')).toBe('De klacht is gesloten');
    expectRefusal(walk, '2026-05-13', { type: 'reopen', reason: ' ' }, 'Vul in waarom de klacht wordt heropend', 'reason');
    expect(said(walk, '2026-05-13', { type: 'reopen', reason: 'Zool laat los' })).toBe('Heropend: Zool laat los. Status: In behandeling');
    expect(walk.complaint.workflow).toMatchObject({ closedOn: null, evaluation: null, customerAgreement: null, reopenings: [{ on: '2026-05-13', reason: 'Zool laat los' }] });
    expect(walk.why('2026-05-13', 'reopen')).toBe('De klacht is niet afgesloten');
  });

  it('records a customer agreement without notes as a plain line', () => {
    const walk = walkFor('coordinatorWithVerdict')
      .do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-04', { ...judged(['Erik Zwart'], '2026-05-04'), verdict: 'unfounded' })
      .do('2026-05-05', { type: 'record_evaluation', on: '2026-05-05', notes: 'Uitgelegd' });
    expect(said(walk, '2026-05-05', { type: 'record_customer_agreement', on: '2026-05-05', notes: '' })).toBe('Klant akkoord met de afhandeling');
  });
});

describe('seed 000: the response, the steps it lacks and learning from the complaint', () => {
  it('refuses closing until the response is sent, and says when it was sent', () => {
    const walk = walkFor('dokh', { employeesInvolved: [] })
      .do('2026-04-27', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' })
      .do('2026-05-04', judged(['Erik Zwart'], '2026-05-04'));
    expect(walk.why('2026-05-04', 'close')).toBe(
      'De klacht kan pas worden gesloten als hij is afgehandeld: de reactie met het oordeel is nog niet aan de klant verstuurd',
    );
    expect(walk.why('2026-05-04', 'record_evaluation')).toBe('Deze klachtenregeling kent geen evaluatie met de klant');
    expect(walk.why('2026-05-04', 'record_customer_agreement')).toBe('Deze klachtenregeling vraagt geen akkoord van de klant');
    walk.do('2026-05-06', { type: 'send_response', sentOn: '2026-05-06', method: 'post' });
    expect(walk.why('2026-05-06', 'send_response')).toBe('De reactie is al verstuurd op 06-05-2026');
    expect(walk.why('2026-05-06', 'record_judgement')).toBe('Het oordeel is al aan de klant gemeld');
  });

  it('records the root cause and each change to a corrective action in words', () => {
    const walk = walkFor('dokh');
    expect(said(walk, '2026-04-27', { type: 'record_root_cause', rootCause: 'Planning vol' })).toBe('Oorzaak: Planning vol');
    expect(
      said(walk, '2026-04-27', { type: 'add_corrective_action', description: 'Extra monteur', assignee: 'Erik', dueOn: '2026-05-29', effectivenessCheckDueOn: '2026-06-30' }),
    ).toBe('Corrigerende maatregel: Extra monteur (Erik, uiterlijk 29-05-2026, effectiviteit toetsen op 30-06-2026)');
    const id = walk.complaint.workflow.correctiveActions[0]?.id ?? '';
    expect(said(walk, '2026-05-04', { type: 'update_corrective_action', id, doneOn: '2026-05-04' })).toBe(
      'Corrigerende maatregel „Extra monteur”: uitgevoerd op 04-05-2026',
    );
    expectRefusal(walk, '2026-05-04', { type: 'update_corrective_action', id, effectivenessCheckedOn: '2026-04-30', effectivenessResult: 'Werkt' }, 'De toets kan niet vóór de uitvoering (04-05-2026) zijn gedaan', 'effectivenessCheckedOn');
    expect(said(walk, '2026-05-06', { type: 'update_corrective_action', id, effectivenessCheckedOn: '2026-05-06', effectivenessResult: 'Geen wachttijd meer' })).toBe(
      'Corrigerende maatregel „Extra monteur”: effectiviteit getoetst op 06-05-2026: Geen wachttijd meer',
    );
    walk.do('2026-05-06', { type: 'add_corrective_action', description: 'Nieuwe agenda', assignee: 'Erik', dueOn: '2026-05-29', effectivenessCheckDueOn: '' });
    expect(said(walk, '2026-05-07', { type: 'update_corrective_action', id, effectivenessCheckedOn: '', effectivenessResult: '' })).toBe(
      'Corrigerende maatregel „Extra monteur”: toets gewist',
    );
    expect(said(walk, '2026-05-07', { type: 'update_corrective_action', id, doneOn: '' })).toBe('Corrigerende maatregel „Extra monteur”: toch nog niet uitgevoerd');
    expectRefusal(walk, '2026-05-07', { type: 'update_corrective_action', id, effectivenessCheckedOn: '2026-05-07', effectivenessResult: 'Werkt' }, 'Toets de effectiviteit pas als de maatregel is uitgevoerd', 'effectivenessCheckedOn');
  });
});

describe('seed 001: a late complaint, structural measures and the appeal committee', () => {
  const late = () => walkFor('committee', { problemArisenOn: '2025-01-10', employeesInvolved: [] });

  it('asks a reason for handling a late complaint anyway, or for refusing it', () => {
    const walk = late();
    expectRefusal(walk, '2026-04-27', { type: 'accept_late', on: '2026-04-27', reason: '' }, 'Vul in waarom de klacht toch in behandeling wordt genomen', 'reason');
    expectRefusal(walk, '2026-04-27', { type: 'declare_inadmissible', on: '2026-04-27', reason: '' }, 'Vul in waarom de klacht niet-ontvankelijk is', 'reason');
    expect(said(late(), '2026-04-27', { type: 'declare_inadmissible', on: '2026-04-27', reason: 'Ruim te laat' })).toBe(
      'Niet-ontvankelijk verklaard: Ruim te laat. Status: Niet-ontvankelijk',
    );
    expect(said(walk, '2026-04-27', { type: 'accept_late', on: '2026-04-27', reason: 'Klant lag in het ziekenhuis' })).toBe(
      'Na de indieningstermijn ingediend, toch in behandeling genomen: Klant lag in het ziekenhuis',
    );
    expect(walk.why('2026-04-27', 'accept_late')).toBe('De klacht is binnen de termijn ingediend');
  });

  it('asks how the customer withdrew, and says so', () => {
    const walk = walkFor('committee');
    expectRefusal(walk, '2026-04-27', { type: 'withdraw', on: '2026-04-27', reason: '' }, 'Vul in hoe of waarom de klant de klacht introk', 'reason');
    expect(said(walk, '2026-04-27', { type: 'withdraw', on: '2026-04-27', reason: 'Telefonisch' })).toBe('Klacht ingetrokken: Telefonisch. Status: Ingetrokken');
  });

  it('records structural measures and an appeal with its term, its extension and its decision', () => {
    const walk = walkFor('committee', { employeesInvolved: [] }).do('2026-05-04', judged(['NC Jansen'], '2026-05-04'));
    expect(said(walk, '2026-05-04', { type: 'record_structural_measures', text: 'Checklist bij oplevering' })).toBe('Structurele maatregelen: Checklist bij oplevering');
    expect(walk.why('2026-05-04', 'decide_escalation')).toBe('Er loopt geen escalatie');
    const appeal = 'Beroepscommissie (onafhankelijk voorzitter CR Makarawung)';
    expectRefusal(walk, '2026-05-04', { type: 'escalate', bodyId: 'nergens', receivedOn: '2026-05-04', notes: '' }, 'Kies een instantie uit de klachtenregeling van deze klacht', 'bodyId');
    // 8 weeks from Monday 4 May 2026.
    // Partly founded: the appeal is open because the customer disputes the proposed solution.
    expect(said(walk, '2026-05-04', { type: 'escalate', bodyId: 'beroepscommissie', receivedOn: '2026-05-04', notes: '', solutionDisputed: true })).toBe(
      `Geëscaleerd naar ${appeal}, ontvangen op 04-05-2026; beslissing uiterlijk 29-06-2026; grond: de klant is het oneens met de voorgestelde oplossing. Status: Geëscaleerd`,
    );
    const escalationId = walk.complaint.workflow.escalations[0]?.id ?? '';
    const extend = { type: 'extend_escalation', escalationId, newDueOn: '2026-06-29', reason: 'Getuige op vakantie', noticeSentOn: '2026-06-01' } as const;
    expectRefusal(walk, '2026-06-01', extend, 'De nieuwe datum moet na 29-06-2026 liggen', 'newDueOn');
    expect(said(walk, '2026-06-01', { ...extend, newDueOn: '2026-07-27' })).toBe(`Termijn van ${appeal} verlengd tot 27-07-2026: Getuige op vakantie`);
    expectRefusal(walk, '2026-06-02', { ...extend, newDueOn: '2026-08-27' }, 'Er loopt geen escalatie met een termijn die nog verlengd kan worden', null);
    const decide = { type: 'decide_escalation', escalationId, decidedOn: '2026-05-01', outcome: 'Klacht ongegrond' } as const;
    expectRefusal(walk, '2026-07-01', decide, `Deze datum ligt vóór de ontvangst door ${appeal} (04-05-2026)`, 'decidedOn');
    expectRefusal(walk, '2026-07-01', { ...decide, decidedOn: '2026-07-01', outcome: '' }, `Vul de beslissing van ${appeal} in`, 'outcome');
    expect(said(walk, '2026-07-01', { ...decide, decidedOn: '2026-07-01' })).toBe(`Beslissing van ${appeal} op 01-07-2026: Klacht ongegrond. Status: Beoordeeld`);
  });
});

describe('seed 002: more time for the response', () => {
  it('must run past the current due day, and the timeline says until when and why', () => {
    const walk = walkFor('craft');
    const notice = { sentOn: '2026-05-04', method: 'email' } as const;
    // 4 weeks from Friday 24 April 2026: Friday 22 May.
    expectRefusal(walk, '2026-05-04', { type: 'extend', reason: 'Onderdeel besteld', newDueOn: '2026-05-22', notice }, 'De nieuwe datum moet na de huidige uiterste datum (22-05-2026) liggen', 'newDueOn');
    expect(said(walk, '2026-05-04', { type: 'extend', reason: 'Onderdeel besteld', newDueOn: '2026-06-05', notice })).toBe(
      'Termijn voor de reactie verlengd tot 05-06-2026 (klant bericht op 04-05-2026): Onderdeel besteld',
    );
  });

  it('records follow-ups planned and done', () => {
    const walk = walkFor('craft');
    expect(said(walk, '2026-04-27', { type: 'add_follow_up', dueOn: '2026-05-06', what: 'Monteur bellen' })).toBe('Opvolging op 06-05-2026: Monteur bellen');
    const id = walk.complaint.workflow.followUps[0]?.id ?? '';
    expect(said(walk, '2026-04-29', { type: 'complete_follow_up', id, on: '2026-04-29' })).toBe('Opvolging gedaan op 29-04-2026: Monteur bellen');
  });

  it('records a settlement at first contact (seed 000)', () => {
    expect(said(walkFor('dokh'), '2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Tegoedbon' })).toBe(
      'Samen met de klant opgelost: Tegoedbon. Status: Direct opgelost',
    );
  });
});

describe('text typed with its own full stop', () => {
  it('is followed by the new status after one full stop, not two', () => {
    const walk = walkFor('dokh');
    expect(said(walk, '2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Zool gecontroleerd.' })).toBe(
      'Samen met de klant opgelost: Zool gecontroleerd. Status: Direct opgelost',
    );
  });
});
