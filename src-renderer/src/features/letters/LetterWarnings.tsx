import { hrefFor, type Route } from '../../app/router';
import type { Procedure } from '../../domain/procedure';
import { placeholderDescription } from '../../letters';
import { missingSource, type MissingPlace } from '../../letters/missingSource';

const SETTINGS_LINKS: Partial<Record<MissingPlace, { route: Route; text: string }>> = {
  letterhead: { route: { name: 'letterhead' }, text: 'Briefpapier invullen' },
  procedure: { route: { name: 'procedure' }, text: 'Naar de klachtenregeling' },
};


/** What the letter cannot fill, shown before it is made: a blank in a letter to a customer is worse than a question now. */
export function LetterWarnings({ unknown, missing, letterheadEmpty, procedure }: { unknown: readonly string[]; missing: readonly string[]; letterheadEmpty: boolean; procedure: Procedure }) {
  if (unknown.length === 0 && missing.length === 0 && !letterheadEmpty) return null;
  return (
    <div className="letter-warnings" role="status" aria-label="Controle van de brief">
      {letterheadEmpty ? (
        <p>
          Het briefpapier is nog niet ingevuld: de brief heeft geen kantoornaam en adres. <a href={hrefFor({ name: 'letterhead' })}>Briefpapier invullen</a>
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <p>
          Onbekende invulvelden in de brieftekst: {unknown.map((name) => `{${name}}`).join(', ')}. Controleer de spelling in <a href={hrefFor({ name: 'letterTemplates' })}>de brieftekst</a>.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <>
          <p>Nog niet bekend, en dus zichtbaar als invulveld in de brief:</p>
          <ul>
            {missing.map((name) => {
              const source = missingSource(name, procedure);
              const link = source ? SETTINGS_LINKS[source.place] : undefined;
              return (
                <li key={name}>
                  {`{${name}}`}: {placeholderDescription(name) ?? name}. {source?.text}
                  {link ? (
                    <>
                      {' '}
                      <a href={hrefFor(link.route)}>{link.text}</a>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
