export { anonymisedComplaint, anonymisedEvent } from './anonymise';
export {
  REMOVAL_REFUSED,
  backupLingerText,
  sharedRemovalText,
  customersLeftWithout,
  hashesFreed,
  mayRemovePersonalData,
  removalCounts,
  removalText,
  retentionLapsed,
  retentionRule,
} from './retention';
export { ERASURE_RULE, EXPORT_RULE, erasureDecision, handedOutText, personReference, type ErasureDecision, type KeptComplaint } from './personErasure';
export { personExport, withoutBytes, type ExportedFile, type PersonExport, type PersonRecords } from './personExport';
export { exportDocument, type DocBlock } from './exportDocument';
export { confidentialAccess, confidentialReaderRoles, mayReadComplaint, readsEveryComplaint, type AccessSubject, type ConfidentialAccess, type ConfidentialViewer } from './confidentialAccess';
export { CONFIDENTIAL_COMPLAINT, openSearchTerms, openTerms, visibleRow, type Concealed } from './visibleComplaint';
