import { COUNTRY_LABELS, DEFAULT_COUNTRY, type Country } from '../../domain/countries';
import type { Customer } from '../../domain/model';
import { POSTCODE_EXAMPLES } from '../../domain/postcode';

/** Street, postcode and place on one line; the country only when it is not the Netherlands, as on an envelope. */
export function addressLine(customer: Pick<Customer, 'street' | 'postcode' | 'city'> & { country?: Country }): string {
  const country = customer.country && customer.country !== DEFAULT_COUNTRY ? COUNTRY_LABELS[customer.country] : '';
  return [customer.street, [customer.postcode, customer.city].filter(Boolean).join(' '), country].filter(Boolean).join(', ');
}

export function postcodeHint(country: Country | undefined): string {
  const example = POSTCODE_EXAMPLES[country ?? DEFAULT_COUNTRY];
  return example ? `Bijvoorbeeld ${example}` : 'Zoals het land hem schrijft';
}
