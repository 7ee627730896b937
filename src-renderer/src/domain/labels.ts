import type { AttachmentKind, Channel, ComplaintStatus, EventType, ReceiptSource, Salutation, StaffRole } from './model';

/** Completes "Ontvangstdatum volgens …" on the card: which moment of a dropped e-mail became the date of receipt. */
export const RECEIPT_SOURCE_LABELS: Record<ReceiptSource, string> = {
  received_header: 'de e-mail: aankomsttijd (Received-kopregel)',
  delivery_time: 'de e-mail: aankomsttijd (bezorgtijd in Outlook)',
  date_header: 'de e-mail: verzenddatum (Date-kopregel), want een aankomsttijd ontbreekt',
  intake_time: 'het moment van invoeren, want de e-mail heeft geen bruikbare datum',
};

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
  country: 'Land',
  customerNumber: 'Klantnummer',
  representative: 'Gemachtigde',
  customerId: 'Klant',
  customerName: 'Klant',
  channel: 'Kanaal',
  receivedAt: 'Ontvangen op',
  receiptSource: 'Ontvangstdatum volgens',
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
  'workflow.acknowledgement': 'Ontvangstbevestiging',
  'workflow.furtherHandlingMessage': 'Bericht over de verdere afhandeling',
  'workflow.response': 'Reactie aan de klant',
  'workflow.extension': 'Verlenging',
  'workflow.earlierExtensions': 'Eerdere verlengingen',
  'workflow.notHeard': 'Niet gehoord',
  'workflow.ownerAssignedOn': 'Behandelaar toegewezen op',
  'workflow.customerContactBy': 'Contact met de klant door',
  'workflow.ownerCannotHandle': 'Behandelaar kan de klacht niet afhandelen',
  'workflow.writtenReceipt': 'Schriftelijk ingediend',
  'workflow.informalSettlement': 'Direct opgelost',
  'workflow.seriousness': 'Ernst van de klacht',
  'workflow.statusChecks': 'Statuscontroles',
  'workflow.contacts': 'Contacten',
  'workflow.managementConsultations': 'Overleg met de directie',
  'workflow.judgement': 'Oordeel',
  'workflow.solution': 'Oplossing',
  'workflow.rootCause': 'Oorzaak',
  'workflow.correctiveActions': 'Corrigerende maatregelen',
  'workflow.structuralMeasures': 'Structurele maatregelen',
  'workflow.evaluation': 'Evaluatie',
  'workflow.customerAgreement': 'Akkoord van de klant',
  'workflow.escalations': 'Escalaties',
  'workflow.lateAcceptance': 'Toch in behandeling genomen',
  'workflow.inadmissible': 'Niet-ontvankelijk',
  'workflow.withdrawn': 'Ingetrokken',
  'workflow.followUps': 'Vervolgafspraken',
  'workflow.reopenings': 'Heropend',
  'workflow.closedOn': 'Gesloten op',
  'workflow.retentionUntil': 'Bewaren tot',
  // A pinned file (attachment events) and a merge of two customers (customers_merged).
  kind: 'Soort',
  size: 'Grootte',
  type: 'Bestandstype',
  sha256: 'Controlegetal (SHA-256)',
  extractedFromId: 'Uit bestand',
  removedAt: 'Verwijderd op',
  mergedCustomerId: 'Samengevoegde klant',
  mergedCustomerName: 'Samengevoegde klant',
  complaints: 'Klachten',
  attachments: 'Bestanden',
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
  attachment_removed: 'Bestand verwijderd',
  escalated: 'Geëscaleerd',
  step_recorded: 'Stap vastgelegd',
  settings_changed: 'Instellingen gewijzigd',
  customers_merged: 'Klanten samengevoegd',
  anonymised: 'Geanonimiseerd',
  data_handed_out: 'Gegevens verstrekt',
  confidential_opened: 'Vertrouwelijk dossier geopend',
} satisfies Record<EventType, string>;

/** klacht, ontvangstbevestiging, correspondentie, foto, overig */
export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  complaint: 'Klacht',
  acknowledgement: 'Ontvangstbevestiging',
  correspondence: 'Correspondentie',
  photo: 'Foto',
  other: 'Overig',
};

export const ROLE_LABELS: Record<StaffRole, string> = {
  receptionist: 'Balie / telefoon',
  coordinator: 'Klachtencoördinator',
  owner: 'Behandelaar',
  management: 'Directie',
  committee: 'Klachtencommissie',
};
