/** Small clean-ups both parsers need, so an .eml and a .msg of the same mail come out alike. */
import type { MailAddress } from './types';

const EXTENSION_OF_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'text/plain': 'txt',
  'text/html': 'html',
  'message/rfc822': 'eml',
  'application/vnd.ms-outlook': 'msg',
};

const TYPE_OF_EXTENSION: Record<string, string> = Object.fromEntries(
  Object.entries(EXTENSION_OF_TYPE).map(([type, extension]) => [extension, type]),
);
TYPE_OF_EXTENSION.jpeg = 'image/jpeg';
TYPE_OF_EXTENSION.docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
TYPE_OF_EXTENSION.xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A bare, visible file name: a sender can name an attachment "../../x" or
 * leave it unnamed; such parts still get a name the user can recognise.
 */
export function attachmentName(given: string | null | undefined, type: string, index: number): string {
  const base = (given ?? '')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .split(/[\\/]/)
    .pop()
    ?.trim();
  if (base) return base.slice(0, 255);
  const extension = EXTENSION_OF_TYPE[type.toLowerCase()];
  return `bijlage-${index + 1}${extension ? `.${extension}` : ''}`;
}

/** The MIME type a mail part declares, or one guessed from its name when it declares none. */
export function attachmentType(declared: string | null | undefined, name: string): string {
  const type = declared?.trim().toLowerCase();
  if (type && type !== 'application/octet-stream') return type;
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  return TYPE_OF_EXTENSION[extension] ?? 'application/octet-stream';
}

export function mailAddress(name: string | null | undefined, address: string | null | undefined): MailAddress | null {
  const cleanAddress = (address ?? '').trim().replace(/^<|>$/g, '');
  const cleanName = (name ?? '').trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (!cleanAddress && !cleanName) return null;
  // Outlook often repeats the address as the name; that is no name.
  return { name: cleanName.toLowerCase() === cleanAddress.toLowerCase() ? '' : cleanName, address: cleanAddress };
}

/** ISO 8601, or null for a missing or unreadable date (some mailers write nonsense). */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function copyBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  // A slice, so the part does not keep the whole mail file alive (or hand it on) through a shared buffer.
  return content instanceof Uint8Array ? content.slice() : new Uint8Array(content);
}

// Windows-1252 puts printable characters where Latin-1 has C1 control codes.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Turns C1 control codes into the Windows-1252 characters they stand for.
 * Mail labelled ISO-8859-1 is nearly always Windows-1252 (browsers decode it
 * so), and some TextDecoders, Node 20's among them, decode "windows-1252" as
 * Latin-1. Real text never holds C1 codes, so nothing right is changed.
 */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => WINDOWS_1252_C1.charAt(ch.charCodeAt(0) - 0x80));
}
