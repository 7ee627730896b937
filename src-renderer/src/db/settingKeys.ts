/** Keys of the office settings the repositories read and write (settings table). */
export const SETTING_KEYS = {
  /** Procedure.id of the version new complaints start under. */
  currentProcedure: 'procedure.current',
  /** OfficeClosingDay[]: days the office is closed, on top of weekends and holidays. */
  closingDays: 'calendar.closingDays',
} as const;
