/**
 * The screens read mail through parseEmailInWorker: a size limit before any
 * work, and a time limit after which the worker is terminated. A stand-in
 * worker plays the parser here; the real one runs in the e2e tests.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_MAIL_BYTES, MailParseError, parseEmailInWorker, type ParsedEmail } from '../../src-renderer/src/mail';
import type { MailWorker } from '../../src-renderer/src/mail/parseInWorker';
import type { MailJob, MailReply } from '../../src-renderer/src/mail/workerMessages';

const MAIL: ParsedEmail = { from: null, to: [], date: null, arrival: null, subject: 'Klacht', text: 'Tekst', html: null, attachments: [] };

/** A worker that answers `reply` (or never, like a parser caught in a loop). */
function standIn(reply?: MailReply) {
  const worker: MailWorker & { jobs: MailJob[]; terminated: boolean } = {
    jobs: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(job) {
      this.jobs.push(job);
      if (reply) queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent<MailReply>));
    },
    terminate() {
      this.terminated = true;
    },
  };
  return worker;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('parseEmailInWorker', () => {
  it('hands the file to a worker and returns its mail, ending the worker', async () => {
    const worker = standIn({ ok: true, mail: MAIL });
    await expect(parseEmailInWorker('klacht.eml', new Uint8Array([1, 2, 3]), { createWorker: () => worker })).resolves.toEqual(MAIL);
    expect(worker.jobs).toEqual([{ name: 'klacht.eml', bytes: new Uint8Array([1, 2, 3]) }]);
    expect(worker.terminated).toBe(true);
  });

  it('stops a worker that does not answer within the time limit, with a Dutch message', async () => {
    vi.useFakeTimers();
    const worker = standIn();
    const parsing = parseEmailInWorker('klacht.msg', new Uint8Array([1]), { createWorker: () => worker, timeoutMs: 5_000 });
    const outcome = expect(parsing).rejects.toThrow('Dit e-mailbericht kan niet worden gelezen: het lezen is na 5 seconden gestopt.');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(worker.terminated).toBe(true);
  });

  it("passes on the parser's own reason", async () => {
    const worker = standIn({ ok: false, reason: 'dit is geen Outlook-bericht (.msg).' });
    const parsing = parseEmailInWorker('x.msg', new Uint8Array([1]), { createWorker: () => worker });
    await expect(parsing).rejects.toBeInstanceOf(MailParseError);
    await expect(parsing).rejects.toThrow('Dit e-mailbericht kan niet worden gelezen: dit is geen Outlook-bericht (.msg).');
  });

  it('turns a crashed worker (out of memory) into a message and ends it', async () => {
    const worker = standIn();
    const parsing = parseEmailInWorker('x.msg', new Uint8Array([1]), { createWorker: () => worker });
    worker.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
    await expect(parsing).rejects.toThrow(/beschadigd of in een onbekende vorm/);
    expect(worker.terminated).toBe(true);
  });

  it('refuses an empty or oversized file before starting a worker', async () => {
    const createWorker = vi.fn(() => standIn({ ok: true, mail: MAIL }));
    await expect(parseEmailInWorker('leeg.eml', new Uint8Array(0), { createWorker })).rejects.toThrow('het bestand is leeg.');
    const huge = { byteLength: MAX_MAIL_BYTES + 1 } as Uint8Array;
    await expect(parseEmailInWorker('groot.eml', huge, { createWorker })).rejects.toThrow(/hoogstens 50 MB/);
    expect(createWorker).not.toHaveBeenCalled();
  });
});
