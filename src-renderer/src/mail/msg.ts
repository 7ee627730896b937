/** Outlook items (.msg, an OLE compound file of MAPI properties) through @kenjiuno/msgreader. */
import * as msgreader from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { bodyText } from './bodyText';
import { arrivalOf, flatten, parseHeaderBlock } from './eml';
import { attachmentName, attachmentType, copyBytes, fixWindows1252, isoDate, mailAddress } from './parts';
import { MailParseError, type MailAddress, type MailArrival, type MailAttachment, type ParsedEmail } from './types';

type MsgReaderClass = typeof msgreader.default;

// A CommonJS module with `exports.default`: bundlers hand over the class, Node's ESM loader the exports object.
const MsgReader: MsgReaderClass =
  typeof msgreader.default === 'function' ? msgreader.default : (msgreader.default as unknown as { default: MsgReaderClass }).default;

export async function parseMsg(bytes: Uint8Array): Promise<ParsedEmail> {
  let reader: InstanceType<MsgReaderClass>;
  let fields: FieldsData;
  try {
    reader = new MsgReader(bytes.slice().buffer);
    fields = reader.getFileData();
  } catch (error) {
    throw new MailParseError('het Outlook-bestand (.msg) is beschadigd.', { cause: error });
  }
  if (fields.error || fields.dataType !== 'msg') throw new MailParseError('dit is geen Outlook-bericht (.msg).');
  if (!fields.messageClass && !fields.subject && !fields.body && !fields.senderName && !fields.headers) {
    // Word and Excel 97-2003 files and installers are OLE files too, without any message property.
    throw new MailParseError('dit is geen Outlook-bericht, maar een ander soort Office-bestand.');
  }

  const ansi = ansiRepair(fields.messageCodepage ?? fields.internetCodepage);
  // A received mail keeps its Internet headers: the real sender address when Outlook shows an Exchange one.
  const internet = fields.headers ? await parseHeaderBlock(fields.headers) : null;
  const internetFrom = internet?.from ? flatten([internet.from])[0] : undefined;
  const html = fields.bodyHtml ?? (fields.html ? decodeHtml(fields.html, fields.internetCodepage) : undefined);

  let attachments: MailAttachment[];
  try {
    attachments = (fields.attachments ?? []).map((attachment, index) => toAttachment(reader, attachment, index, ansi));
  } catch (error) {
    throw new MailParseError('een bijlage in het Outlook-bestand is beschadigd.', { cause: error });
  }

  return {
    // An Exchange-only sender without Internet headers still has a display name worth proposing.
    from: sender(fields, ansi) ?? internetFrom ?? mailAddress(ansi(fields.senderName ?? ''), ''),
    to: recipients(fields, ansi),
    date: isoDate(fields.clientSubmitTime) ?? isoDate(internet?.date) ?? isoDate(fields.messageDeliveryTime),
    arrival: arrival(fields, internet),
    subject: ansi(fields.subject ?? '').trim(),
    text: bodyText(fields.body === undefined ? undefined : ansi(fields.body), html),
    html: html ?? null,
    attachments,
  };
}

/** Outlook's delivery time is when the mail reached the mailbox; a .msg without it may still carry its Received headers. */
function arrival(fields: FieldsData, internet: Awaited<ReturnType<typeof parseHeaderBlock>>): MailArrival | null {
  const delivered = isoDate(fields.messageDeliveryTime);
  if (delivered) return { at: delivered, source: 'delivery_time' };
  return internet ? arrivalOf(internet) : null;
}

function sender(fields: FieldsData, ansi: (text: string) => string): MailAddress | null {
  const address = [fields.senderSmtpAddress, fields.sentRepresentingSmtpAddress, fields.senderEmail].find((value) => value?.includes('@'));
  if (!address) return null;
  return mailAddress(ansi(fields.senderName ?? ''), address);
}

function recipients(fields: FieldsData, ansi: (text: string) => string): MailAddress[] {
  return (fields.recipients ?? [])
    .filter((recipient) => recipient.recipType === undefined || recipient.recipType === 'to')
    .map((recipient) => mailAddress(ansi(recipient.name ?? ''), recipient.smtpAddress ?? recipient.email))
    .filter((address): address is MailAddress => address !== null);
}

function toAttachment(reader: InstanceType<MsgReaderClass>, fields: FieldsData, index: number, ansi: (text: string) => string): MailAttachment {
  const { content, fileName } = reader.getAttachment(fields);
  const name = attachmentName(ansi(fields.fileName ?? fileName ?? fields.fileNameShort ?? ''), fields.attachMimeTag ?? '', index);
  return {
    name,
    type: fields.innerMsgContent ? 'application/vnd.ms-outlook' : attachmentType(fields.attachMimeTag, name),
    bytes: copyBytes(content),
    inline: fields.attachmentHidden === true,
  };
}

/* ---------- code pages ---------- */

function encodingOf(codepage: number | undefined): string {
  if (codepage === 65001) return 'utf-8';
  if (codepage === 1200) return 'utf-16le';
  if (codepage !== undefined && codepage >= 1250 && codepage <= 1258) return `windows-${codepage}`;
  if (codepage !== undefined && codepage >= 28591 && codepage <= 28605) return `iso-8859-${codepage - 28590}`;
  // Dutch Outlook writes Western European text when it says nothing.
  return 'windows-1252';
}

function decodeHtml(bytes: Uint8Array, codepage: number | undefined): string {
  try {
    return decodeCodepage(bytes, codepage);
  } catch {
    // An unknown code page: Western European is the likeliest here, and never fails.
    return decodeCodepage(bytes, 1252);
  }
}

function decodeCodepage(bytes: Uint8Array, codepage: number | undefined, fatal = false): string {
  const encoding = encodingOf(codepage);
  if (encoding === 'windows-1252') return fixWindows1252(new TextDecoder('latin1').decode(bytes));
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/**
 * Old Outlook versions store 8-bit ("ANSI") strings, which msgreader reads
 * one byte per character. Such a string is turned back into its bytes and
 * decoded in the message's code page when it cannot be real text: in a
 * single-byte code page it then holds C1 control characters (U+0080–U+009F,
 * where "€", "‘" and "…" land); in UTF-8 it decodes without error.
 */
function ansiRepair(codepage: number | undefined): (text: string) => string {
  const encoding = encodingOf(codepage);
  const misread = encoding === 'utf-8' ? /[\u0080-\u00ff]/ : /[\u0080-\u009f]/;
  return (text) => {
    if (encoding === 'utf-16le' || !misread.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
    try {
      return decodeCodepage(Uint8Array.from(text, (ch) => ch.charCodeAt(0)), codepage, true);
    } catch {
      return text;
    }
  };
}
