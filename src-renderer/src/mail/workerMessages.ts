/** What the page and the mail worker say to each other: structured-clone data only, so errors travel as their message. */
import type { ParsedEmail } from './types';

export interface MailJob {
  name: string;
  bytes: Uint8Array;
}

export type MailReply = { ok: true; mail: ParsedEmail } | { ok: false; reason: string };
