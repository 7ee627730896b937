export { anonymisedComplaint, anonymisedEvent, anonymisedWorkflow } from './anonymise';
export {
  REMOVAL_REFUSED,
  backupLingerText,
  customersLeftWithout,
  hashesFreed,
  isLetter,
  mayRemovePersonalData,
  removalCounts,
  removalText,
  retentionLapsed,
  retentionRule,
} from './retention';
