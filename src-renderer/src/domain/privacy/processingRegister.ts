/**
 * The register of processing (AVG art. 30, lid 1) for the office, written
 * from what the app knows: the letterhead, the klachtenregelingen and their
 * retention terms, the bodies a complaint may go to, the roles in use, how
 * backups and sharing are set. Everything the office has not filled in is
 * said as such, so the privacy officer sees what to complete.
 */
import { formatTerm } from '../procedureText';
import type { Procedure } from '../procedure';
import { ROLE_LABELS } from '../labels';
import type { StaffRole } from '../model';
import { longDutchDate } from '../dates';

export interface ProcessingFacts {
  office: { name: string; addressLines: readonly string[]; phone: string; email: string };
  /** The office's klachtenregelingen, newest version of each. */
  procedures: readonly Pick<Procedure, 'name' | 'version' | 'key' | 'terms' | 'escalations' | 'steps'>[];
  /** Roles held by active staff. */
  roles: readonly StaffRole[];
  backupsEncrypted: boolean;
  /** Workstations share the register through the office's own server. */
  shared: boolean;
  today: string;
}

export interface RegisterSection {
  heading: string;
  lines: string[];
}

export interface ProcessingRegister {
  title: string;
  intro: string;
  sections: RegisterSection[];
}

/** The presets written for care (000, 004, Wkkgz): their complaints can hold health data, a special category (art. 9). */
const CARE_PRESETS: ReadonlySet<string> = new Set(['zorg-welzijn-dokh', 'zorgbedrijf-coordinator', 'zorgaanbieder-wkkgz']);

const NOT_FILLED = '(nog niet ingevuld onder Instellingen › Briefpapier)';

function officeLines(office: ProcessingFacts['office']): string[] {
  return [
    `Naam: ${office.name.trim() || NOT_FILLED}`,
    `Adres: ${office.addressLines.map((line) => line.trim()).filter(Boolean).join(', ') || NOT_FILLED}`,
    `Telefoon: ${office.phone.trim() || NOT_FILLED}`,
    `E-mail: ${office.email.trim() || NOT_FILLED}`,
    'Functionaris voor gegevensbescherming of privacycontactpersoon: (vul in)',
  ];
}

function retentionLine(procedure: ProcessingFacts['procedures'][number]): string {
  const term = procedure.terms.retention;
  return term
    ? `${procedure.name} (versie ${procedure.version}): ${formatTerm(term)} na afhandeling van de klacht; daarna anonimiseert of verwijdert de klachtencoördinator het dossier (scherm Privacy), en legt dat vast in het verwijderregister.`
    : `${procedure.name} (versie ${procedure.version}): de regeling noemt geen bewaartermijn; stel er een in onder Instellingen › Klachtenregeling en termijnen.`;
}

function recipients(procedures: ProcessingFacts['procedures']): string[] {
  // The office's own management is no recipient: the data stays inside the office.
  const external = procedures.flatMap((p) => p.escalations.filter((body) => body.kind !== 'management'));
  const bodies = [...new Set(external.map((body) => body.name.trim()).filter(Boolean))];
  return [
    ...bodies.map((name) => `${name}: alleen als de klant zijn klacht daar voorlegt, met de gegevens die de klacht daarvoor nodig heeft.`),
    ...(procedures.some((p) => p.steps.judgedBy === 'committee') ? ['De klachtencommissie van het kantoor, voor het oordeel over de klacht.'] : []),
    'Geen andere ontvangers: de gegevens worden niet verkocht of voor andere doelen gedeeld.',
  ];
}

