export type { OfficeClosingDay, WorkingDayCalendar } from './types';
export { createWorkingDayCalendar } from './workingDayCalendar';
export { termijnenwetHolidays } from './holidays';
