/**
 * What an office may store as its letterhead and its own letter texts, with
 * the Dutch messages a settings form shows next to each field. Pure: the
 * repository validates with these before it writes.
 */
import { z } from 'zod';
import { FORMS_OF_ADDRESS } from '../domain/procedure';
import { LETTERHEAD_SHOWS, LETTER_TYPES, type LetterFormOfAddress, type LetterTemplate, type LetterType, type Letterhead } from './types';

export const LETTERHEAD_MESSAGES = {
  officeName: 'Vul de naam van het kantoor in',
  tooLong: 'Deze tekst is te lang',
  email: 'Dit is geen geldig e-mailadres (bijvoorbeeld klachten@kantoor.nl)',
  kvk: 'Een KvK-nummer heeft 8 cijfers',
  logoType: 'Het logo moet een PNG- of JPG-afbeelding zijn',
  logoSize: 'Het logo is groter dan 2 MB; kies een kleinere afbeelding',
  formOfAddress: 'Kies of het kantoor klanten met "u" of met "je" aanspreekt',
  subject: 'Vul het onderwerp (Betreft) in',
  body: 'De brief heeft nog geen tekst',
} as const;

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const text = (max: number) => z.string().trim().max(max, LETTERHEAD_MESSAGES.tooLong);

export const letterheadSchema = z.object({
  officeName: text(200).min(1, LETTERHEAD_MESSAGES.officeName),
  addressLines: z.array(text(200)).max(6, LETTERHEAD_MESSAGES.tooLong).transform((lines) => lines.filter((line) => line !== '')),
  phone: text(50),
  email: text(200).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), LETTERHEAD_MESSAGES.email),
  website: text(200),
  kvkNumber: text(20).refine((value) => value === '' || /^\d{8}$/.test(value.replace(/\s/g, '')), LETTERHEAD_MESSAGES.kvk),
  logo: z
    .object({
      bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_LOGO_BYTES, LETTERHEAD_MESSAGES.logoSize),
      type: z.enum(['png', 'jpg'], { error: LETTERHEAD_MESSAGES.logoType }),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
    })
    .optional(),
  headerShows: z.enum(LETTERHEAD_SHOWS).optional(),
  placeName: text(100),
  signatoryName: text(200),
  signatoryFunction: text(200),
  formOfAddress: z.enum(FORMS_OF_ADDRESS, { error: LETTERHEAD_MESSAGES.formOfAddress }),
});

/** Before the office filled anything in: letters still work, and show what is missing. */
export const EMPTY_LETTERHEAD: Letterhead = {
  officeName: '',
  addressLines: [],
  phone: '',
  email: '',
  website: '',
  kvkNumber: '',
  placeName: '',
  signatoryName: '',
  signatoryFunction: '',
  formOfAddress: 'u',
};

/**
 * Which of logo and name the letterhead's top shows. Without a logo the name
 * always shows: a letter never goes out without saying whose it is.
 */
export function letterheadTop(letterhead: Pick<Letterhead, 'logo' | 'headerShows'>): { logo: boolean; name: boolean } {
  const shows = letterhead.headerShows ?? 'both';
  const logo = Boolean(letterhead.logo) && shows !== 'name';
  return { logo, name: !logo || shows !== 'logo' };
}

export const letterTemplateSchema = z.object({
  subject: z.string().trim().min(1, LETTERHEAD_MESSAGES.subject).max(300, LETTERHEAD_MESSAGES.tooLong),
  body: z
    .string()
    .max(20_000, LETTERHEAD_MESSAGES.tooLong)
    .refine((body) => body.trim() !== '', LETTERHEAD_MESSAGES.body),
});

export const letterTypeSchema = z.enum(LETTER_TYPES);

/** Where an office's own text of one letter type is kept: per form of address, so switching keeps both. */
export function templateKey(type: LetterType, form: LetterFormOfAddress): string {
  return `${form}:${type}`;
}

export type TemplateOverrides = Partial<Record<string, LetterTemplate>>;
