import { Fragment, useMemo, type ReactNode } from 'react';
import { hrefFor } from '../../app/router';
import type { Procedure } from '../../domain/procedure';
import { closingLine, letterheadTop, placeholderDescription, prepareLetter, sampleLetterInput, type LetterFormOfAddress, type LetterTemplate, type LetterType, type Letterhead } from '../../letters';
import { useBlobUrl } from '../pinboard/previews/BlobImage';
import { logoMime } from './readLogo';

interface Props {
  type: LetterType;
  form: LetterFormOfAddress;
  template: LetterTemplate;
  letterhead: Letterhead;
  procedure: Procedure;
}

/** Values the letterhead settings give: a missing one is fixed there, not in the text. */
const FROM_LETTERHEAD = /^(kantoor|ondertekenaar)\./;

/** Placeholders that stayed in the filled text are marked, so the eye finds them; a typing error stands out more. */
function marked(text: string, unknown: ReadonlySet<string>): ReactNode[] {
  return text.split(/(\{[a-z0-9_.]+\})/gi).map((part, i) =>
    i % 2 === 1 ? (
      <mark key={i} className={unknown.has(part.slice(1, -1)) ? 'unknown' : undefined}>
        {part}
      </mark>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

function Lines({ lines, unknown }: { lines: readonly string[]; unknown: ReadonlySet<string> }) {
  return (
    <>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? <br /> : null}
          {marked(line, unknown)}
        </Fragment>
      ))}
    </>
  );
}

function LogoImage({ letterhead }: { letterhead: Letterhead & { logo: NonNullable<Letterhead['logo']> } }) {
  const url = useBlobUrl(letterhead.logo.bytes, logoMime(letterhead.logo.type));
  return url ? <img className="paper-logo" src={url} alt={`Logo van ${letterhead.officeName || 'het kantoor'}`} /> : null;
}

/**
 * The text as it will read in a letter, filled with an example complaint on
 * the office's own letterhead. Not the .docx itself: a plain rendering that
 * follows every keystroke.
 */
export function LetterPreview({ type, form, template, letterhead, procedure }: Props) {
  // The example complaint does not depend on the letterhead: build it once per letter type.
  const sample = useMemo(() => sampleLetterInput(type, procedure, form), [type, procedure, form]);
  const input = useMemo(() => ({ ...sample, letterhead: { ...letterhead, formOfAddress: form } }), [sample, form, letterhead]);
  const letter = useMemo(() => prepareLetter(input, template), [input, template]);
  const lh = input.letterhead;
  const top = letterheadTop(lh);
  const fromLetterhead = letter.missing.some((name) => FROM_LETTERHEAD.test(name));
  const unknown = new Set(letter.unknown);

  return (
    <section className="panel letter-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Voorbeeld</h2>
      <p className="hint">
        Met de gegevens van een voorbeeldklacht ({input.complaint.reference} van {input.customer.name}) op uw eigen briefpapier.
      </p>
      <div aria-live="polite">
        {letter.unknown.length > 0 ? (
          <div className="warning problem">
            <p>
              <strong>Onbekende invulvelden: {letter.unknown.map((name) => `{${name}}`).join(', ')}</strong> — controleer de spelling. Zo blijven ze letterlijk in de brief staan.
            </p>
          </div>
        ) : null}
        {letter.missing.length > 0 ? (
          <div className="warning">
            <p>
              <strong>Invulvelden zonder waarde in dit voorbeeld:</strong> ze blijven zichtbaar in de brief tot er een waarde is.
            </p>
            <ul>
              {letter.missing.map((name) => (
                <li key={name}>
                  <code>{`{${name}}`}</code> {placeholderDescription(name) ?? ''}
                </li>
              ))}
            </ul>
            {fromLetterhead ? (
              <p>
                Gegevens van het kantoor en de ondertekenaar vult u in bij <a href={hrefFor({ name: 'letterhead' })}>Briefpapier</a>.
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <article className="paper" aria-label="Voorbeeldbrief">
        <header className="paper-head">
          {lh.logo && top.logo ? <LogoImage letterhead={{ ...lh, logo: lh.logo }} /> : null}
          {top.name ? <strong>{lh.officeName || <mark>Naam kantoor</mark>}</strong> : null}
        </header>
        <p className="paper-address">
          <Lines lines={letter.address} unknown={unknown} />
        </p>
        <dl className="paper-refs">
          <dt>Ons kenmerk</dt>
          <dd>{input.complaint.reference}</dd>
          <dt>Datum</dt>
          <dd>{letter.dateLine}</dd>
          <dt>Betreft</dt>
          <dd>{marked(letter.subject, unknown)}</dd>
        </dl>
        {letter.paragraphs.map((lines, i) => (
          <p key={i}>
            <Lines lines={lines} unknown={unknown} />
          </p>
        ))}
        <p className="paper-closing">{closingLine(form)}</p>
        <p className="paper-signature">
          <Lines lines={letter.signature} unknown={unknown} />
        </p>
        {letter.footer ? <footer className="paper-footer">{letter.footer}</footer> : null}
      </article>
    </section>
  );
}
