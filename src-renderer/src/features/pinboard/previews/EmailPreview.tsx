import { errorText } from '../../../components/errorText';
import { useEffect, useState } from 'react';
import { formatBytes, formatDateTime } from '../../../components/format';
import { parseEmailInWorker, type ParsedEmail } from '../../../mail';

export function EmailPreview({ name, bytes }: { name: string; bytes: Uint8Array }) {
  const [mail, setMail] = useState<ParsedEmail | { error: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    parseEmailInWorker(name, bytes).then(
      (parsed) => !cancelled && setMail(parsed),
      (error: unknown) => !cancelled && setMail({ error: errorText(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [name, bytes]);
  if (!mail) return <p aria-busy="true">E-mail lezen…</p>;
  if ('error' in mail) return <p role="alert">{mail.error}</p>;
  return (
    <article className="email-preview" aria-label="E-mailbericht">
      <dl className="facts">
        <div className="fact">
          <dt>Van</dt>
          <dd>{mail.from ? `${mail.from.name} <${mail.from.address}>` : '—'}</dd>
        </div>
        <div className="fact">
          <dt>Aan</dt>
          <dd>{mail.to.map((to) => to.name || to.address).join(', ') || '—'}</dd>
        </div>
        <div className="fact">
          <dt>Datum</dt>
          <dd>{mail.date ? formatDateTime(mail.date) : '—'}</dd>
        </div>
        <div className="fact">
          <dt>Onderwerp</dt>
          <dd>{mail.subject || '—'}</dd>
        </div>
      </dl>
      <pre className="preview-text">{mail.text}</pre>
      {mail.attachments.length > 0 ? (
        <>
          <h3>Bijlagen</h3>
          <ul>
            {mail.attachments.map((attachment, index) => (
              <li key={`${attachment.name}-${index}`}>
                {attachment.name} ({formatBytes(attachment.bytes.byteLength)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
