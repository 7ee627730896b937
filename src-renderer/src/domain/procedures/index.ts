import type { Procedure } from '../procedure';
import { careBusinessCoordinator } from './presets/careBusinessCoordinator';
import { careProviderDokh } from './presets/careProviderDokh';
import { careProviderWkkgz } from './presets/careProviderWkkgz';
import { craftBusiness } from './presets/craftBusiness';
import { serviceProviderCommittee } from './presets/serviceProviderCommittee';
import { soleTraderNrto } from './presets/soleTraderNrto';

export { procedureSchema, termSchema, termExtensionSchema, escalationBodySchema, committeeMemberSchema, PROCEDURE_MESSAGES, PROCEDURE_TEXT_LIMITS, MAX_TERM_AMOUNT } from './schema';

/** In the order of their sources (seeds 000–004), the Wkkgz last. */
export const PROCEDURE_PRESETS: readonly Procedure[] = [
  careProviderDokh,
  serviceProviderCommittee,
  craftBusiness,
  soleTraderNrto,
  careBusinessCoordinator,
  careProviderWkkgz,
];

/**
 * A new office starts from the general procedure of a trade business: it fits
 * any sector, runs every step from receipt to archiving, and has the fullest
 * route for a customer who does not agree. The office picks its own later.
 */
export const DEFAULT_PRESET_KEY = craftBusiness.key;

export function presetByKey(key: string): Procedure | undefined {
  return PROCEDURE_PRESETS.find((preset) => preset.key === key);
}
