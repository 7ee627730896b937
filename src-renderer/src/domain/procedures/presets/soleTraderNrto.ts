import { definePreset, escalationBody, EXTENSION_WITH_NOTICE, weeks, workingDays, years } from '../presetParts';

/**
 * Seed 003: a one-person web design and training business, member of the
 * NRTO. The owner handles every complaint; an NRTO commission rules on what
 * the owner cannot settle, and the business accepts its ruling.
 *
 * The seed mixes "je" and "u". The preset uses "je": the business writes
 * about its own handling with "je" ("wordt je op de hoogte gesteld"), the owner
 * speaks in the first person and the whole site addresses visitors with "je".
 */

const NRTO_WEBSITE = 'https://www.nrto.nl/contact/';
const COMMISSION = `Is je klacht niet naar je tevredenheid afgehandeld, dan kun je je wenden tot de Commissie van Kwaliteitshandhaving, waarbij we via ons lidmaatschap van de NRTO zijn aangesloten. Richt je klacht schriftelijk aan de commissie, ter attentie van het secretariaat van de NRTO (${NRTO_WEBSITE}). Neemt de commissie je klacht in behandeling en doet zij uitspraak, dan gaan we akkoord met die uitspraak en zorgen we voor een snelle afhandeling.`;

export const soleTraderNrto = definePreset({
  key: 'eenmanszaak-nrto',
  name: 'Klachtenregeling eenmanszaak (aangesloten bij de NRTO)',
  officeKind: 'Eenmanszaak in webdesign en training, lid van de NRTO; de eigenaar behandelt elke klacht zelf',
  source: 'seeds/003_dfe8c520d5830aab.txt',
  terms: {
    acknowledge: workingDays(5),
    // A mail with a proposal, or a (phone) conversation to hear the complainant and discuss the options.
    furtherHandling: workingDays(10),
    response: weeks(4),
    // When 4 weeks is not feasible the complainant is told, with the date of the answer; no maximum.
    extension: EXTENSION_WITH_NOTICE,
    retention: years(5),
  },
  steps: {
    judgedBy: 'owner',
    closingMessage: true,
    confidential: true,
    writtenSubmissionRequired: true,
  },
  escalations: [
    escalationBody({
      id: 'commissie-kwaliteitshandhaving-nrto',
      // The seed calls it a commission that takes up complaints, not a dispute body.
      kind: 'external_committee',
      name: 'Commissie van Kwaliteitshandhaving (NRTO)',
      address: ['Commissie van Kwaliteitshandhaving', 't.a.v. het secretariaat van de NRTO'],
      website: NRTO_WEBSITE,
      binding: true,
      // "zorgdragen voor een snelle handeling": the seed names no term; four weeks is the preset's reading of "snel".
      complianceTerm: weeks(4),
      description: COMMISSION,
    }),
  ],
  texts: {
    howToSubmit:
      'Maak je klacht, eventueel nadat je die mondeling hebt geuit, schriftelijk kenbaar door te mailen naar mok@webbouwenaandekeukeltafel.nl. De datum waarop je mail binnenkomt, is de datum waarop je klacht is ontvangen. We kunnen je per mail om verduidelijking vragen.',
    notSatisfied: COMMISSION,
    formOfAddress: 'je',
  },
  notes:
    'Mok Heijmerink, eigenaar, is eindverantwoordelijk en behandelt de klacht. Binnen 5 werkdagen na het indienen krijgt de klager een mail die de ontvangst bevestigt. Binnen 10 werkdagen hoort de klager hoe de klacht verder wordt afgehandeld: met een mail met een voorstel om de klacht af te handelen, of met een gesprek (in principe telefonisch, in overleg anders) om de klager te horen en zo nodig de opties te bespreken. De klacht wordt binnen 4 weken afgehandeld; is dat niet haalbaar, dan hoort de klager dat, met de datum waarop uitsluitsel volgt. Na de afhandeling volgt een afsluitende mail met wat is overeengekomen of hoe het is afgerond. Klachten worden vertrouwelijk behandeld en 5 jaar gearchiveerd.',
});
