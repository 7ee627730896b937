import { civilCourt, definePreset, escalationBody, EXTENSION_WITH_NOTICE, weeks, workingDays, years } from '../presetParts';

/**
 * Seed 002: the seven-step procedure of a craft or installation business:
 * receipt and registration, judgement (possibly on site), repair with an
 * agreed term, measures against recurrence, periodic analysis, the route for
 * complaints found unjustified, and archiving.
 *
 * The seed names no term for the acknowledgement or the response. Without one
 * a complaint could lie unseen, so the preset proposes 5 working days and
 * 4 weeks, says so in `notes`, and leaves them for the office to set.
 */

const THIRD_PARTY = 'Komen we er samen niet uit, dan kunnen we voorstellen uw klacht te laten beoordelen door een onafhankelijke derde.';
const MEDIATION = 'Lukt het ook dan niet samen, dan kan mediation een oplossing bieden.';
const BINDING = 'Is mediation geen optie, dan blijft beslechting door de Raad van Arbitrage of de rechter open. Hun uitspraken zijn voor beide partijen bindend.';

export const craftBusiness = definePreset({
  key: 'vakbedrijf',
  name: 'Klachtenprocedure vakbedrijf',
  officeKind: 'Installatie-, bouw- of ander vakbedrijf dat klachten oplost met herstelwerk',
  source: 'seeds/002_7adebcd1e0b85261.txt',
  terms: {
    acknowledge: workingDays(5),
    response: weeks(4),
    extension: EXTENSION_WITH_NOTICE,
    // "aanbevolen termijn is minimaal 3 jaar"
    retention: years(3),
  },
  steps: {
    // Justified or not is decided from the customer's information and internally, possibly with a visit on site.
    hearBothSides: true,
    judgedBy: 'owner',
    solutionFollowUp: true,
    rootCauseAndCorrectiveActions: true,
    // After the repair the customer is asked whether the complaint was solved to satisfaction.
    evaluation: true,
  },
  escalations: [
    // Step 6 in order: first together (the handling itself), then an independent third party, then mediation, then arbitration or the court.
    escalationBody({ id: 'onafhankelijke-derde', kind: 'independent_third_party', name: 'Onafhankelijke derde', description: THIRD_PARTY, stage: 1 }),
    escalationBody({ id: 'mediation', kind: 'mediation', name: 'Mediation', description: MEDIATION, stage: 2 }),
    escalationBody({ id: 'raad-van-arbitrage', kind: 'arbitration', name: 'Raad van Arbitrage', binding: true, description: BINDING, stage: 3 }),
    civilCourt(BINDING, { stage: 3 }),
  ],
  texts: {
    howToSubmit:
      'U kunt uw klacht schriftelijk melden (per brief, per e-mail of via het contactformulier) of mondeling. Wij registreren uw klacht, bevestigen de ontvangst schriftelijk of per e-mail en vragen zo nodig om aanvullende informatie.',
    notSatisfied: `Vinden wij uw klacht niet terecht, of neemt u geen genoegen met de oplossing die wij voorstellen, dan proberen we er eerst samen met u uit te komen. ${THIRD_PARTY} ${MEDIATION} ${BINDING}`,
    formOfAddress: 'u',
  },
  notes:
    'De procedure noemt geen termijn voor de ontvangstbevestiging en de reactie. Deze voorinstelling stelt 5 werkdagen voor de ontvangstbevestiging en 4 weken voor de reactie voor; pas ze aan naar wat u uw klanten belooft. De bewaartermijn van 3 jaar is de aanbevolen minimumtermijn. Bij een terechte klacht worden herstelmaatregelen bepaald, zo mogelijk in overeenstemming met de klant, wordt met de klant een hersteltermijn afgesproken en wordt de klacht (door een derde) opgelost; klachten die een derde oplost, blijft u zelf volgen. Bij een onterechte klacht wordt de argumentatie vastgelegd. Het resultaat wordt vastgelegd en aan de klant teruggemeld (schriftelijk en/of telefonisch). Na het herstel vraagt u of de klacht naar tevredenheid is opgelost, legt u afspraken en resultaten vast en sluit u de klacht af. De oorzaak wordt onderzocht en corrigerende maatregelen worden ingevoerd en op effectiviteit getoetst. Analyseer periodiek alle klachten: zijn er trends, zijn aanvullende maatregelen nodig en verloopt de afhandeling correct?',
});