export function processingRegister(facts: ProcessingFacts): ProcessingRegister {
  const care = facts.procedures.some((p) => CARE_PRESETS.has(p.key));
  const confidential = facts.procedures.filter((p) => p.steps.confidential).map((p) => p.name);
  const roles = facts.roles.length > 0 ? facts.roles.map((role) => ROLE_LABELS[role]).join(', ') : '(nog geen medewerkers ingevoerd)';
  return {
    title: 'Register van verwerkingsactiviteiten: klachtenbehandeling',
    intro: `Opgesteld op ${longDutchDate(facts.today)} uit de instellingen van Klachtenbalie, als bijlage bij het register dat de AVG (artikel 30) vraagt. Controleer en vul aan wat tussen haakjes staat.`,
    sections: [
      { heading: 'Verwerkingsverantwoordelijke', lines: officeLines(facts.office) },
      {
        heading: 'Doeleinden',
        lines: [
          `Klachten van klanten ontvangen, behandelen en afsluiten volgens ${facts.procedures.map((p) => p.name).join(', ') || 'de klachtenregeling van het kantoor'}.`,
          'Leren van klachten: oorzaken, maatregelen en de analyse van alle klachten, zonder namen waar dat kan.',
          'Grondslag: uitvoering van de overeenkomst met de klant en het gerechtvaardigd belang van het kantoor bij een zorgvuldige klachtbehandeling; waar de regeling of de wet een klachtenregeling voorschrijft, een wettelijke plicht.',
        ],
      },
      {
        heading: 'Betrokkenen en gegevens',
        lines: [
          'Klanten die een klacht indienen, en wie zij als vertegenwoordiger noemen: naam, aanhef, adres, land, telefoon, e-mail.',
          'De klacht zelf: samenvatting, omschrijving, contacten, brieven, vastgepinde bestanden en de voortgang van de behandeling.',
          'Medewerkers: naam en rol bij de behandeling; wie wat wanneer vastlegde (logboek).',
          care
            ? 'Bijzondere persoonsgegevens: klachten over zorg kunnen gegevens over gezondheid bevatten (artikel 9 AVG). Alleen wie de klacht behandelt leest ze.'
            : 'Bijzondere persoonsgegevens worden niet gevraagd; staat er toch iets in een klacht, dan geldt dezelfde bewaartermijn.',
        ],
      },
      { heading: 'Ontvangers', lines: recipients(facts.procedures) },
      {
        heading: 'Doorgifte buiten de EU',
        lines: [
          facts.shared
            ? 'Geen: de gegevens staan op de pc’s van het kantoor en op de eigen CouchDB-server van het kantoor. (Staat die server bij een hostingpartij, vermeld dan waar.)'
            : 'Geen: de gegevens staan alleen op de pc van het kantoor.',
        ],
      },
      { heading: 'Bewaartermijnen', lines: facts.procedures.map(retentionLine) },
      {
        heading: 'Wie kan de gegevens zien',
        lines: [
          `Medewerkers met een rol in Klachtenbalie: ${roles}.`,
          confidential.length > 0 ? `Vertrouwelijk behandeld volgens de regeling: elke klacht onder ${confidential.join(', ')}.` : 'Een klacht kan bij de invoer als vertrouwelijk worden gemarkeerd.',
          'Anonimiseren en verwijderen mag alleen de klachtencoördinator; elke verwijdering staat in het verwijderregister, zonder persoonsgegevens.',
        ],
      },
      {
        heading: 'Beveiliging',
        lines: [
          'Elke wijziging wordt vastgelegd met wie en wanneer (logboek per klacht).',
          facts.backupsEncrypted
            ? 'Automatische back-ups, versleuteld met AES-256-GCM met een wachtwoord dat alleen het kantoor kent; oude back-ups verdwijnen vanzelf.'
            : 'Automatische back-ups, niet versleuteld: stel een wachtwoord in onder Instellingen › Back-ups (aangeraden, zeker bij gezondheidsgegevens).',
          facts.shared ? 'Werkplekken delen het register via de eigen server; medewerkers melden zich aan met een eigen account.' : 'Het register staat op één pc; deel het niet via een gewone netwerkmap.',
          'Bestanden worden bij het vastpinnen gecontroleerd op hun echte soort; programma’s worden niet geopend.',
        ],
      },
    ],
  };
}
