import { civilCourt, definePreset, escalationBody, EXTENSION_WITH_NOTICE, months, weeks, years } from '../presetParts';

/**
 * Seed 001: an ICT service provider (Klikklaar) where a complaints committee
 * judges written complaints, an appeal committee with an independent chair
 * decides objections, and management reviews structural measures after every
 * complaint. Formal "u", as the seed.
 */

const APPEAL =
  'Verklaren wij uw klacht ongegrond en bent u het daar niet mee eens, of bent u het oneens met de voorgestelde oplossingen, dan kunt u uw bezwaar richten aan de beroepscommissie: CR Makarawung, Stadswal 61a, 6851 CZ Huissen. De beroepscommissie bestaat uit een onafhankelijke voorzitter en neemt in de regel binnen acht weken na ontvangst van uw bezwaar een besluit. Is dat niet mogelijk, dan laat zij u dat schriftelijk weten, met de termijn waarbinnen het besluit wordt genomen. Het oordeel van de beroepscommissie is bindend voor Klikklaar.';
const COURT = 'Deze klachtenprocedure sluit niet uit dat u zich tot de burgerlijke rechter wendt.';

export const serviceProviderCommittee = definePreset({
  key: 'dienstverlener-klachtencommissie',
  name: 'Klachtenregeling dienstverlener met klachtencommissie en beroepscommissie',
  officeKind: 'ICT- of andere zakelijke dienstverlener met een klachtencommissie',
  source: 'seeds/001_73b4bc84882feadb.txt',
  terms: {
    // The chair's acknowledgement names the handling term of 4 weeks; a longer handling is announced within those 4 weeks.
    acknowledge: weeks(2),
    response: weeks(4),
    extension: EXTENSION_WITH_NOTICE,
    // Counted from the moment the complaint arose, not from receipt.
    submissionLimit: months(12),
    // After handling by the chair.
    retention: years(1),
  },
  steps: {
    // The chair asks the responsible employee(s) and possibly the customer for information and weighs both sides.
    hearBothSides: true,
    judgedBy: 'committee',
    managementOnMaterialInterest: true,
    structuralMeasuresReview: true,
    confidential: true,
    // "Klacht: elke schriftelijke uiting": the phone call with the responsible employee comes before the complaint.
    writtenSubmissionRequired: true,
  },
  committee: [
    { name: 'NC Jansen', role: 'chair', function: 'Organisatiedeskundige', email: 'NCJansen@klikklaar.com' },
    { name: 'K. Bruurmijn', role: 'member', function: 'ICT-specialist', email: 'Kenny@klikklaar.com' },
  ],
  escalations: [
    escalationBody({
      id: 'beroepscommissie',
      kind: 'appeal_committee',
      name: 'Beroepscommissie (onafhankelijk voorzitter CR Makarawung)',
      address: ['CR Makarawung', 'Stadswal 61a', '6851 CZ Huissen'],
      decisionTerm: weeks(8),
      binding: true,
      extension: EXTENSION_WITH_NOTICE,
      description: APPEAL,
      condition: 'unfounded_or_solution_disputed',
    }),
    civilCourt(COURT),
  ],
  texts: {
    howToSubmit:
      // The written route first: the letter that asks for a complaint in writing quotes this right after asking for it.
      'Een formele klacht dient u schriftelijk in, bij voorkeur per e-mail, bij de voorzitter van de klachtencommissie: NC Jansen, Newtonlaan 115, 3584 BH Utrecht, NCJansen@klikklaar.com. U hebt twaalf maanden de tijd om uw klacht in te dienen, gerekend vanaf het moment dat uw klacht ontstond. Wij vragen u wel eerst telefonisch contact op te nemen met de verantwoordelijke medewerker om het probleem te bespreken of een afspraak te maken; een formele klacht volgt als uw probleem daarna niet is opgelost of zich niet leent voor een persoonlijk gesprek.',
    notSatisfied: `${APPEAL} ${COURT}`,
    formOfAddress: 'u',
  },
  notes:
    'Een klacht is elke schriftelijke uiting die de klager (of diens gemachtigde) als klacht bedoelt. De voorzitter van de klachtencommissie vraagt informatie bij de medewerker(s) die voor de zaak verantwoordelijk waren en eventueel bij de klager, weegt de argumenten van beide kanten, bespreekt de klacht met de directie als er een materieel of financieel belang is, neemt een definitief standpunt in en informeert de klager daarover schriftelijk, met argumenten. De voorzitter houdt de klachtenadministratie bij: naam, adres en woonplaats, de klacht en een nadere omschrijving, de indieningsdatum, de medewerker die de zaak behandelt of beheert, de afgenomen producten, de correspondentie, de status (in behandeling / afgehandeld), datum en wijze van afhandeling en de eindbeoordeling (gegrond / ongegrond). De klager kan zijn gegevens uit de administratie opvragen, tijdens en na de behandeling. Na afhandeling van elke klacht beraadt de directie zich over maatregelen tegen herhaling en tekent die aan in het klachtendossier. De regeling is op 1 februari 2022 in werking getreden.',
});
