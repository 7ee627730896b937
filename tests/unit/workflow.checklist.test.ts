import { describe, expect, it } from 'vitest';
import { procedureChecklist } from '../../src-renderer/src/domain/workflow';
import { complaintUnder, preset, Walk, walkFor } from './support/workflow';

const states = (walk: Walk) => procedureChecklist(walk.complaint, walk.procedure).map((item) => [item.key, item.state, item.doneOn ?? null]);

describe('the procedure checklist', () => {
  it('lists seed 004’s steps in order, done with their day, the next one marked', () => {
    const walk = walkFor('coordinator')
      .do('2026-04-27', { type: 'acknowledge', sentOn: '2026-04-27', method: 'email' })
      .do('2026-04-28', { type: 'assign_owner', ownerId: 'erik', ownerName: 'Erik Zwart', customerContactBy: 'owner' });
    expect(states(walk)).toEqual([
      ['received', 'done', '2026-04-24'],
      ['acknowledgement', 'done', '2026-04-27'],
      ['owner', 'done', '2026-04-28'],
      ['status_check', 'open', null],
      ['management_owner', 'open', null],
      // No verdict under 004: the solution is what handling works towards.
      ['response', 'open', null],
      ['solution', 'next', null],
      ['solution_done', 'open', null],
      ['evaluation', 'open', null],
      ['agreement', 'open', null],
      ['closed', 'open', null],
    ]);
    const labels = procedureChecklist(walk.complaint, walk.procedure).map((item) => item.step);
    expect(labels).toContain('Ontvangstbevestiging aan de klant (binnen 5 werkdagen)');
    expect(labels).toContain('Statuscontrole bij de behandelaar (elke 2 weken)');
    expect(labels).toContain('Akkoord van de klant');
    expect(procedureChecklist(walk.complaint, walk.procedure).find((i) => i.key === 'acknowledgement')?.deadline).toBe('acknowledgement');
  });

  it('marks the handling steps not applicable once settled at first contact (seed 000)', () => {
    const walk = walkFor('dokh')
      .do('2026-04-24', { type: 'acknowledge', sentOn: '2026-04-24', method: 'email' })
      .do('2026-04-27', { type: 'settle_informally', on: '2026-04-27', agreement: 'Excuses en tegoedbon' });
    const result = Object.fromEntries(states(walk).map(([key, state]) => [key, state]));
    expect(result).toMatchObject({
      first_contact: 'done',
      settled: 'done',
      judgement: 'not_applicable',
      response: 'not_applicable',
      closed: 'next',
    });
  });

  it('shows hearing both sides done once the customer and the named employee were heard', () => {
    const walk = walkFor('wkkgz')
      .do('2026-04-27', { type: 'log_contact', on: '2026-04-27', kind: 'phone', withWhom: 'customer', direction: 'out', name: '', notes: 'Klant gehoord' });
    const hearing = () => procedureChecklist(walk.complaint, walk.procedure).find((i) => i.key === 'hearing');
    expect(hearing()?.state).not.toBe('done');
    walk.do('2026-04-29', { type: 'log_contact', on: '2026-04-29', kind: 'meeting', withWhom: 'employee', direction: 'out', name: 'Piet', notes: 'Piet gehoord' });
    expect(hearing()).toMatchObject({ state: 'done', doneOn: '2026-04-29' });
  });

  it('urges nothing on a withdrawn complaint, and only learning on a closed one (seed 001)', () => {
    const withdrawn = walkFor('craft').do('2026-04-27', { type: 'withdraw', on: '2026-04-27', reason: 'Opgelost' });
    expect(states(withdrawn).filter(([, state]) => state === 'next' || state === 'open')).toEqual([]);
    expect(states(withdrawn).at(-1)).toEqual(['withdrawn', 'done', '2026-04-27']);

    const closed = walkFor('committee', { employeesInvolved: [] })
      .do('2026-05-12', { type: 'record_judgement', verdict: 'founded', reasoning: 'Klopt', judgedOn: '2026-05-12', judges: ['NC Jansen'], judgedById: null })
      .do('2026-05-12', { type: 'send_response', sentOn: '2026-05-12', method: 'email' })
      .do('2026-05-13', { type: 'close', on: '2026-05-13' });
    expect(states(closed).filter(([, state]) => state === 'next')).toEqual([['structural_measures', 'next', null]]);
  });

  it('names the closing message of a one-person office (seed 003) and the further-handling step', () => {
    const labels = procedureChecklist(complaintUnder(preset('soleTrader')), preset('soleTrader')).map((item) => item.step);
    expect(labels).toContain('Bericht aan de klant over de verdere afhandeling (binnen 10 werkdagen)');
    expect(labels).toContain('Afsluitend bericht aan de klant: wat is overeengekomen of hoe het is afgerond (binnen 4 weken)');
    expect(labels).toContain('Oordeel (gegrond, deels gegrond of ongegrond) door de eigenaar van het bedrijf');
    expect(labels).not.toContain('Behandelaar toegewezen die niet bij de klacht betrokken is');
  });
});

