/**
 * What a letter will say, without building the document: the dialog and the
 * template editor check it at every keystroke, so this stays free of the
 * `docx` package, which is loaded only when a letter is actually made. The
 * settings preview and the .docx both take their lines from here, so the
 * preview cannot drift from the letter.
 */
import { COUNTRY_LABELS, DEFAULT_COUNTRY } from '../domain/countries';
import { defaultTemplate, fillTemplate, optionalPlaceholders, PARAGRAPH_BREAK, unixLines } from './templates';
import type { LetterInput, LetterTemplate, Letterhead } from './types';
import { dutchDate, letterValues } from './values';

export interface PreparedLetter {
  subject: string;
  /** Body paragraphs, each a list of lines. */
  paragraphs: string[][];
  /** Lines of the address block. */
  address: string[];
  unknown: string[];
  /** Placeholders without a value, plus address fields a letter by post needs. */
  missing: string[];
  /** "Gouda, 21 november 2026", or the date alone without a place name. */
  dateLine: string;
  /** Signatory, function and office, the lines that are filled in. */
  signature: string[];
  /** The office's details in one line, for the footer. */
  footer: string;
}

function splitParagraphs(text: string): string[][] {
  return unixLines(text)
    .split(PARAGRAPH_BREAK)
    .map((block) => block.split('\n').map((line) => line.trimEnd()))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
}

/** The office's details in one line: it may break between them, never inside one ("KvK" stays with its number, "T" with the phone). */
function footerLine(lh: Letterhead): string {
  const tied = (text: string) => text.trim().replace(/ /g, '\u00A0');
  const address = lh.addressLines.map(tied).filter((line) => line !== '').join(', ');
  const details = [lh.phone.trim() && `T ${lh.phone.trim()}`, lh.email, lh.website, lh.kvkNumber.trim() && `KvK ${lh.kvkNumber.trim()}`].map(tied);
  return [address, ...details].filter((part) => part !== '').join(' · ');
}

/**
 * Everything a letter will say, with what could not be filled: the UI shows
 * `unknown` and `missing` before the letter is made. Unfilled placeholders
 * stay visible in the text as typed, never a blank.
 */
export function prepareLetter(input: LetterInput, template?: string | Partial<LetterTemplate>): PreparedLetter {
  const defaults = defaultTemplate(input.type, input.letterhead.formOfAddress);
  const chosen = typeof template === 'string' ? { ...defaults, body: template } : { ...defaults, ...template };
  const values = letterValues(input);
  const body = fillTemplate(chosen.body, values, optionalPlaceholders(input.procedure));
  const subject = fillTemplate(chosen.subject, values);
  const c = input.customer;
  const missing = new Set([...subject.missing, ...body.missing]);
  if (!c.name.trim()) missing.add('klant.naam');
  if (!c.street.trim()) missing.add('klant.adres');
  if (!c.postcode.trim()) missing.add('klant.postcode');
  if (!c.city.trim()) missing.add('klant.woonplaats');
  const lh = input.letterhead;
  const place = lh.placeName.trim();
  const date = dutchDate(input.date);
  // PostNL: mail abroad names the country, in capitals, on the address's last line.
  const country = c.country && c.country !== DEFAULT_COUNTRY ? COUNTRY_LABELS[c.country].toUpperCase() : '';
  const address = [c.name.trim(), c.street.trim(), [c.postcode.trim(), c.city.trim()].filter((p) => p !== '').join('  '), country].filter((l) => l !== '');
  return {
    subject: subject.text,
    paragraphs: splitParagraphs(body.text),
    address,
    unknown: [...new Set([...subject.unknown, ...body.unknown])],
    missing: [...missing],
    dateLine: place ? `${place}, ${date}` : date,
    signature: [lh.signatoryName, lh.signatoryFunction, lh.officeName].map((l) => l.trim()).filter((l) => l !== ''),
    footer: footerLine(lh),
  };
}
