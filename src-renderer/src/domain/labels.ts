import type { Channel, ComplaintStatus, Salutation } from './model';

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Telefoon',
  desk: 'Balie',
  letter: 'Brief',
  email: 'E-mail',
  website: 'Website',
  form: 'Formulier',
};

export const SALUTATION_LABELS: Record<Salutation, string> = {
  mevrouw: 'Mevrouw',
  heer: 'De heer',
  neutral: 'Geen voorkeur',
};

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  registered: 'Geregistreerd',
  acknowledged: 'Ontvangst bevestigd',
  settled: 'Direct opgelost',
  in_progress: 'In behandeling',
  judged: 'Beoordeeld',
  resolved: 'Oplossing uitgevoerd',
  evaluated: 'Geëvalueerd',
  closed: 'Gesloten',
  withdrawn: 'Ingetrokken',
  inadmissible: 'Niet-ontvankelijk',
  escalated: 'Geëscaleerd',
};

/** Dutch names of record fields, for the timeline's old → new lines. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Naam',
  salutation: 'Aanhef',
  phone: 'Telefoon',
  email: 'E-mail',
  street: 'Straat en huisnummer',
  postcode: 'Postcode',
  city: 'Plaats',
  customerNumber: 'Klantnummer',
  customerId: 'Klant',
  customerName: 'Klant',
  channel: 'Kanaal',
  receivedAt: 'Ontvangen op',
  problemArisenOn: 'Probleem ontstaan op',
  summary: 'Samenvatting',
  description: 'Omschrijving',
  category: 'Categorie',
  productOrService: 'Product of dienst',
  employeesInvolved: 'Betrokken medewerker(s)',
  remedySought: 'Wat wil de klant?',
  confidential: 'Vertrouwelijk',
  status: 'Status',
  ownerId: 'Behandelaar',
  coordinatorId: 'Coördinator',
  reference: 'Kenmerk',
};

export const EVENT_LABELS: Record<string, string> = {
  created: 'Klacht geregistreerd',
  updated: 'Gegevens gewijzigd',
  customer_created: 'Klant aangemaakt',
  customer_updated: 'Klantgegevens gewijzigd',
  status_changed: 'Status gewijzigd',
  owner_assigned: 'Behandelaar toegewezen',
  contact: 'Contact',
  note: 'Notitie',
  deadline_extended: 'Termijn verlengd',
  letter_made: 'Brief gemaakt',
  attachment_added: 'Bestand toegevoegd',
  escalated: 'Geëscaleerd',
};
