/** What the app needs of an e-mail, whichever format (.eml or Outlook .msg) it came in. */
export interface MailAddress {
  name: string;
  address: string;
}

export interface MailAttachment {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Shown inside the HTML body (a signature logo): a pinboard may leave it out. */
  inline: boolean;
}

/** When the mail reached the office: the topmost Received header of an .eml, or the delivery time Outlook keeps in a .msg. */
export interface MailArrival {
  /** ISO 8601. */
  at: string;
  source: 'received_header' | 'delivery_time';
}

export interface ParsedEmail {
  from: MailAddress | null;
  to: MailAddress[];
  /** When it was sent (the Date header), ISO 8601, or null when the mail carries no readable date. */
  date: string | null;
  /** Null when the mail says nothing readable about its arrival (a draft, or a file made by hand). */
  arrival: MailArrival | null;
  subject: string;
  /** Plain body; made from the HTML when the mail has no plain part. */
  text: string;
  html: string | null;
  attachments: MailAttachment[];
}

/** Mail files above this are refused before parsing: a complaint is never that large, a mailbox export is. */
export const MAX_MAIL_BYTES = 50 * 1024 * 1024;

export class MailParseError extends Error {
  override readonly name = 'MailParseError';

  constructor(
    /** Why, without the lead-in: what a worker sends back to the page. */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Dit e-mailbericht kan niet worden gelezen: ${reason}`, options);
  }
}
