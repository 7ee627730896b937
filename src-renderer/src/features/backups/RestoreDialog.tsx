import { useState } from 'react';
import { dutchNumber } from '../../domain/dutchNumber';
import { Modal } from '../../components/Modal';
import { formatBytes, formatDateTime } from '../../components/format';
import { Field } from '../../components/Field';
import type { BackupManifest } from '../../domain/backup/manifest';
import type { RestoreProgress } from '../../backup/service';
import type { RestoreStep } from './useRestore';

function Contents({ manifest }: { manifest: BackupManifest }) {
  const count = (table: string) => dutchNumber(manifest.tables[table]?.count ?? 0);
  const facts: Array<[label: string, value: string]> = [
    ['Gemaakt op', formatDateTime(manifest.createdAt)],
    ['Kantoor', manifest.office || 'Geen naam ingevuld'],
    ['Gemaakt met', `Klachtenbalie ${manifest.app.version}`],
    ['Klachten', count('complaints')],
    ['Klanten', count('customers')],
    ['Medewerkers', count('staff')],
    ['Bestanden', `${dutchNumber(manifest.files.length)} (${formatBytes(manifest.files.reduce((n, f) => n + f.size, 0))})`],
  ];
  return (
    <dl className="facts" aria-label="Inhoud van de back-up">
      {facts.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function PassphraseForm({ wrong, onSubmit }: { wrong: boolean; onSubmit: (passphrase: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <form
      aria-label="Wachtwoord van de back-up"
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onSubmit(value);
      }}
    >
      <p>Deze back-up is versleuteld.</p>
      <Field id="restore-passphrase" label="Wachtwoord van de back-up" error={wrong ? 'Het wachtwoord klopt niet voor deze back-up.' : undefined}>
        {(aria) => <input type="password" autoComplete="off" autoFocus maxLength={200} value={value} onChange={(e) => setValue(e.target.value)} {...aria} />}
      </Field>
      <button type="submit">Openen</button>
    </form>
  );
}

/** The backup of the current data is made while the chosen one is read: the register switches only when both are done. */
const SAFETY_TEXT: Record<RestoreProgress['safety'], string> = {
  writing: 'wordt gemaakt…',
  checking: 'wordt gecontroleerd…',
  done: 'gemaakt en gecontroleerd.',
};

function percent(read: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((read / total) * 100)) : 0;
}

export function RestoreDialog({ step, onPassphrase, onConfirm, onClose }: { step: RestoreStep; onPassphrase: (p: string) => void; onConfirm: () => void; onClose: () => void }) {
  if (step.kind === 'closed') return null;
  const busy = step.kind === 'restoring' || step.kind === 'restored';
  return (
    <Modal className="dialog restore-dialog" aria-labelledby="restore-title" onClose={onClose}>
      <h2 id="restore-title">Back-up terugzetten</h2>
      {'file' in step ? <p className="file-name">{step.file.name}</p> : null}
      {step.kind === 'checking' ? (
        <div role="status" aria-busy="true">
          <p>De hele back-up wordt gecontroleerd…</p>
          <progress aria-label="Controle van de back-up" max={100} value={percent(step.read, step.file.size)} />
        </div>
      ) : null}
      {step.kind === 'passphrase' ? <PassphraseForm wrong={step.wrong} onSubmit={onPassphrase} /> : null}
      {step.kind === 'refused' ? (
        <p className="error" role="alert">
          {step.message}
        </p>
      ) : null}
      {step.kind === 'confirm' ? (
        <>
          <p role="status">De back-up is gecontroleerd en in orde.</p>
          <Contents manifest={step.manifest} />
          <p className="warning">
            Alles wat nu in Klachtenbalie staat, wordt vervangen door deze back-up. Klachtenbalie maakt eerst nog een back-up van de huidige gegevens, zodat u terug
            kunt.
          </p>
        </>
      ) : null}
      {step.kind === 'restoring' ? (
        <div role="status" aria-busy="true">
          <p>De back-up wordt teruggezet. Sluit Klachtenbalie niet.</p>
          <p>Back-up van de huidige gegevens: {SAFETY_TEXT[step.safety]}</p>
          <progress aria-label="Voortgang van het terugzetten" max={100} value={percent(step.read, step.total)} />
        </div>
      ) : null}
      {step.kind === 'restored' ? <p role="status">Teruggezet. Klachtenbalie opent nu het teruggezette register…</p> : null}
      <div className="actions">
        {busy ? null : (
          <button type="button" className="secondary" onClick={onClose} autoFocus={step.kind !== 'passphrase'}>
            {step.kind === 'refused' ? 'Sluiten' : 'Annuleren'}
          </button>
        )}
        {step.kind === 'confirm' ? (
          <button type="button" className="danger" onClick={onConfirm}>
            Terugzetten
          </button>
        ) : null}
      </div>
    </Modal>
  );
}
