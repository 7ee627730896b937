/** Internet messages (.eml, RFC 5322 / MIME) through postal-mime, which runs in the browser too. */
import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime';
import { bodyText } from './bodyText';
import { arrivalFromReceived } from './received';
import { attachmentName, attachmentType, copyBytes, fixWindows1252, isoDate, mailAddress } from './parts';
import { MailParseError, type MailAddress, type MailArrival, type MailAttachment, type ParsedEmail } from './types';

// A file with none of these is some other text that happens to start with "word:".
const MAIL_HEADERS = new Set(['from', 'to', 'cc', 'subject', 'date', 'message-id', 'received', 'mime-version', 'return-path', 'content-type']);

export async function parseEml(bytes: Uint8Array): Promise<ParsedEmail> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new MailParseError('de opbouw van het bericht (MIME) is beschadigd.', { cause: error });
  }
  if (!email.headers.some((header) => MAIL_HEADERS.has(header.key))) {
    throw new MailParseError('er staan geen e-mailkoppen (zoals Van, Aan, Onderwerp) in het bestand.');
  }
  return fromPostalMime(email);
}

/** Also used for the Internet headers an Outlook .msg keeps of a received mail. */
export async function parseHeaderBlock(headers: string): Promise<Email | null> {
  try {
    return await PostalMime.parse(`${headers.replace(/(\r?\n)*$/, '')}\r\n\r\n`);
  } catch {
    return null;
  }
}

function fromPostalMime(email: Email): ParsedEmail {
  const from = email.from ? flatten([email.from])[0] : undefined;
  const html = email.html === undefined ? undefined : fixWindows1252(email.html);
  return {
    from: from ?? null,
    to: flatten(email.to ?? []),
    date: isoDate(email.date),
    arrival: arrivalOf(email),
    subject: fixWindows1252(email.subject ?? '').trim(),
    text: bodyText(email.text === undefined ? undefined : fixWindows1252(email.text), html),
    html: html ?? null,
    attachments: email.attachments.map(toAttachment),
  };
}

/** Also for the Internet headers of a .msg, whose delivery time may be missing. */
export function arrivalOf(email: Pick<Email, 'headers'>): MailArrival | null {
  const at = arrivalFromReceived(email.headers.filter((header) => header.key === 'received').map((header) => header.value));
  return at ? { at, source: 'received_header' } : null;
}

export function flatten(addresses: readonly Address[]): MailAddress[] {
  return addresses
    .flatMap((address) => (address.group ? address.group : [address]))
    .map((mailbox) => mailAddress(fixWindows1252(mailbox.name), mailbox.address))
    .filter((address): address is MailAddress => address !== null);
}

function toAttachment(attachment: Attachment, index: number): MailAttachment {
  const name = attachmentName(fixWindows1252(attachment.filename ?? ''), attachment.mimeType, index);
  return {
    name,
    type: attachmentType(attachment.mimeType, name),
    bytes: copyBytes(attachment.content),
    inline: attachment.related === true,
  };
}
