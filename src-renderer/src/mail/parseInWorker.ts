/**
 * The way the screens read a mail file: in a fresh worker, with a size limit
 * checked first and a time limit after which the worker is terminated. The
 * parsers themselves (parse.ts) stay callable directly for tests and tools.
 */
import { assertMailSize } from './limits';
import { MailParseError, type ParsedEmail } from './types';
import type { MailJob, MailReply } from './workerMessages';

/** A real mail parses in milliseconds; five seconds is far beyond that, and short enough to wait for. */
export const MAIL_PARSE_TIMEOUT_MS = 5_000;

/** The part of a Worker used here, so a test can stand in for it. */
export interface MailWorker {
  onmessage: ((event: MessageEvent<MailReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(job: MailJob): void;
  terminate(): void;
}

export interface ParseInWorkerOptions {
  timeoutMs?: number;
  createWorker?: () => MailWorker;
}

const timedOut = (timeoutMs: number) =>
  `het lezen is na ${Math.round(timeoutMs / 1000)} seconden gestopt. Het bestand is beschadigd of zo gemaakt dat het de app zou laten vastlopen. ` +
  'Open het in uw mailprogramma, of vraag de afzender het bericht opnieuw te sturen.';

function mailWorker(): MailWorker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'e-mail lezen' }) as unknown as MailWorker;
}

export function parseEmailInWorker(name: string, bytes: Uint8Array, options: ParseInWorkerOptions = {}): Promise<ParsedEmail> {
  const { timeoutMs = MAIL_PARSE_TIMEOUT_MS, createWorker = mailWorker } = options;
  try {
    assertMailSize(bytes.byteLength);
  } catch (error) {
    return Promise.reject(error as Error);
  }
  return new Promise<ParsedEmail>((resolve, reject) => {
    let worker: MailWorker;
    try {
      worker = createWorker();
    } catch (error) {
      reject(new MailParseError('de app kon geen werkruimte starten om het bericht te lezen.', { cause: error }));
      return;
    }
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      settle();
    };
    const timer = setTimeout(() => finish(() => reject(new MailParseError(timedOut(timeoutMs)))), timeoutMs);
    worker.onmessage = ({ data }) => finish(() => (data.ok ? resolve(data.mail) : reject(new MailParseError(data.reason))));
    worker.onerror = (event) => {
      event.preventDefault();
      // Running out of memory or a parser crash ends up here, not as a reply.
      finish(() => reject(new MailParseError('het bestand is beschadigd of in een onbekende vorm opgeslagen.')));
    };
    worker.postMessage({ name, bytes });
  });
}
