/**
 * Which complaints stand behind a figure of the analysis, as the list
 * screen's address carries it (`cijfer=category:Bejegening`) and as a test on
 * the kept facts of the period's complaints.
 */
import { CLOCKS, DURATIONS, type AnalysisFact, type Clock, type Duration } from './facts';
import type { Period } from './periods';
import { DIMENSIONS, valuesOf, type Dimension } from './tally';

export type Selection =
  | { kind: 'total' }
  | { kind: 'count'; dimension: Dimension; value: string }
  | { kind: 'clock'; clock: Clock; outcome: 'met' | 'missed' }
  | { kind: 'duration'; duration: Duration }
  | { kind: 'repeat' };

export interface FigureFilter {
  period: Period;
  selection: Selection;
}

function termOutcome(dueOn: string, metOn: string | null, today: string): 'met' | 'missed' | 'running' {
  if (metOn === null) return dueOn < today ? 'missed' : 'running';
  return metOn <= dueOn ? 'met' : 'missed';
}

/** The facts behind the figure, in the order given. */
export function selectFacts(facts: readonly AnalysisFact[], selection: Selection, today: string): AnalysisFact[] {
  switch (selection.kind) {
    case 'total':
      return [...facts];
    case 'count':
      return facts.filter((fact) => valuesOf(fact, selection.dimension).includes(selection.value));
    case 'clock':
      return facts.filter((fact) => fact.terms.some(([clock, dueOn, metOn]) => clock === selection.clock && termOutcome(dueOn, metOn, today) === selection.outcome));
    case 'duration':
      return facts.filter((fact) => fact.days[selection.duration] !== null);
    case 'repeat': {
      const perCustomer = new Map<string, number>();
      for (const fact of facts) perCustomer.set(fact.customerId, (perCustomer.get(fact.customerId) ?? 0) + 1);
      return facts.filter((fact) => (perCustomer.get(fact.customerId) ?? 0) > 1);
    }
  }
}

export function selectionParam(selection: Selection): string {
  switch (selection.kind) {
    case 'total':
    case 'repeat':
      return selection.kind;
    case 'count':
      return `count:${selection.dimension}:${selection.value}`;
    case 'clock':
      return `clock:${selection.clock}:${selection.outcome}`;
    case 'duration':
      return `duration:${selection.duration}`;
  }
}

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => (list as readonly string[]).includes(value ?? '');

export function parseSelection(param: string): Selection | null {
  if (param === 'total' || param === 'repeat') return { kind: param };
  const [kind, first, ...rest] = param.split(':');
  if (kind === 'count' && isOneOf(DIMENSIONS, first)) return { kind, dimension: first, value: rest.join(':') };
  if (kind === 'clock' && isOneOf(CLOCKS, first) && (rest[0] === 'met' || rest[0] === 'missed')) return { kind, clock: first, outcome: rest[0] };
  if (kind === 'duration' && isOneOf(DURATIONS, first)) return { kind, duration: first };
  return null;
}
