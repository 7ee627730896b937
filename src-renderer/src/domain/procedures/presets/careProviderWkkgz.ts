import { definePreset, escalationBody, weeks, workingDays, years } from '../presetParts';

/**
 * Care providers under the Wet kwaliteit, klachten en geschillen zorg: a
 * reasoned written decision within 6 weeks, one extension of at most 4 weeks
 * announced in writing before the 6 weeks end, a free independent complaints
 * officer, and an approved dispute body whose ruling binds.
 *
 * The law sets no acknowledgement term and no retention for the complaint
 * file. The preset proposes 5 working days, so the complainant knows soon that
 * the six weeks run, and 2 years after handling: long enough for a dispute or a
 * follow-up complaint about the same care, and no longer than needed for
 * health data under the AVG. Both are marked in `notes` as the office's to set.
 */
const DISPUTE =
  'Is uw klacht niet naar tevredenheid opgelost, dan kunt u die als geschil voorleggen aan de erkende geschilleninstantie waarbij wij zijn aangesloten. Die doet een bindende uitspraak en kan een schadevergoeding toekennen.';

export const careProviderWkkgz = definePreset({
  key: 'zorgaanbieder-wkkgz',
  name: 'Klachtenregeling zorgaanbieder (Wkkgz)',
  officeKind: 'Zorgaanbieder onder de Wet kwaliteit, klachten en geschillen zorg',
  source: 'Wet kwaliteit, klachten en geschillen zorg (Wkkgz)',
  terms: {
    acknowledge: workingDays(5),
    response: weeks(6),
    extension: { allowed: true, maxExtra: weeks(4), noticeRequired: true, maxCount: 1 },
    retention: years(2),
  },
  steps: {
    // Careful investigation, as the law requires, hears the care provider the complaint is about.
    hearBothSides: true,
    judgedBy: 'uninvolved_employee',
    ownerAssignment: true,
    // The decision states which measures will be taken and within which term.
    rootCauseAndCorrectiveActions: true,
    // Complaints about care hold health data (AVG art. 9).
    confidential: true,
  },
  escalations: [
    escalationBody({
      id: 'klachtenfunctionaris',
      kind: 'complaints_officer',
      name: 'Onafhankelijke klachtenfunctionaris',
      description:
        'De klachtenfunctionaris is onafhankelijk en helpt u kosteloos: met advies over het indienen van uw klacht, bij het formuleren ervan en bij het zoeken naar een oplossing.',
    }),
    escalationBody({
      id: 'geschilleninstantie',
      kind: 'dispute_body',
      name: 'Geschilleninstantie',
      binding: true,
      description: DISPUTE,
    }),
  ],
  texts: {
    howToSubmit:
      'U kunt uw klacht mondeling, per brief of per e-mail bij ons indienen. Wilt u hulp bij het indienen of formuleren van uw klacht, dan kunt u kosteloos terecht bij onze onafhankelijke klachtenfunctionaris.',
    notSatisfied: `${DISPUTE} Ook daarbij kan de klachtenfunctionaris u kosteloos helpen.`,
    formOfAddress: 'u',
  },
  notes:
    'De Wkkgz schrijft voor: binnen 6 weken na ontvangst een schriftelijke, met redenen omklede mededeling over de klacht, met het oordeel, de beslissingen die u neemt en de termijn waarbinnen de maatregelen gerealiseerd zullen zijn. Vraagt zorgvuldig onderzoek meer tijd, dan mag u eenmaal met ten hoogste 4 weken verlengen, als u de klager dat vóór het einde van de 6 weken schriftelijk laat weten. Een termijn voor de ontvangstbevestiging en een bewaartermijn noemt de wet niet: deze voorinstelling stelt 5 werkdagen en 2 jaar na afhandeling voor; pas ze aan naar uw eigen beleid. Vul de naam, het adres en de contactgegevens van uw klachtenfunctionaris en van de geschilleninstantie waarbij u bent aangesloten in.',
});
