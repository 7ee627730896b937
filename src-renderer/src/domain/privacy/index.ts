export { anonymisedComplaint, anonymisedEvent } from './anonymise';
export {
  REMOVAL_REFUSED,
  backupLingerText,
  customersLeftWithout,
  hashesFreed,
  mayRemovePersonalData,
  removalCounts,
  removalText,
  retentionLapsed,
  retentionRule,
} from './retention';
