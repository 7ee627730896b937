/**
 * The pinboard's records: what a pinned file must look like before it is
 * stored, and how it reads in the timeline. The bytes themselves are stored
 * by the platform (content-addressed by SHA-256) before the record is written.
 */
import { z } from 'zod';
import { ATTACHMENT_KIND_LABELS } from './labels';
import { ATTACHMENT_KINDS, type Attachment } from './model';
import { optionalId } from './validation';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** What a file's type is when nobody could tell. */
export const UNKNOWN_FILE_TYPE = 'application/octet-stream';

export const ATTACHMENT_MESSAGES = {
  nameRequired: 'Het bestand heeft geen naam',
  nameTooLong: 'De naam van het bestand is te lang (hoogstens 500 tekens)',
  size: 'De grootte van het bestand is ongeldig',
  sha256: 'Het controlegetal (SHA-256) van het bestand is ongeldig',
  kind: 'Kies het soort bestand',
  target: 'Kies de klacht of de klant waar het bestand bij hoort',
  sizeMismatch: 'Dit bestand is eerder met een andere grootte opgeslagen: de inhoud klopt niet met het controlegetal',
  sourceMissing: 'Het bestand waar dit bestand uit komt, bestaat niet (meer)',
} as const;

/**
 * A file to pin. Pinned to a complaint when `complaintId` is given (its
 * customer is then taken from the complaint, whatever `customerId` says),
 * else to the customer `customerId`. A file taken out of an e-mail points at
 * the e-mail's record with `extractedFromId` (an existing record, or an `id`
 * made beforehand with newId) or, in one batch, with `extractedFrom` (the
 * e-mail's index in that batch).
 */
export const attachmentInputSchema = z
  .object({
    id: z.string().trim().min(1).optional(),
    complaintId: optionalId,
    customerId: optionalId,
    name: z.string({ error: ATTACHMENT_MESSAGES.nameRequired }).trim().min(1, ATTACHMENT_MESSAGES.nameRequired).max(500, ATTACHMENT_MESSAGES.nameTooLong),
    type: z
      .string()
      .trim()
      .max(255)
      .default('')
      .transform((type) => type || UNKNOWN_FILE_TYPE),
    size: z.number({ error: ATTACHMENT_MESSAGES.size }).int(ATTACHMENT_MESSAGES.size).min(0, ATTACHMENT_MESSAGES.size).max(Number.MAX_SAFE_INTEGER, ATTACHMENT_MESSAGES.size),
    sha256: z.string({ error: ATTACHMENT_MESSAGES.sha256 }).regex(SHA256_PATTERN, ATTACHMENT_MESSAGES.sha256),
    kind: z.enum(ATTACHMENT_KINDS, { error: ATTACHMENT_MESSAGES.kind }),
    extractedFromId: optionalId,
    /** In a batch: the index of the earlier item this file came out of (the e-mail before its attachments). */
    extractedFrom: z.number().int().min(0).nullable().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.complaintId === null && input.customerId === null) {
      ctx.addIssue({ code: 'custom', path: ['complaintId'], message: ATTACHMENT_MESSAGES.target });
    }
  });
export type AttachmentInput = z.input<typeof attachmentInputSchema>;
export type AttachmentInputOutput = z.output<typeof attachmentInputSchema>;

const SIZE_UNITS = ['kB', 'MB', 'GB', 'TB'] as const;

/** 1.2 MiB -> "1,2 MB", as Dutch file managers write sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  for (; value >= 1024 && unit < SIZE_UNITS.length - 1; unit += 1) value /= 1024;
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} ${SIZE_UNITS[unit]}`;
}

/** The timeline's line: Bestand „foto.jpg” toegevoegd (foto, 1,2 MB); from an e-mail it names the e-mail. */
export function attachmentAddedText(attachment: Pick<Attachment, 'name' | 'kind' | 'size'>, sourceName: string | null = null): string {
  const from = sourceName === null ? '' : ` uit „${sourceName}”`;
  const kind = ATTACHMENT_KIND_LABELS[attachment.kind].toLowerCase();
  return `Bestand „${attachment.name}”${from} toegevoegd (${kind}, ${formatFileSize(attachment.size)})`;
}

export function attachmentRemovedText(attachment: Pick<Attachment, 'name'>): string {
  return `Bestand „${attachment.name}” verwijderd`;
}
