/** Dutch words the demo data is made of: names, places, and the complaints a small office hears. */
import type { StaffRole } from '../../domain/model';

export const FIRST_NAMES = [
  'Jan', 'Piet', 'Kees', 'Henk', 'Gerrit', 'Willem', 'Daan', 'Sem', 'Lucas', 'Bram', 'Thijs', 'Ruben',
  'Maria', 'Anna', 'Johanna', 'Els', 'Ingrid', 'Sanne', 'Lotte', 'Femke', 'Emma', 'Julia', 'Sophie',
  'Fleur', 'Mohammed', 'Fatima', 'Ahmed', 'Yasmina', 'Hüseyin', 'Ayşe', 'Mehmet', 'Zeynep', 'Priya',
  'Raj', 'Wei', 'Chantal', 'Dewi', 'Agnieszka', 'Tomasz', 'René', 'Hélène', 'Joël', 'Noël', 'Zoë',
] as const;

/** [tussenvoegsel, surname]; the tussenvoegsel is lowercase after a first name, as in "Jan de Vries". */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'], ['', 'Jansen'], ['', 'Visser'],
  ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'], ['', 'Bos'], ['', 'Vos'],
  ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'], ['', 'Brouwer'], ['de', 'Wit'],
  ['', 'Dijkstra'], ['', 'Smits'], ['de', 'Graaf'], ['van der', 'Meer'], ['van der', 'Linden'],
  ['', 'Kok'], ['', 'Jacobs'], ['de', 'Haan'], ['', 'Vermeulen'], ['van den', 'Heuvel'], ['van der', 'Veen'],
  ['van den', 'Broek'], ['de', 'Bruijn'], ['van', 'Beek'], ['in ’t', 'Veld'], ['ter', 'Horst'],
  ['', 'Yılmaz'], ['', 'Çelik'], ['', 'Öztürk'], ['', 'Ölçer'], ['', 'El Amrani'], ['', 'Bouzid'],
  ['', 'Şahin'], ['', 'Nguyen'], ['', 'Kowalski'], ['', 'Ramdin'], ['', 'Müller'],
];

/** [city, area code, lowest postcode digits, highest]. */
export const CITIES: readonly (readonly [string, string, number, number])[] = [
  ['Amsterdam', '020', 1011, 1109],
  ['Rotterdam', '010', 3011, 3089],
  ['Den Haag', '070', 2491, 2599],
  ['Utrecht', '030', 3511, 3585],
  ['Eindhoven', '040', 5611, 5658],
  ['Groningen', '050', 9711, 9747],
  ['Gouda', '0182', 2801, 2809],
  ['Zwolle', '038', 8011, 8047],
  ['Leeuwarden', '058', 8911, 8941],
  ['Maastricht', '043', 6211, 6229],
  ['Nijmegen', '024', 6511, 6546],
  ['Haarlem', '023', 2011, 2037],
  ['Alkmaar', '072', 1811, 1827],
  ['Deventer', '0570', 7411, 7429],
  ['Middelburg', '0118', 4331, 4339],
  ['’s-Hertogenbosch', '073', 5211, 5249],
];

export const STREETS = [
  'Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianalaan', 'Beatrixstraat',
  'Wilhelminastraat', 'Nieuwe Gracht', 'Oude Haven', 'Lindelaan', 'Eikenlaan', 'Prinsengracht',
  'Markt', 'Zuidwal', 'Parallelweg', 'Industrieweg', 'Burgemeester de Withstraat', 'Tulpstraat',
] as const;

