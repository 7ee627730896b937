/**
 * How the desk groups open terms: one group per step a coordinator chases,
 * where a response and the response after an extension are the same chase.
 * In the order of the procedure.
 */
import type { DeadlineKind } from '../model';

const DESK_GROUP_KEYS = [
  'acknowledgement',
  'further_handling',
  'response',
  'extension_notice',
  'status_check',
  'follow_up',
  'repair',
  'improvement',
  'escalation',
  'ruling',
] as const;
export type DeskGroupKey = (typeof DESK_GROUP_KEYS)[number];

export interface DeskGroup {
  key: DeskGroupKey;
  /** Dutch heading on the desk. */
  label: string;
  kinds: readonly DeadlineKind[];
}

const GROUPS: Record<DeskGroupKey, Omit<DeskGroup, 'key'>> = {
  acknowledgement: { label: 'Ontvangstbevestiging', kinds: ['acknowledgement'] },
  further_handling: { label: 'Bericht verdere afhandeling', kinds: ['further_handling'] },
  response: { label: 'Reactie', kinds: ['response', 'extended_response'] },
  extension_notice: { label: 'Bericht verlenging', kinds: ['extension_notice'] },
  status_check: { label: 'Statuscontrole', kinds: ['status_check'] },
  follow_up: { label: 'Vervolgafspraak', kinds: ['follow_up'] },
  repair: { label: 'Herstel', kinds: ['repair'] },
  improvement: { label: 'Verbetermaatregelen', kinds: ['corrective_action', 'effectiveness_check'] },
  escalation: { label: 'Beroep en escalatie', kinds: ['escalation'] },
  ruling: { label: 'Uitspraak uitvoeren', kinds: ['ruling_compliance'] },
};

export const DESK_GROUPS: readonly DeskGroup[] = DESK_GROUP_KEYS.map((key) => ({ key, ...GROUPS[key] }));

export function deskGroup(key: DeskGroupKey): DeskGroup {
  return { key, ...GROUPS[key] };
}
