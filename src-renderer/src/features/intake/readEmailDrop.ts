import { assertMailSize, parseEmailInWorker } from '../../mail';
import type { PendingEmail } from './pendingEmail';

const EMAIL_FILE = /\.(eml|msg)$/i;

/** The first e-mail among dropped files, parsed; null when there is none. Parse errors reject with a Dutch message. */
export async function readEmailDrop(files: FileList | File[]): Promise<PendingEmail | null> {
  const file = Array.from(files).find((candidate) => EMAIL_FILE.test(candidate.name) || candidate.type === 'message/rfc822');
  if (!file) return null;
  // Before reading: a dropped mailbox export of gigabytes must not be pulled into memory first.
  assertMailSize(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mail = await parseEmailInWorker(file.name, bytes);
  return { fileName: file.name, type: file.type || (file.name.toLowerCase().endsWith('.msg') ? 'application/vnd.ms-outlook' : 'message/rfc822'), bytes, mail };
}
