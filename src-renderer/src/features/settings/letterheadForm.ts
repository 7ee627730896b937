import type { FieldErrors, Resolver } from 'react-hook-form';
import { letterheadSchema, type LetterFormOfAddress, type LetterLogo, type Letterhead, type LetterheadShows } from '../../letters';

/** The letterhead as the form holds it: the address as one text, the logo kept outside the form. */
export interface LetterheadFormValues {
  officeName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  kvkNumber: string;
  placeName: string;
  signatoryName: string;
  signatoryFunction: string;
  formOfAddress: LetterFormOfAddress;
  headerShows: LetterheadShows;
}

export function letterheadToForm(letterhead: Letterhead): LetterheadFormValues {
  return {
    officeName: letterhead.officeName,
    address: letterhead.addressLines.join('\n'),
    phone: letterhead.phone,
    email: letterhead.email,
    website: letterhead.website,
    kvkNumber: letterhead.kvkNumber,
    placeName: letterhead.placeName,
    signatoryName: letterhead.signatoryName,
    signatoryFunction: letterhead.signatoryFunction,
    formOfAddress: letterhead.formOfAddress,
    headerShows: letterhead.headerShows ?? 'both',
  };
}

export function formToLetterhead(values: LetterheadFormValues, logo: LetterLogo | undefined): Letterhead {
  const { address, ...rest } = values;
  const addressLines = address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { ...rest, addressLines, ...(logo ? { logo } : {}) };
}

/**
 * Where a schema or repository message belongs: every address line is the
 * one address field, and everything about the logo is the logo field.
 */
export function letterheadFieldFor(path: string): keyof LetterheadFormValues | 'logo' {
  const [head] = path.split('.');
  if (head === 'addressLines') return 'address';
  if (head === 'logo') return 'logo';
  return head as keyof LetterheadFormValues;
}

/**
 * Checks the form with the repository's own schema, so the form says exactly
 * what saving would refuse. The logo is checked when it is chosen (readLogo).
 */
export const letterheadResolver: Resolver<LetterheadFormValues> = async (values) => {
  const parsed = letterheadSchema.safeParse(formToLetterhead(values, undefined));
  if (parsed.success) return { values, errors: {} };
  const errors: FieldErrors<LetterheadFormValues> = {};
  for (const issue of parsed.error.issues) {
    const field = letterheadFieldFor(issue.path.map(String).join('.'));
    if (field !== 'logo') errors[field] ??= { type: 'validation', message: issue.message };
  }
  return { values: {}, errors };
};
