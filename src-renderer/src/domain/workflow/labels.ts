import type { ContactDirection, ContactKind, ContactParty } from '../model';

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  phone: 'Telefoongesprek',
  email: 'E-mail',
  letter: 'Brief',
  meeting: 'Gesprek op kantoor',
  visit: 'Bezoek ter plaatse',
  home_visit: 'Huisbezoek',
  internal: 'Intern overleg',
};

export const CONTACT_DIRECTION_LABELS: Record<ContactDirection, string> = {
  in: 'Inkomend',
  out: 'Uitgaand',
};

export const CONTACT_PARTY_LABELS: Record<ContactParty, string> = {
  customer: 'Klant',
  employee: 'Medewerker',
  third_party: 'Derde',
};
