import { describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../src-renderer/src/domain/deadlines';
import { openTerms } from '../../src-renderer/src/domain/deadlines/compute';
import { DESK_GROUPS } from '../../src-renderer/src/domain/desk';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { procedureSchema } from '../../src-renderer/src/domain/procedures';
import { calendar, complaintUnder, preset, Walk, walkFor } from './support/workflow';

const NRTO = 'commissie-kwaliteitshandhaving-nrto';

/** 003 up to the NRTO commission's ruling on Friday 5 June 2026. */
function ruled(walk: Walk = walkFor('soleTrader', { employeesInvolved: [] })): Walk {
  walk.do('2026-05-11', { type: 'escalate', bodyId: NRTO, receivedOn: '2026-05-11', notes: '' });
  const [escalation] = walk.complaint.workflow.escalations;
  return walk.do('2026-06-05', { type: 'decide_escalation', escalationId: escalation?.id ?? '', decidedOn: '2026-06-05', outcome: 'Nieuwe website binnen een maand' });
}

// 003: "Indien de commissie de klacht in behandeling neemt en uitspraak doet, zullen wij akkoord gaan met deze uitspraak. En zorgdragen voor een snelle handeling."
describe('carrying out the NRTO commission’s ruling (seed 003)', () => {
  it('puts a term of 4 weeks from the ruling among the complaint’s open terms, for the desk, until it is carried out', () => {
    const walk = ruled();
    const id = walk.complaint.workflow.escalations[0]?.id ?? '';
    expect(computeDeadlines(walk.complaint, walk.procedure, calendar, '2026-06-08').find((d) => d.kind === 'ruling_compliance')).toMatchObject({
      label: 'Uitspraak uitvoeren: Commissie van Kwaliteitshandhaving (NRTO)',
      itemId: id,
      dueOn: '2026-07-03',
      metOn: null,
    });
    expect(openTerms(walk.complaint, walk.procedure, calendar)).toContainEqual({ kind: 'ruling_compliance', itemId: id, dueOn: '2026-07-03' });
    expect(DESK_GROUPS.find((group) => group.kinds.includes('ruling_compliance'))?.label).toBe('Uitspraak uitvoeren');

    expect(walk.refusal('2026-06-10', { type: 'carry_out_ruling', escalationId: id, on: '2026-06-04' })?.field).toBe('on');
    walk.do('2026-06-22', { type: 'carry_out_ruling', escalationId: id, on: '2026-06-22' });
    expect(walk.events.at(-1)?.summary).toBe('Uitspraak van Commissie van Kwaliteitshandhaving (NRTO) uitgevoerd op 22-06-2026');
    expect(openTerms(walk.complaint, walk.procedure, calendar).map((t) => t.kind)).not.toContain('ruling_compliance');
    expect(walk.why('2026-06-22', 'carry_out_ruling')).toBe('Er is geen uitspraak die nog moet worden uitgevoerd');
  });

  it('takes the office’s own term, and a 003 procedure stored before the term existed keeps the preset’s 4 weeks', () => {
    const withTerm = (term: Procedure['escalations'][number]['complianceTerm']): Procedure => ({
      ...preset('soleTrader'),
      escalations: preset('soleTrader').escalations.map((body) => {
        const { complianceTerm: _dropped, ...rest } = body;
        return term === undefined ? rest : { ...rest, complianceTerm: term };
      }),
    });
    const twoWeeks = withTerm({ amount: 2, unit: 'weeks' });
    expect(procedureSchema.safeParse(twoWeeks).success).toBe(true);
    const due = (procedure: Procedure) =>
      computeDeadlines(ruled(new Walk(complaintUnder(procedure, { employeesInvolved: [] }), procedure)).complaint, procedure, calendar, '2026-06-08').find(
        (d) => d.kind === 'ruling_compliance',
      )?.dueOn;
    expect(due(twoWeeks)).toBe('2026-06-19');
    expect(due(withTerm(undefined))).toBe('2026-07-03');
    expect(due(withTerm(null))).toBeUndefined();
  });
});
