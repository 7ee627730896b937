/**
 * A restore that cannot lose the register in use. The backup of the current
 * data and the new register are made at the same time: the first reads the
 * register in use, the second builds one beside it under another name, so
 * neither touches what the other works on, and together they take little
 * longer than the slower one. Only when both are good does the register in
 * use change, in one write; if either fails, the office works on as before.
 */
export interface SafeRestoreSteps {
  /** The backup of the register in use, checked. */
  backUpCurrent(): Promise<unknown>;
  /** Builds the restored register beside the one in use and returns its name; gives up when `signal` aborts. */
  build(signal: AbortSignal): Promise<string>;
  /** Removes a register that was built but will not be used. */
  discard(name: string): Promise<void>;
  switchTo(name: string): void;
}

export async function restoreSafely(steps: SafeRestoreSteps): Promise<void> {
  const stop = new AbortController();
  const safety = steps.backUpCurrent().catch((error: unknown) => {
    // Without a backup of the current data the restore will not be used: no need to finish building it.
    stop.abort();
    throw error;
  });
  const [backedUp, built] = await Promise.allSettled([safety, steps.build(stop.signal)]);
  if (backedUp.status === 'rejected') {
    // A register left by a failed discard is removed at the next start (staleRegisters): it is not the one in use.
    if (built.status === 'fulfilled') await steps.discard(built.value).catch(() => undefined);
    throw backedUp.reason;
  }
  if (built.status === 'rejected') throw built.reason;
  steps.switchTo(built.value);
}
