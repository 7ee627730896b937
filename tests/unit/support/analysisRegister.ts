/**
 * A small hand-made register for the analysis tests: five complaints received
 * in the first quarter of 2026, one in December 2025 and one in February 2025.
 */
import { applyKeys, keysOf, type AnalysisFact, type Tally } from '../../../src-renderer/src/domain/analysis';

function fact(id: string, receivedOn: string, customerId: string, rest: Partial<AnalysisFact>): AnalysisFact {
  return {
    id, receivedOn, receivedAt: `${receivedOn}T09:00:00.000Z`, customerId, category: '', productOrService: '', channel: 'phone', ownerId: null,
    verdict: null, bodies: [], submittedLate: false, days: { acknowledge: null, respond: null, close: null }, terms: [], ...rest,
  };
}

export const REGISTER: AnalysisFact[] = [
  fact('f1', '2026-01-05', 'A', {
    category: 'Bejegening', productOrService: 'Onderhoud', channel: 'phone', ownerId: 'erik', verdict: 'founded',
    days: { acknowledge: 2, respond: 10, close: 15 },
    terms: [['acknowledgement', '2026-01-09', '2026-01-07'], ['response', '2026-02-02', '2026-01-19']],
  }),
  fact('f2', '2026-01-20', 'A', {
    category: 'Bejegening', productOrService: 'Installatie', channel: 'email', ownerId: 'erik', verdict: 'unfounded', bodies: ['Geschillencommissie'], submittedLate: true,
    days: { acknowledge: 6, respond: 25, close: null },
    terms: [['acknowledgement', '2026-01-26', '2026-01-28'], ['response', '2026-02-17', '2026-02-24'], ['extension_notice', '2026-02-17', null]],
  }),
  fact('f3', '2026-02-10', 'B', {
    category: 'Factuur', productOrService: 'Onderhoud', channel: 'letter',
    days: { acknowledge: 1, respond: null, close: null },
    terms: [['acknowledgement', '2026-02-16', '2026-02-11'], ['response', '2026-04-20', null], ['status_check', '2026-03-10', '2026-03-09'], ['status_check', '2026-04-07', null]],
  }),
  fact('f4', '2026-03-03', 'C', {
    productOrService: 'Onderhoud', channel: 'phone', ownerId: 'anna', verdict: 'partly_founded',
    days: { acknowledge: 3, respond: 12, close: 12 },
    terms: [['acknowledgement', '2026-03-09', '2026-03-06'], ['response', '2026-03-31', '2026-03-19']],
  }),
  fact('f5', '2026-03-31', 'A', {
    category: 'Factuur', channel: 'phone', ownerId: 'anna', bodies: ['Directie', 'Geschillencommissie'],
    terms: [['acknowledgement', '2026-04-07', null]],
  }),
  fact('f0', '2025-12-31', 'B', { category: 'Factuur' }),
  fact('f6', '2025-02-01', 'D', { category: 'Bejegening' }),
];

/** What the write path keeps: one tally per day of receipt. */
export function dayTallies(facts: readonly AnalysisFact[]): Map<string, Tally> {
  const days = new Map<string, Tally>();
  for (const f of facts) {
    const tally = days.get(f.receivedOn) ?? {};
    applyKeys(tally, keysOf(f), 1);
    days.set(f.receivedOn, tally);
  }
  return days;
}

