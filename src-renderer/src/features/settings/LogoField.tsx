import { useRef, useState } from 'react';
import { FieldMessages } from '../../components/FieldMessages';
import type { LetterLogo } from '../../letters';
import { useBlobUrl } from '../pinboard/previews/BlobImage';
import { logoMime, readLogo } from './readLogo';

interface Props {
  logo: LetterLogo | undefined;
  error: string | undefined;
  onChange: (logo: LetterLogo | undefined) => void;
  onError: (message: string | undefined) => void;
}

const ID = 'letterhead-logo';
const HINT = 'PNG of JPG, hoogstens 2 MB. Op de brief staat het logo rechtsboven, verkleind tot hoogstens 5 × 2,2 cm.';

function LogoImage({ logo }: { logo: LetterLogo }) {
  const url = useBlobUrl(logo.bytes, logoMime(logo.type));
  return (
    <figure className="logo-preview">
      {url ? <img src={url} alt="Logo van het kantoor" /> : null}
      <figcaption className="muted">
        {logo.type.toUpperCase()}, {logo.width} × {logo.height} pixels
      </figcaption>
    </figure>
  );
}

/** The logo: chosen from disk, shown at about the size it gets on paper, and removable. */
export function LogoField({ logo, error, onChange, onError }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const pickRef = useRef<HTMLButtonElement>(null);
  const [reading, setReading] = useState(false);
  const describedBy = error ? `${ID}-error` : `${ID}-hint`;

  const pick = async (file: File) => {
    setReading(true);
    try {
      const result = await readLogo(file);
      // A refused file leaves the logo that was there.
      if ('error' in result) onError(result.error);
      else {
        onError(undefined);
        onChange(result.logo);
      }
    } finally {
      setReading(false);
    }
  };

  return (
    <div className={`field logo-field${error ? ' has-error' : ''}`}>
      <span className="label-row">
        <label htmlFor={ID}>Logo</label>
      </span>
      {logo ? <LogoImage logo={logo} /> : <p className="muted logo-empty">Nog geen logo. Zonder logo staat alleen de naam van het kantoor in het briefhoofd.</p>}
      <div className="row-actions start">
        {/* The browser's own file button speaks the system language; this one speaks Dutch and opens the same picker. */}
        <button ref={pickRef} type="button" className="secondary small" disabled={reading} onClick={() => inputRef.current?.click()} aria-describedby={describedBy}>
          {logo ? 'Ander logo kiezen…' : 'Logo kiezen…'}
        </button>
        {logo ? (
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              onChange(undefined);
              onError(undefined);
              pickRef.current?.focus();
            }}
          >
            Logo verwijderen
          </button>
        ) : null}
      </div>
      <input
        id={ID}
        ref={inputRef}
        className="visually-hidden"
        tabIndex={-1}
        type="file"
        accept="image/png,image/jpeg,.png,.jpg,.jpeg"
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again after a fix still fires.
          event.target.value = '';
          if (file) void pick(file);
        }}
      />
      <FieldMessages id={ID} error={error} hint={HINT} />
    </div>
  );
}
