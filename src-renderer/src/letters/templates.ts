/**
 * Klachtenbalie's default letter texts, in a formal "u" and an informal "je"
 * version, with named placeholders the office can move around or leave out.
 * fillTemplate fills them and reports what it could not fill: an unknown or
 * empty placeholder stays visible in the text, never a silent blank. Only an
 * optional placeholder (a solution, measures) may be empty: its paragraph goes.
 */
import type { Procedure } from '../domain/procedure';
import { hasVerdict } from '../domain/procedures/absent';
import type { LetterFormOfAddress, LetterTemplate, LetterType } from './types';

export interface PlaceholderInfo {
  name: string;
  description: string;
  /** Without a value its whole paragraph is left out: a decision on an unfounded complaint has no solution to report. */
  optional?: true;
}

/** Every placeholder a template may use, with what it becomes. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  { name: 'klant.aanhef', description: 'Aanhef met komma: "Geachte mevrouw De Vries," of "Beste Anna,"' },
  { name: 'klant.naam', description: 'Volledige naam van de klant' },
  { name: 'klant.voornaam', description: 'Voornaam van de klant' },
  { name: 'klant.adres', description: 'Straat en huisnummer van de klant' },
  { name: 'klant.postcode', description: 'Postcode van de klant' },
  { name: 'klant.woonplaats', description: 'Woonplaats van de klant' },
  { name: 'klacht.kenmerk', description: 'Kenmerk van de klacht, bijvoorbeeld K-2026-0001' },
  { name: 'klacht.samenvatting', description: 'Korte omschrijving van de klacht' },
  { name: 'klacht.omschrijving', description: 'Uitgebreide omschrijving van de klacht' },
  { name: 'klacht.ontvangen', description: 'Datum waarop de klacht binnenkwam, voluit: "21 november 2026"' },
  { name: 'klacht.indienen', description: 'Hoe de klant volgens de klachtenregeling een klacht indient (schriftelijk, per e-mail, …)' },
  { name: 'klacht.probleemdatum', description: 'Datum waarop het probleem ontstond, voluit' },
  { name: 'brief.datum', description: 'Datum van de brief, voluit' },
  { name: 'termijn.ontvangst', description: 'Termijn voor de ontvangstbevestiging uit de klachtenregeling' },
  { name: 'termijn.reactie', description: 'Termijn voor de schriftelijke reactie uit de klachtenregeling, bijvoorbeeld "4 weken"' },
  { name: 'reactie.toezegging', description: 'Wat de klachtenregeling belooft over de reactie: binnen welke termijn en uiterlijk wanneer, en alleen waar de regeling dat toestaat dat meer tijd vooraf wordt gemeld' },
  { name: 'behandeling', description: 'Hoe de klacht volgens de klachtenregeling verder wordt behandeld: wie hem beoordeelt, wie wordt gehoord en wanneer de klant de uitkomst hoort' },
  { name: 'termijn.reactie.datum', description: 'Uiterste datum van de schriftelijke reactie (na verlenging de nieuwe datum), voluit' },
  { name: 'termijn.indienen', description: 'Termijn waarbinnen een klacht ingediend moet worden, bijvoorbeeld "12 maanden"' },
  { name: 'verlenging.datum', description: 'Nieuwe datum voor de reactie na verlenging, voluit' },
  { name: 'verlenging.reden', description: 'Reden waarom meer tijd nodig is' },
  { name: 'gesprek.datum', description: 'Dag en tijd van het gesprek, voluit' },
  { name: 'vragen', description: 'De vragen of gegevens waar het kantoor om vraagt' },
  { name: 'oordeel', description: 'Het oordeel: gegrond, deels gegrond of ongegrond' },
  { name: 'oordeel.motivering', description: 'De motivering van het oordeel' },
  { name: 'oplossing', description: 'De oplossing of het herstel dat is afgesproken (is er geen, dan vervalt de hele alinea)', optional: true },
  { name: 'maatregelen', description: 'De maatregelen die het kantoor neemt om herhaling te voorkomen (zijn er geen, dan vervalt de hele alinea)', optional: true },
  { name: 'afspraak', description: 'Wat met de klant is afgesproken: het akkoord van de klant, anders de oplossing' },
  { name: 'niet_ontvankelijk.reden', description: 'Waarom de klacht niet in behandeling wordt genomen' },
  { name: 'niet_tevreden', description: 'Wat de klant kan doen als hij niet tevreden is: een inleidende zin met de instanties (naam, adres en termijn), of de tekst uit de klachtenregeling als die geen instanties noemt' },
  { name: 'instanties', description: 'Alleen de instanties waartoe de klant zich kan wenden, met naam, adres en termijn (zonder inleidende zin)' },
  { name: 'instantie.naam', description: 'Naam van de instantie waarnaar verwezen wordt' },
  { name: 'instantie.gegevens', description: 'Adres, e-mail, website en termijn van die instantie' },
  { name: 'kantoor.naam', description: 'Naam van het kantoor' },
  { name: 'kantoor.telefoon', description: 'Telefoonnummer van het kantoor' },
  { name: 'kantoor.email', description: 'E-mailadres van het kantoor' },
  { name: 'ondertekenaar.naam', description: 'Naam van wie de brief ondertekent' },
  { name: 'ondertekenaar.functie', description: 'Functie van wie de brief ondertekent' },
];

const DESCRIPTIONS = new Map(PLACEHOLDERS.map((p) => [p.name, p.description]));

/** What a placeholder becomes, in Dutch; undefined for an unknown one. */
export function placeholderDescription(name: string): string | undefined {
  return DESCRIPTIONS.get(name);
}

