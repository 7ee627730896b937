/**
 * Phone numbers are stored as typed (people recognise their own notation) and
 * compared in one national digit form, so "+31 6 1234 5678", "0031612345678"
 * and "06-12345678" are the same number for validation and search.
 */

const PHONE_CHARACTERS = /^\+?[\d\s\-().\/]+$/;

/** "+31 (0)6 1234 5678" -> "0612345678"; foreign numbers keep their country code as "00..." */
export function normalizePhone(value: string): string {
  const trimmed = value.trim();
  const international = trimmed.startsWith('+') || trimmed.startsWith('00');
  // "(0)" is only the trunk prefix people add after a country code; in "(020)" the brackets hold the area code.
  const withoutTrunk = international ? trimmed.replace(/\(\s*0\s*\)/g, '') : trimmed;
  const digits = withoutTrunk.replace(/\D/g, '');
  if (digits === '') return '';
  if (trimmed.startsWith('+')) return digits.startsWith('31') ? national(digits.slice(2)) : `00${digits}`;
  if (digits.startsWith('0031')) return national(digits.slice(4));
  return digits;
}

// "+31 06 ..." is a common slip: the trunk 0 written after the country code.
function national(subscriber: string): string {
  return subscriber.startsWith('0') ? subscriber : `0${subscriber}`;
}

/**
 * Dutch numbers have ten digits from the trunk 0 (mobile 06, area codes 010-0599);
 * 0800/090x service numbers are shorter or longer. A foreign number (+32, 0049 ...)
 * is accepted on its E.164 length, because a complainant may live across the border.
 */
export function isValidPhone(value: string): boolean {
  if (!PHONE_CHARACTERS.test(value.trim())) return false;
  const national = normalizePhone(value);
  if (/^0[1-9]\d{8}$/.test(national)) return true;
  if (/^0(800|900|906|909)\d{4,7}$/.test(national)) return true;
  return /^00[1-9]\d{7,14}$/.test(national);
}