/** Summaries grouped by the category they belong to, so category and summary agree. */
export const COMPLAINTS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  Facturering: [
    'Factuur klopt niet',
    'Dubbel afgeschreven',
    'Creditnota nooit ontvangen',
    'Te hoge eindafrekening',
    'Aanmaning terwijl al betaald',
  ],
  Dienstverlening: [
    'Monteur kwam niet opdagen',
    'Afspraak zonder bericht verzet',
    'Verwarming na reparatie nog steeds kapot',
    'Werkzaamheden niet afgemaakt',
    'Lekkage niet goed verholpen',
  ],
  Bejegening: [
    'Onvriendelijk te woord gestaan',
    'Medewerker luisterde niet',
    'Toezegging niet nagekomen',
    'Geen excuses gekregen',
  ],
  Bereikbaarheid: [
    'Telefonisch onbereikbaar',
    'Nooit teruggebeld',
    'E-mail niet beantwoord',
    'Lange wachttijd aan de balie',
  ],
  Levering: [
    'Pakket niet geleverd',
    'Verkeerd product ontvangen',
    'Bestelling beschadigd aangekomen',
    'Levering veel te laat',
  ],
  Privacy: ['Brief naar verkeerd adres gestuurd', 'Gegevens zonder toestemming gedeeld'],
};

export const DETAILS = [
  'Klant heeft al twee keer gebeld zonder resultaat.',
  'Klant wil graag binnen een week een reactie.',
  'Klant is erg ontevreden en overweegt een andere leverancier.',
  'Volgens klant is dit al eerder beloofd.',
  'Klant heeft foto’s gestuurd die het probleem laten zien.',
  'Klant vraagt om een schriftelijke bevestiging.',
  'Klant is slecht ter been en kan niet zelf langskomen.',
] as const;

export const PRODUCTS = [
  'Cv-ketel onderhoud', 'Zonnepanelen', 'Energiecontract', 'Abonnement', 'Installatie', 'Webwinkel',
  'Reparatie aan huis', 'Administratie', 'Klantenservice',
] as const;

export const REMEDIES = [
  'Excuses', 'Geld terug', 'Factuur aanpassen', 'Alsnog herstellen', 'Vergoeding van de schade',
  'Een nieuwe afspraak', 'Uitleg over wat er misging', '',
] as const;

export const DEMO_STAFF: readonly (readonly [string, readonly StaffRole[]])[] = [
  ['Ria Hoekstra', ['receptionist']],
  ['Tom Bakker', ['receptionist']],
  ['Marloes van Dam', ['coordinator']],
  ['Erik Zwart', ['owner']],
  ['Naima Haddou', ['owner']],
  ['Pieter de Lange', ['owner', 'management']],
  ['Anouk Verbeek', ['owner']],
  ['Gert-Jan Mol', ['management', 'committee']],
];

export const CONTACT_NOTES = [
  'Klant gebeld en de situatie besproken',
  'E-mail gestuurd met uitleg',
  'Huisbezoek afgelegd',
  'Klant teruggebeld, geen gehoor',
] as const;

export const SETTLEMENTS = [
  'Excuses aangeboden en een tegoedbon gegeven',
  'Nieuwe afspraak gemaakt op een tijd die de klant uitkomt',
  'Factuur aangepast en opnieuw verstuurd',
  'Uitgelegd wat er misging; klant is tevreden',
] as const;

export const REASONINGS = [
  'Uit het gesprek met de medewerker en de stukken blijkt dat de afspraak niet is nagekomen.',
  'De werkzaamheden zijn volgens de offerte uitgevoerd; het probleem ligt buiten onze levering.',
  'Een deel van de klacht klopt: de communicatie had beter gekund, de uitvoering was in orde.',
  'Na een bezoek ter plaatse is vastgesteld dat het herstel niet goed is uitgevoerd.',
] as const;

export const SOLUTIONS = [
  'Herstel van de installatie op kosten van het bedrijf',
  'Vervanging van het onderdeel',
  'Creditnota voor de gemaakte kosten',
  'Nieuwe levering binnen een week',
] as const;

export const ROOT_CAUSES = [
  'Planning hield geen rekening met de reistijd',
  'Werkinstructie voor dit type installatie ontbrak',
  'Terugbelverzoeken werden niet vastgelegd',
] as const;

export const CORRECTIVE_ACTIONS = [
  'Werkinstructie opstellen en met het team bespreken',
  'Terugbelverzoeken voortaan in het systeem vastleggen',
  'Planning controleren op reistijd tussen afspraken',
] as const;
