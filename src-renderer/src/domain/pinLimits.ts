/**
 * The most one file pinned by hand may be. A scan, photo or mail fits easily;
 * a video or a whole archive belongs elsewhere: every backup and, on a shared
 * register, every workstation carries each pinned file. Lower than the store's
 * own safety cap (MAX_ATTACHMENT_BYTES), which older, larger files and restores still pass.
 */
export const MAX_PINNED_FILE_BYTES = 50 * 1024 * 1024;
