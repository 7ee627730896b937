/**
 * Parses one mail file off the UI thread. A crafted file can make a parser
 * loop until memory runs out (see tests/fixtures/mail/make-looping-msg.mjs);
 * here that costs a worker the page can terminate, not the page itself.
 */
import { parseEmailFile } from './parse';
import { MailParseError } from './types';
import type { MailJob, MailReply } from './workerMessages';

const UNKNOWN = 'het bestand is beschadigd of in een onbekende vorm opgeslagen.';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MailJob>) => void) | null;
  postMessage(message: MailReply, transfer: Transferable[]): void;
};

scope.onmessage = ({ data }) => {
  parseEmailFile(data.name, data.bytes).then(
    // Attachments are handed over, not copied; a buffer shared by two of them may be listed only once.
    (mail) => scope.postMessage({ ok: true, mail }, [...new Set(mail.attachments.map((attachment) => attachment.bytes.buffer as ArrayBuffer))]),
    (error: unknown) => scope.postMessage({ ok: false, reason: error instanceof MailParseError ? error.reason : UNKNOWN }, []),
  );
};
