export { computeDeadlines, withNextDeadline } from './compute';
export { AMBER_WORKING_DAYS, deadlineTone, nextOpenDeadline, type DeadlineTone } from './next';
export { complaintOfOpenDeadline, openDeadlineRecords } from './open';
export { awaitsWrittenComplaint, receivedDay, responseDueOn, submissionDeadline, submittedLate } from './terms';
