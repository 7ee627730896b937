/**
 * Turns a database error into words for the person at the desk: what went
 * wrong and what to do. Dexie wraps the browser's error (OpenFailedError around
 * a VersionError, AbortError around a QuotaExceededError), so the whole chain
 * of `inner` errors is looked at and the most specific cause wins.
 */

export { RecordNotFoundError, ValidationError } from '../domain/errors';

export interface DatabaseProblem {
  title: string;
  message: string;
  whatToDo: string;
  /** Error names and messages, for the administrator or a support request. */
  detail: string;
}

type Explanation = Omit<DatabaseProblem, 'detail'>;

const RESTART = 'Sluit Klachtenbalie en start het opnieuw.';
const KEEP_TYPING =
  'Wat u in een formulier typte staat er nog: kopieer het eventueel voordat u Klachtenbalie sluit.';
const ASK_ADMIN =
  'Blijft deze melding terugkomen, neem dan contact op met uw beheerder. Verwijder zelf geen bestanden: uw gegevens staan waarschijnlijk nog op de schijf.';

// Most specific first: the first name found anywhere in the chain decides.
const EXPLANATIONS: ReadonlyArray<[names: readonly string[], explanation: Explanation]> = [
  [
    ['QuotaExceededError'],
    {
      title: 'De schijf is vol',
      message:
        'Klachtenbalie kon de gegevens niet opslaan, omdat er geen ruimte meer is op de schijf van deze computer. Er is niets half opgeslagen.',
      whatToDo: `Maak ruimte vrij op de schijf, bijvoorbeeld door de prullenbak te legen of grote bestanden te verwijderen, en probeer het daarna opnieuw. ${KEEP_TYPING}`,
    },
  ],
  [
    ['VersionError'],
    {
      title: 'Gegevens van een nieuwere versie',
      message:
        'Deze gegevens zijn al geopend met een nieuwere versie van Klachtenbalie. Deze oudere versie kan ze niet veilig gebruiken.',
      whatToDo:
        'Start de nieuwste versie van Klachtenbalie, of vraag uw beheerder om Klachtenbalie op deze computer bij te werken. Installeer geen oudere versie.',
    },
  ],
  [
    ['DatabaseClosedError', 'VersionChangeError'],
    {
      title: 'De verbinding met de gegevens is verbroken',
      message:
        'De database is gesloten, bijvoorbeeld omdat Klachtenbalie in een ander venster is bijgewerkt of omdat de computer uit de slaapstand kwam.',
      whatToDo: `${KEEP_TYPING} ${RESTART}`,
    },
  ],
  [
    ['MissingAPIError'],
    {
      title: 'Opslag niet beschikbaar',
      message: 'Deze omgeving laat Klachtenbalie geen gegevens bewaren (IndexedDB ontbreekt of is uitgeschakeld).',
      whatToDo:
        'Gebruik de geïnstalleerde Klachtenbalie of een gewoon (niet-privé) browservenster, en vraag zo nodig uw beheerder om hulp.',
    },
  ],
  [
    ['InvalidStateError'],
    {
      title: 'De database is niet beschikbaar',
      message: 'De opslag van Klachtenbalie kon op dit moment niet worden gebruikt.',
      whatToDo: `${KEEP_TYPING} ${RESTART} ${ASK_ADMIN}`,
    },
  ],
  [
    ['DataError', 'DataCloneError'],
    {
      title: 'Gegevens konden niet worden gelezen of opgeslagen',
      message: 'Een gegeven had een vorm die de database niet kan bewaren of teruggeven. Er is niets half opgeslagen.',
      whatToDo: `Probeer het opnieuw. ${ASK_ADMIN}`,
    },
  ],
  [
    ['ConstraintError'],
    {
      title: 'Dubbel gegeven',
      message: 'Dit gegeven bestaat al (bijvoorbeeld een kenmerk dat al is uitgegeven). Er is niets opgeslagen.',
      whatToDo: 'Probeer het opnieuw; Klachtenbalie kiest dan een nieuw kenmerk.',
    },
  ],
  [
    ['UnknownError', 'AbortError', 'TimeoutError'],
    {
      title: 'Fout bij lezen of schrijven',
      message:
        'Er ging iets mis bij het lezen of schrijven van de gegevens op deze computer, bijvoorbeeld door een tijdelijk probleem met de schijf.',
      whatToDo: `${KEEP_TYPING} ${RESTART} ${ASK_ADMIN}`,
    },
  ],
  [
    ['OpenFailedError', 'UpgradeError', 'SchemaError'],
    {
      title: 'De database kon niet worden geopend',
      message: 'Klachtenbalie kon de opgeslagen gegevens bij het starten niet openen.',
      whatToDo: `${RESTART} ${ASK_ADMIN}`,
    },
  ],
];

const FALLBACK: Explanation = {
  title: 'Er ging iets mis met de gegevens',
  message: 'Klachtenbalie kon de gegevens niet lezen of opslaan.',
  whatToDo: `Probeer het opnieuw. ${ASK_ADMIN}`,
};

export function describeDatabaseError(error: unknown): DatabaseProblem {
  const chain = errorChain(error);
  const names = new Set(chain.map((e) => e.name));
  const match = EXPLANATIONS.find(([candidates]) => candidates.some((name) => names.has(name)));
  const detail = chain.map((e) => `${e.name}: ${e.message}`).join(' <- ');
  return { ...(match?.[1] ?? FALLBACK), detail };
}

interface NamedError {
  name: string;
  message: string;
}

function errorChain(error: unknown): NamedError[] {
  const chain: NamedError[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 10) {
    const record = current as { name?: unknown; message?: unknown; inner?: unknown; failures?: unknown };
    chain.push({ name: String(record.name ?? 'Error'), message: String(record.message ?? '') });
    // A BulkError carries its causes in `failures`, other Dexie errors in `inner`.
    current = record.inner ?? (Array.isArray(record.failures) ? record.failures[0] : undefined);
  }
  if (chain.length === 0) chain.push({ name: 'Error', message: String(error) });
  return chain;
}
