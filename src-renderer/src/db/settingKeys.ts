/** Keys of the office settings the repositories read and write (settings table). */
export const SETTING_KEYS = {
  /** Procedure.id of the version new complaints start under. */
  currentProcedure: 'procedure.current',
  /** OfficeClosingDay[]: days the office is closed, on top of weekends and holidays. */
  closingDays: 'calendar.closingDays',
  /** Letterhead: the office's details on every letter, and "u" or "je". */
  letterhead: 'letters.letterhead',
  /** TemplateOverrides: the office's own letter texts, by `${form}:${type}`. */
  letterTemplates: 'letters.templates',
  /** string[]: the cause categories a measure can address (Instellingen → Maatregelen). */
  causeCategories: 'measures.causeCategories',
  /** ISO moment of the last sweep of unreferenced attachment files on this workstation. */
  lastAttachmentSweep: 'attachments.lastSweep',
} as const;
