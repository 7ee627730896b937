export { DESK_GROUPS, deskGroup, type DeskGroup, type DeskGroupKey } from './groups';
export { DESK_STATE_LABELS, deskStateOf } from './state';
export { indexedRecords, withIndexedFields } from './indexedFields';
export {
  MAX_SEPARATE_REMINDERS,
  notifiedId,
  reminderMessages,
  reminderScope,
  sortOutReminders,
  type ReminderBatch,
  type ReminderMessage,
  type ReminderScope,
  type ReminderTerm,
} from './reminders';
