import { definePreset, weeks, workingDays } from '../presetParts';

/**
 * Seed 004: a care business with practitioners (orthopaedics, hearing care),
 * where a complaints coordinator runs the file, the owner of the complaint
 * finds a solution with the customer, and the file closes only when the
 * customer agrees.
 *
 * The seed names no response term ("zo snel mogelijk een passende
 * oplossing"); the coordinator's status check every 2 weeks watches the
 * complaint instead. A response term the office never promised would put
 * false deadlines on the card, so it stays null; `notes` says so.
 */
export const careBusinessCoordinator = definePreset({
  key: 'zorgbedrijf-coordinator',
  name: 'Klachtenprotocol met coördinator klachten',
  officeKind: 'Zorgbedrijf met behandelaars (zoals orthopedie of hoorzorg), een coördinator klachten en een directie',
  source: 'seeds/004_1e8e1ebbc0193b06.txt',
  terms: {
    acknowledge: workingDays(5),
    statusCheckEvery: weeks(2),
  },
  steps: {
    // The owner of the complaint finds a solution with the customer; nobody declares it founded or not.
    // judgedBy stays for an office that adds a verdict; without one the protocol forbids no owner the complaint names.
    judgedBy: 'uninvolved_employee',
    verdict: false,
    ownerAssignment: true,
    // "Bespreekt de inhoud van de klacht en spreekt af wie contact opneemt met de klant."
    customerContactAtAssignment: true,
    managementWhenOwnerCannotHandle: true,
    solutionFollowUp: true,
    evaluation: true,
    customerAgreementBeforeClosing: true,
  },
  escalations: [],
  texts: {
    howToSubmit:
      'U kunt uw klacht indienen via onze website www.buchrnhornen.nl (link ‘Is alles naar wens?’), met het ontevredenheidsformulier, met een brief of telefonisch. Het klachtenprotocol kunt u opvragen bij de balie of de telefoniste.',
    notSatisfied:
      'Wij sluiten uw klachtdossier pas als u akkoord bent met de afhandeling. Bent u niet tevreden, laat het dan de coördinator klachten weten: we overleggen met de directie hoe we verder gaan.',
    formOfAddress: 'u',
  },
  notes:
    'Het protocol treedt in werking zodra een klant er met zijn of haar behandelaar niet meer uitkomt. Het noemt geen termijn voor de reactie aan de klant (‘zo snel mogelijk een passende oplossing’); in plaats daarvan informeert de coördinator na 2 weken bij de eigenaar naar de status. Deze voorinstelling zet daarom geen reactietermijn: vul er een in als u de klant een termijn belooft. Ook een bewaartermijn en een externe klachtenfunctionaris of geschilleninstantie noemt het protocol niet; valt uw bedrijf onder de Wkkgz, vul die dan aan. De coördinator klachten ontvangt de klacht van de directie, stuurt binnen 5 werkdagen een ontvangstbevestiging, maakt op de klantenkaart onder klantcontact een dossier aan in de categorie ‘Klacht’, zet een digitale kopie van de klacht en van de ontvangstbevestiging op het prikbord en houdt de voortgang bij onder contacten. De coördinator bepaalt wie eigenaar van de klacht is, bespreekt de inhoud en spreekt af wie contact opneemt met de klant: meestal wordt de klant gevraagd naar het bedrijf te komen, bij uitzondering plant de eigenaar een huisbezoek. Kan de eigenaar de klacht niet goed afhandelen, dan wordt altijd met de directie overlegd. Na afhandeling evalueert de coördinator het verloop kort met de klant en legt dat vast in het klachtdossier; pas na akkoord van de klant gaat het dossier dicht. Alle stukken gaan terug naar de coördinator en komen op het prikbord; tussentijdse schriftelijke communicatie wordt in het klachtdossier vastgelegd.',
});