const KNOWN = new Set(DESCRIPTIONS.keys());

/** {klant.aanhef}: lowercase letters, digits, dots and underscores between braces. */
const PLACEHOLDER_PATTERN = /\{([a-z0-9_.]+)\}/gi;

export interface FilledTemplate {
  text: string;
  /** Placeholders that are not in PLACEHOLDERS (typing errors): left as typed. */
  unknown: string[];
  /** Known placeholders with no value for this letter: left as typed, so they show. */
  missing: string[];
}

const OPTIONAL: ReadonlySet<string> = new Set(PLACEHOLDERS.filter((p) => p.optional).map((p) => p.name));
// 004 ends in a solution the customer agrees to, not a verdict: the verdict's paragraphs have nothing to say there.
const OPTIONAL_WITHOUT_VERDICT: ReadonlySet<string> = new Set([...OPTIONAL, 'oordeel', 'oordeel.motivering']);

/** The placeholders a letter under this procedure may leave without a value: their paragraph goes. */
export function optionalPlaceholders(procedure: Procedure): ReadonlySet<string> {
  return hasVerdict(procedure) ? OPTIONAL : OPTIONAL_WITHOUT_VERDICT;
}

/**
 * Placeholders that hold a sentence the office typed (a solution, a reason).
 * Ending a line of the letter, each ends as a sentence does, whether or not
 * the full stop was typed: "Oplossing: De monteur herstelt de ketel."
 */
const SENTENCES: ReadonlySet<string> = new Set(['oplossing', 'afspraak', 'oordeel.motivering', 'verlenging.reden', 'niet_ontvankelijk.reden', 'vragen']);

function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…:;)"'”’]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** A blank line (maybe with spaces) between two paragraphs, in text with \n line ends. */
export const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/** Line ends as \n, whichever system the office's text was typed on. */
export function unixLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Whether a paragraph names an optional placeholder that has nothing to say in this letter. */
function hasEmptyOptional(paragraph: string, values: Readonly<Record<string, string>>, optional: ReadonlySet<string>): boolean {
  for (const match of paragraph.matchAll(PLACEHOLDER_PATTERN)) {
    const name = (match[1] ?? '').toLowerCase();
    if (optional.has(name) && !(values[name] ?? '').trim()) return true;
  }
  return false;
}

/** `optional`: the placeholders that may stay without a value (optionalPlaceholders of the letter's procedure). */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>, optional: ReadonlySet<string> = OPTIONAL): FilledTemplate {
  const unknown = new Set<string>();
  const missing = new Set<string>();
  const pieces = unixLines(text).split(new RegExp(`(${PARAGRAPH_BREAK.source})`));
  const kept: string[] = [];
  // Paragraphs sit at even indexes, the blank lines between them at odd ones.
  for (let i = 0; i < pieces.length; i += 2) {
    const paragraph = pieces[i] ?? '';
    if (hasEmptyOptional(paragraph, values, optional)) continue;
    if (kept.length > 0) kept.push(pieces[i - 1] ?? '\n\n');
    kept.push(paragraph);
  }
  const filled = kept.join('').replace(PLACEHOLDER_PATTERN, (whole, raw: string, offset: number, all: string) => {
    const name = raw.toLowerCase();
    if (!KNOWN.has(name)) {
      unknown.add(raw);
      return whole;
    }
    const value = values[name];
    if (value === undefined || value.trim() === '') {
      missing.add(name);
      return whole;
    }
    const endsLine = /^[ \t]*(\n|$)/.test(all.slice(offset + whole.length));
    return endsLine && SENTENCES.has(name) ? asSentence(value) : value;
  });
  return { text: filled, unknown: [...unknown], missing: [...missing] };
}

