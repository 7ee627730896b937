export { computeDeadlines, openTerms, withNextDeadline, type OpenTerm } from './compute';
export { AMBER_WORKING_DAYS, deadlineTone, nextOpenDeadline, type DeadlineTone } from './next';
export { openDeadlineId, openDeadlineRecords } from './open';
export { receivedDay, responseDueOn, submissionDeadline, submittedLate } from './terms';
