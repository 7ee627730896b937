import { definePreset, escalationBody, weeks, workingDays } from '../presetParts';

/**
 * Seed 000: a care and welfare organisation (M@, Gouda) joined to DOKh. It
 * first tries to solve the complaint together with the client; failing that,
 * an employee who was not involved judges it after hearing everyone named.
 * Clients are addressed with "je", as the seed does throughout.
 */
export const careProviderDokh = definePreset({
  key: 'zorg-welzijn-dokh',
  name: 'Klachtenregeling zorg en welzijn (aangesloten bij DOKh)',
  officeKind: 'Zorg- of welzijnsorganisatie met een directeur, aangesloten bij DOKh',
  source: 'seeds/000_6f3c56bf2eed6a9f.txt',
  terms: {
    acknowledge: workingDays(2),
    // "uiterlijk vier weken na ontvangst": a hard limit, the seed allows no extension.
    response: weeks(4),
  },
  steps: {
    informalResolution: true,
    hearBothSides: true,
    judgedBy: 'uninvolved_employee',
    ownerAssignment: true,
    // The response names the corrective actions taken for a (partly) founded complaint.
    rootCauseAndCorrectiveActions: true,
  },
  escalations: [
    escalationBody({
      id: 'directie',
      kind: 'management',
      name: 'Directeur van M@',
      // The director or the DOKh complaints officer first; only when that brings no satisfying result, the dispute body.
      stage: 1,
      // The letter already opens the list with "Ben je niet tevreden met deze reactie?": the description says only what the director offers.
      description: 'Je kunt een persoonlijk gesprek aanvragen met de directeur van M@ over onze reactie of de acties naar aanleiding van je klacht.',
    }),
    escalationBody({
      id: 'klachtenfunctionaris-dokh',
      kind: 'complaints_officer',
      name: 'Klachtenfunctionaris van DOKh',
      stage: 1,
      description:
        'We kunnen je in contact brengen met de klachtenfunctionaris van DOKh, de externe partij waarbij M@ is aangesloten. Zo proberen we een objectieve behandeling van je klacht te waarborgen. De klachtenfunctionaris ondersteunt je ook bij een eventuele volgende stap.',
    }),
    // The seed does not say whether its ruling binds M@, so the preset does not claim it.
    escalationBody({
      id: 'geschilleninstantie-dokh',
      kind: 'dispute_body',
      name: 'Geschilleninstantie van DOKh',
      stage: 2,
      description:
        'Biedt ook het gesprek met de directeur of de klachtenfunctionaris geen bevredigend resultaat, laat dat dan weten aan de directeur of de klachtenfunctionaris. Je klacht wordt dan een geschil en wordt opgepakt door de geschilleninstantie van DOKh.',
    }),
  ],
  texts: {
    howToSubmit:
      'Je kunt een klacht op vier manieren indienen: telefonisch via 0182-359823, op werkdagen tussen 8.30 en 17.00 uur; per brief aan M@, t.a.v. klachtenafhandeling, Westhaven 63, 2801 PN Gouda; per e-mail aan info@m-et.nl; of online op de suggesties/aanbevelingen-pagina van onze website (vermeld daar uitdrukkelijk dat je een klacht wilt indienen). De uitgebreide versie van het klachtenreglement kun je opvragen via info@m-et.nl.',
    notSatisfied:
      'Ben je niet tevreden met onze reactie of de acties naar aanleiding van je klacht? Dan kun je een persoonlijk gesprek aanvragen met de directeur van M@, of brengen we je in contact met de klachtenfunctionaris van DOKh. Biedt ook dat geen bevredigend resultaat, laat het de directeur of de klachtenfunctionaris dan weten. De klachtenfunctionaris van DOKh ondersteunt je bij een eventuele volgende stap: je klacht wordt dan een geschil en wordt opgepakt door de geschilleninstantie van DOKh.',
    formOfAddress: 'je',
  },
  notes:
    'Een klacht is de onvrede van een cliënt over de dienstverlening: de handelwijze van de organisatie in het algemeen of de handelwijze of het gedrag van een medewerker. Na de ontvangstbevestiging wordt de klacht geregistreerd en neemt de organisatie telefonisch of per e-mail contact op om na te gaan of de klacht goed begrepen is en samen een oplossing te zoeken; lukt dat, dan wordt de oplossing vastgelegd en is de klacht afgewikkeld. Lukt dat niet, of vraagt een ernstige klacht om aanpassing van de werkwijze, dan volgt de verdere behandeling: beoordeling door een niet-betrokken medewerker of door de klachtenfunctionaris van DOKh, na hoor en wederhoor. De schriftelijke reactie verklaart de klacht (gedeeltelijk) gegrond of (gedeeltelijk) ongegrond en noemt de correctieve acties. De regeling noemt geen bewaartermijn en geen verlenging van de vier weken: vul die zelf in als u ze hanteert. Of de uitspraak van de geschilleninstantie bindend is, zegt de regeling niet; vul ook het adres van DOKh in.',
});