/** The placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) names.add((match[1] ?? '').toLowerCase());
  return [...names];
}

export const LETTER_TYPE_LABELS: Record<LetterType, string> = {
  request_written: 'Verzoek om de klacht schriftelijk in te dienen',
  acknowledgement: 'Ontvangstbevestiging',
  request_information: 'Verzoek om aanvullende informatie',
  invitation: 'Uitnodiging voor een gesprek',
  further_handling: 'Bericht over de verdere afhandeling',
  extension: 'Verlengingsbericht',
  decision: 'Schriftelijke reactie op de klacht',
  closing: 'Afsluitbrief',
  satisfaction: 'Vraag naar tevredenheid',
  inadmissible: 'Klacht niet in behandeling (niet-ontvankelijk)',
  referral: 'Doorverwijzing',
};

type TemplateSet = Record<LetterType, LetterTemplate>;

const U: TemplateSet = {
  request_written: {
    subject: 'Uw klacht schriftelijk indienen',
    body: `{klant.aanhef}

Op {klacht.ontvangen} vertelde u ons over uw klacht: {klacht.samenvatting}. Dank dat u dit aan ons hebt laten weten.

Volgens onze klachtenregeling nemen wij een klacht in behandeling zodra wij haar schriftelijk hebben ontvangen. Wilt u uw klacht daarom schriftelijk aan ons sturen? {klacht.indienen}

Vanaf de dag waarop wij uw schriftelijke klacht ontvangen, gaan de termijnen van onze klachtenregeling lopen. Vermeld daarbij kenmerk {klacht.kenmerk}. Heeft u vragen, bel ons dan op {kantoor.telefoon} of mail naar {kantoor.email}.`,
  },
  acknowledgement: {
    subject: 'Ontvangstbevestiging van uw klacht',
    body: `{klant.aanhef}

Op {klacht.ontvangen} hebben wij uw klacht ontvangen over: {klacht.samenvatting}. Met deze brief bevestigen wij de ontvangst. Wij vinden het vervelend dat u niet tevreden bent en danken u dat u de moeite hebt genomen dit aan ons te laten weten.

Wij hebben uw klacht geregistreerd onder kenmerk {klacht.kenmerk}. Wilt u dit kenmerk vermelden als u contact met ons opneemt?

Wij behandelen uw klacht zorgvuldig en vertrouwelijk. {reactie.toezegging}

Heeft u in de tussentijd vragen, dan kunt u ons bellen op {kantoor.telefoon} of mailen naar {kantoor.email}.`,
  },
  request_information: {
    subject: 'Verzoek om aanvullende informatie over uw klacht',
    body: `{klant.aanhef}

Wij zijn bezig met de behandeling van uw klacht over {klacht.samenvatting}, die wij op {klacht.ontvangen} ontvingen. Om uw klacht goed te kunnen beoordelen, hebben wij nog wat informatie van u nodig:

{vragen}

Wilt u deze informatie zo spoedig mogelijk aan ons sturen, onder vermelding van kenmerk {klacht.kenmerk}? U kunt ons ook bellen op {kantoor.telefoon} of mailen naar {kantoor.email}.

Alvast hartelijk dank voor uw medewerking.`,
  },
  invitation: {
    subject: 'Uitnodiging voor een gesprek over uw klacht',
    body: `{klant.aanhef}

Naar aanleiding van uw klacht over {klacht.samenvatting} willen wij graag met u in gesprek. In dat gesprek hoort u ook ons verhaal en horen wij het uwe: zo krijgen wij een volledig beeld van wat er is gebeurd.

Wij nodigen u daarom uit voor een gesprek op {gesprek.datum} bij {kantoor.naam}. U mag iemand meenemen die u vertrouwt.

Komt dit moment u niet goed uit, laat het ons dan weten via {kantoor.telefoon} of {kantoor.email}, dan zoeken wij samen een ander moment. Wilt u daarbij kenmerk {klacht.kenmerk} vermelden?`,
  },
  further_handling: {
    subject: 'De verdere afhandeling van uw klacht',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen wij uw klacht over {klacht.samenvatting}. Graag laten wij u weten hoe wij uw klacht verder afhandelen.

{behandeling}

Heeft u nog aanvullende informatie of vragen, neem dan gerust contact met ons op via {kantoor.telefoon} of {kantoor.email} en vermeld daarbij kenmerk {klacht.kenmerk}.`,
  },
  extension: {
    subject: 'Meer tijd nodig voor de behandeling van uw klacht',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen wij uw klacht over {klacht.samenvatting}. Wij hebben u toegezegd binnen {termijn.reactie} schriftelijk te reageren. Het spijt ons u te moeten laten weten dat het ons niet lukt om dat op tijd te doen.

De reden is: {verlenging.reden}

Wij willen uw klacht zorgvuldig behandelen en hebben daarom wat meer tijd nodig. U ontvangt onze schriftelijke reactie uiterlijk op {verlenging.datum}.

Wij begrijpen dat u liever eerder bericht had gehad. Heeft u vragen over deze verlenging, neem dan contact met ons op via {kantoor.telefoon} of {kantoor.email}, onder vermelding van kenmerk {klacht.kenmerk}.`,
  },
  decision: {
    subject: 'Onze reactie op uw klacht',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen wij uw klacht over {klacht.samenvatting}. Wij hebben uw klacht zorgvuldig onderzocht. In deze brief leest u wat wij ervan vinden en wat wij eraan doen.

Ons oordeel: wij vinden uw klacht {oordeel}.

{oordeel.motivering}

Oplossing: {oplossing}

Om herhaling te voorkomen nemen wij de volgende maatregelen: {maatregelen}.

{niet_tevreden}

Wij hopen dat wij uw klacht hiermee naar tevredenheid hebben behandeld. Heeft u vragen over deze brief, neem dan contact met ons op via {kantoor.telefoon} of {kantoor.email} en vermeld daarbij kenmerk {klacht.kenmerk}.`,
  },
  closing: {
    subject: 'Afronding van uw klacht',
    body: `{klant.aanhef}

Onlangs hebben wij uw klacht over {klacht.samenvatting} samen met u afgerond. Wij hebben het volgende met u afgesproken: {afspraak}

Met deze brief sluiten wij het dossier {klacht.kenmerk}. Wij danken u voor uw vertrouwen en voor de tijd die u hebt genomen om ons te helpen beter te worden. Uw klacht heeft ons geholpen onze dienstverlening te verbeteren.

Mocht u in de toekomst toch nog vragen hebben over deze klacht, dan kunt u altijd contact met ons opnemen via {kantoor.telefoon} of {kantoor.email}.`,
  },
  satisfaction: {
    subject: 'Bent u tevreden over de afhandeling van uw klacht?',
    body: `{klant.aanhef}

Onlangs hebben wij uw klacht over {klacht.samenvatting} afgehandeld (ons kenmerk {klacht.kenmerk}). Wij willen graag weten hoe u dat hebt ervaren. Uw antwoord helpt ons om klachten in de toekomst beter te behandelen en herhaling te voorkomen.

Wilt u ons deze drie vragen beantwoorden?

1. Is uw klacht naar uw tevredenheid opgelost? Ja / gedeeltelijk / nee
2. Hoe tevreden bent u over de manier waarop wij uw klacht hebben behandeld? Geef een cijfer van 1 (zeer ontevreden) tot 5 (zeer tevreden).
3. Wat kunnen wij beter doen?

U kunt deze brief ingevuld terugsturen, of uw antwoord doorgeven via {kantoor.telefoon} of {kantoor.email}. Alvast hartelijk dank.`,
  },
  inadmissible: {
    subject: 'Uw klacht kunnen wij niet in behandeling nemen',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen wij uw klacht over {klacht.samenvatting}. Wij hebben uw klacht zorgvuldig gelezen. Helaas kunnen wij haar niet in behandeling nemen.

De reden is: {niet_ontvankelijk.reden}

Wij begrijpen dat dit bericht teleurstellend voor u kan zijn. Wilt u er met ons over spreken, dan kunt u contact opnemen via {kantoor.telefoon} of {kantoor.email}, onder vermelding van kenmerk {klacht.kenmerk}.`,
  },
  referral: {
    subject: 'Doorverwijzing van uw klacht',
    body: `{klant.aanhef}

Uw klacht over {klacht.samenvatting} (ons kenmerk {klacht.kenmerk}) hebben wij samen met u niet naar tevredenheid kunnen oplossen. Dat betreuren wij. U kunt uw klacht voorleggen aan een onafhankelijke instantie:

{instantie.naam}
{instantie.gegevens}

Vermeld bij uw klacht ons kenmerk en voeg, als dat kan, onze reactie bij. Wij werken graag mee aan de verdere behandeling. Heeft u vragen, neem dan contact met ons op via {kantoor.telefoon} of {kantoor.email}.`,
  },
};

const JE: TemplateSet = {
  request_written: {
    subject: 'Wil je je klacht op papier zetten?',
    body: `{klant.aanhef}

Op {klacht.ontvangen} vertelde je ons over je klacht: {klacht.samenvatting}. Fijn dat je het ons laat weten.

Volgens onze klachtenregeling nemen we een klacht in behandeling zodra we die schriftelijk hebben ontvangen. Wil je je klacht daarom schriftelijk naar ons sturen? {klacht.indienen}

Vanaf de dag waarop we je schriftelijke klacht ontvangen, gaan de termijnen van onze klachtenregeling lopen. Noem daarbij kenmerk {klacht.kenmerk}. Heb je vragen? Bel ons dan op {kantoor.telefoon} of mail naar {kantoor.email}.`,
  },
  acknowledgement: {
    subject: 'We hebben je klacht ontvangen',
    body: `{klant.aanhef}

Op {klacht.ontvangen} hebben we je klacht ontvangen over: {klacht.samenvatting}. Met deze brief bevestigen we dat. Vervelend dat je niet tevreden bent, en fijn dat je het ons laat weten.

We hebben je klacht geregistreerd onder kenmerk {klacht.kenmerk}. Wil je dit kenmerk noemen als je contact met ons opneemt?

We behandelen je klacht zorgvuldig en vertrouwelijk. {reactie.toezegging}

Heb je in de tussentijd vragen? Bel ons dan op {kantoor.telefoon} of mail naar {kantoor.email}.`,
  },
  request_information: {
    subject: 'We hebben nog wat informatie van je nodig',
    body: `{klant.aanhef}

We zijn bezig met je klacht over {klacht.samenvatting}, die we op {klacht.ontvangen} ontvingen. Om je klacht goed te kunnen beoordelen, hebben we nog wat informatie van je nodig:

{vragen}

Wil je deze informatie zo snel mogelijk naar ons sturen, met kenmerk {klacht.kenmerk}? Je kunt ons ook bellen op {kantoor.telefoon} of mailen naar {kantoor.email}.

Alvast bedankt voor je hulp.`,
  },
  invitation: {
    subject: 'Uitnodiging voor een gesprek over je klacht',
    body: `{klant.aanhef}

We willen graag met je praten over je klacht over {klacht.samenvatting}. In dat gesprek hoor jij ons verhaal en horen wij het jouwe: zo krijgen we een volledig beeld van wat er is gebeurd.

Daarom nodigen we je uit voor een gesprek op {gesprek.datum} bij {kantoor.naam}. Je mag iemand meenemen die je vertrouwt.

Komt dit moment je niet goed uit? Laat het ons weten via {kantoor.telefoon} of {kantoor.email}, dan zoeken we samen een ander moment. Wil je daarbij kenmerk {klacht.kenmerk} noemen?`,
  },
  further_handling: {
    subject: 'Hoe we je klacht verder afhandelen',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen we je klacht over {klacht.samenvatting}. Graag laten we je weten hoe we je klacht verder afhandelen.

{behandeling}

Heb je nog informatie voor ons of een vraag? Neem gerust contact op via {kantoor.telefoon} of {kantoor.email} en noem daarbij kenmerk {klacht.kenmerk}.`,
  },
  extension: {
    subject: 'We hebben meer tijd nodig voor je klacht',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen we je klacht over {klacht.samenvatting}. We hebben je beloofd binnen {termijn.reactie} schriftelijk te reageren. Helaas lukt het ons niet om dat op tijd te doen.

De reden is: {verlenging.reden}

We willen je klacht zorgvuldig behandelen en hebben daarom wat meer tijd nodig. Je krijgt onze schriftelijke reactie uiterlijk op {verlenging.datum}.

We begrijpen dat je liever eerder bericht had gehad. Heb je vragen over deze verlenging? Neem dan contact op via {kantoor.telefoon} of {kantoor.email}, met kenmerk {klacht.kenmerk}.`,
  },
  decision: {
    subject: 'Onze reactie op je klacht',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen we je klacht over {klacht.samenvatting}. We hebben je klacht zorgvuldig onderzocht. In deze brief lees je wat we ervan vinden en wat we eraan doen.

Ons oordeel: we vinden je klacht {oordeel}.

{oordeel.motivering}

Oplossing: {oplossing}

Om herhaling te voorkomen nemen we de volgende maatregelen: {maatregelen}.

{niet_tevreden}

We hopen dat we je klacht zo goed hebben afgehandeld. Heb je vragen over deze brief? Neem dan contact op via {kantoor.telefoon} of {kantoor.email} en noem daarbij kenmerk {klacht.kenmerk}.`,
  },
  closing: {
    subject: 'Afronding van je klacht',
    body: `{klant.aanhef}

Onlangs hebben we je klacht over {klacht.samenvatting} samen met je afgerond. We hebben het volgende met je afgesproken: {afspraak}

Met deze brief sluiten we het dossier {klacht.kenmerk}. Bedankt voor je vertrouwen en voor de tijd die je hebt genomen om ons te helpen beter te worden. Je klacht heeft ons geholpen onze dienstverlening te verbeteren.

Heb je later toch nog vragen over deze klacht? Je kunt altijd contact met ons opnemen via {kantoor.telefoon} of {kantoor.email}.`,
  },
  satisfaction: {
    subject: 'Ben je tevreden over de afhandeling van je klacht?',
    body: `{klant.aanhef}

Onlangs hebben we je klacht over {klacht.samenvatting} afgehandeld (ons kenmerk {klacht.kenmerk}). We willen graag weten hoe je dat hebt ervaren. Je antwoord helpt ons om klachten voortaan beter te behandelen en herhaling te voorkomen.

Wil je deze drie vragen beantwoorden?

1. Is je klacht naar je tevredenheid opgelost? Ja / gedeeltelijk / nee
2. Hoe tevreden ben je over de manier waarop we je klacht hebben behandeld? Geef een cijfer van 1 (zeer ontevreden) tot 5 (zeer tevreden).
3. Wat kunnen we beter doen?

Je kunt deze brief ingevuld terugsturen, of je antwoord doorgeven via {kantoor.telefoon} of {kantoor.email}. Alvast bedankt!`,
  },
  inadmissible: {
    subject: 'We kunnen je klacht niet in behandeling nemen',
    body: `{klant.aanhef}

Op {klacht.ontvangen} ontvingen we je klacht over {klacht.samenvatting}. We hebben je klacht zorgvuldig gelezen. Helaas kunnen we haar niet in behandeling nemen.

De reden is: {niet_ontvankelijk.reden}

We begrijpen dat dit teleurstellend voor je kan zijn. Wil je erover praten? Neem dan contact op via {kantoor.telefoon} of {kantoor.email}, met kenmerk {klacht.kenmerk}.`,
  },
  referral: {
    subject: 'Doorverwijzing van je klacht',
    body: `{klant.aanhef}

Je klacht over {klacht.samenvatting} (ons kenmerk {klacht.kenmerk}) hebben we samen niet naar tevredenheid kunnen oplossen. Dat vinden we jammer. Je kunt je klacht voorleggen aan een onafhankelijke instantie:

{instantie.naam}
{instantie.gegevens}

Noem bij je klacht ons kenmerk en stuur, als dat kan, onze reactie mee. We werken graag mee aan de verdere behandeling. Heb je vragen? Neem dan contact op via {kantoor.telefoon} of {kantoor.email}.`,
  },
};

export const DEFAULT_TEMPLATES: Record<LetterFormOfAddress, TemplateSet> = { u: U, je: JE };

export function defaultTemplate(type: LetterType, form: LetterFormOfAddress): LetterTemplate {
  return DEFAULT_TEMPLATES[form][type];
}

/** The closing line above the signature. */
export function closingLine(form: LetterFormOfAddress): string {
  return form === 'je' ? 'Hartelijke groet,' : 'Met vriendelijke groet,';
}
