import { MAX_MAIL_BYTES, MailParseError } from './types';

/**
 * Refuses a mail file by its size alone, so a caller can ask before reading
 * the file into memory: a complaint is never that large, a mailbox export is.
 */
export function assertMailSize(byteLength: number): void {
  if (byteLength === 0) throw new MailParseError('het bestand is leeg.');
  if (byteLength > MAX_MAIL_BYTES) {
    throw new MailParseError(
      `het bestand is ${(byteLength / 1024 / 1024).toFixed(0)} MB; een e-mail mag hier hoogstens ${MAX_MAIL_BYTES / 1024 / 1024} MB zijn.`,
    );
  }
}