describe('the checklist of each preset on a new complaint', () => {
  const steps = (key: Parameters<typeof preset>[0]) =>
    procedureChecklist(complaintUnder(preset(key)), preset(key)).map((item) => `${item.state}: ${item.step}${item.deadline ? ` [${item.deadline}]` : ''}`);
  const start = ['done: Klacht ontvangen en geregistreerd'];
  const ownerStep = 'open: Behandelaar toegewezen die niet bij de klacht betrokken is';
  // The complaint names Piet: he has a line of his own until he is heard.
  const hearing = ['open: Hoor en wederhoor: de klant en de genoemde medewerkers gehoord', 'open: Piet gehoord'];
  const extension = 'open: Meer tijd nodig: de klant binnen de termijn bericht [extension_notice]';
  const byUninvolved = 'open: Oordeel (gegrond, deels gegrond of ongegrond) door een medewerker die niet bij de klacht betrokken is';
  const byOwner = 'open: Oordeel (gegrond, deels gegrond of ongegrond) door de eigenaar van het bedrijf';
  const writtenResponse = (term: string) => `open: Schriftelijke reactie aan de klant met het oordeel en de argumenten (binnen ${term}) [response]`;
  const solution = ['open: Oplossing en hersteltermijn met de klant afgesproken', 'open: Oplossing uitgevoerd (ook als een derde die uitvoert) [repair]'];
  const learning = [
    'open: Oorzaak van de klacht onderzocht',
    'open: Corrigerende maatregelen vastgesteld',
    'not_applicable: Maatregelen ingevoerd en op effectiviteit getoetst [effectiveness_check]',
  ];
  const evaluation = 'open: Verloop van de klacht met de klant geëvalueerd';
  const closed = 'open: Dossier gesloten';

  it('names the steps of seed 000 (DOKh), the first contact first', () => {
    expect(steps('dokh')).toEqual([
      ...start,
      'next: Ontvangstbevestiging aan de klant (binnen 2 werkdagen) [acknowledgement]',
      'open: Ernst beoordeeld: vraagt de klacht aanpassing van de werkwijze?',
      'open: Contact met de klant: klacht goed begrepen, samen naar een oplossing gezocht',
      ownerStep,
      ...hearing,
      byUninvolved,
      writtenResponse('4 weken'),
      ...learning,
      closed,
    ]);
  });

  it('names the steps of seed 001 (committee), with management and structural measures', () => {
    expect(steps('committee')).toEqual([
      ...start,
      'next: Ontvangstbevestiging aan de klant (binnen 2 weken) [acknowledgement]',
      ...hearing,
      'open: Bij een materieel of financieel belang: besproken met de directie',
      extension,
      'open: Oordeel (gegrond, deels gegrond of ongegrond) door de klachtencommissie (voorzitter en leden)',
      writtenResponse('4 weken'),
      closed,
      'open: Directie: maatregelen tegen herhaling overwogen en aangetekend',
    ]);
  });

  it('names the steps of seed 002 (craft business), with the repair and the evaluation', () => {
    expect(steps('craft')).toEqual([
      ...start,
      'next: Ontvangstbevestiging aan de klant (binnen 5 werkdagen) [acknowledgement]',
      ...hearing,
      extension,
      byOwner,
      writtenResponse('4 weken'),
      ...solution,
      ...learning,
      evaluation,
      closed,
    ]);
  });

  it('names the steps of seed 003 (sole trader), with the further-handling message and the closing message', () => {
    expect(steps('soleTrader')).toEqual([
      ...start,
      'next: Ontvangstbevestiging aan de klant (binnen 5 werkdagen) [acknowledgement]',
      'open: Bericht aan de klant over de verdere afhandeling (binnen 10 werkdagen) [further_handling]',
      extension,
      byOwner,
      'open: Afsluitend bericht aan de klant: wat is overeengekomen of hoe het is afgerond (binnen 4 weken) [response]',
      closed,
    ]);
  });

  it('names the steps of seed 004 (coordinator): no verdict, and a response recorded but not required', () => {
    expect(steps('coordinator')).toEqual([
      ...start,
      'next: Ontvangstbevestiging aan de klant (binnen 5 werkdagen) [acknowledgement]',
      'open: Behandelaar (eigenaar van de klacht) toegewezen',
      'open: Statuscontrole bij de behandelaar (elke 2 weken) [status_check]',
      'open: Kan de behandelaar de klacht niet afhandelen: overleg met de directie',
      'open: Oplossing aan de klant gemeld [response]',
      ...solution,
      evaluation,
      'open: Akkoord van de klant',
      closed,
    ]);
  });

  it('names the steps of the Wkkgz preset, with a response in 6 weeks', () => {
    expect(steps('wkkgz')).toEqual([
      ...start,
      'next: Ontvangstbevestiging aan de klant (binnen 5 werkdagen) [acknowledgement]',
      ownerStep,
      ...hearing,
      extension,
      byUninvolved,
      writtenResponse('6 weken'),
      ...learning,
      closed,
    ]);
  });

  it('asks first to judge admissibility when the complaint came in after the submission limit (seed 001)', () => {
    const late = procedureChecklist(complaintUnder(preset('committee'), { problemArisenOn: '2024-01-10' }), preset('committee'));
    expect(late.slice(0, 3).map((item) => `${item.state}: ${item.step}`)).toEqual([
      'done: Klacht ontvangen en geregistreerd',
      'next: Ingediend na de termijn van 12 maanden: ontvankelijkheid beoordeeld',
      'open: Ontvangstbevestiging aan de klant (binnen 2 weken)',
    ]);
  });
});
