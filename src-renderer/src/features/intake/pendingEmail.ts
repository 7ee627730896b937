import type { ParsedEmail } from '../../mail';

/** A complaint e-mail dropped on the list, waiting for the intake screen to open with it. */
export interface PendingEmail {
  fileName: string;
  type: string;
  bytes: Uint8Array;
  mail: ParsedEmail;
}

let pending: PendingEmail | null = null;

export function stashEmail(email: PendingEmail): void {
  pending = email;
}

export function takeStashedEmail(): PendingEmail | null {
  const taken = pending;
  pending = null;
  return taken;
}
