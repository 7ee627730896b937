import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useState } from 'react';
import { setBackupPassphrase, useBackupPassphraseSet } from '../../backup/state';
import { Field } from '../../components/Field';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const MIN_LENGTH = 12;

const schema = z
  .object({
    passphrase: z.string().min(MIN_LENGTH, `Kies een wachtwoord van minstens ${MIN_LENGTH} tekens; een korte zin is makkelijk te onthouden.`).max(200, 'Dit wachtwoord is te lang (hoogstens 200 tekens).'),
    repeat: z.string(),
  })
  .refine((v) => v.passphrase === v.repeat, { path: ['repeat'], message: 'De twee wachtwoorden zijn niet gelijk.' });
type Values = z.infer<typeof schema>;

/** Recommended for care offices: a backup on a lost USB stick then tells nobody anything. */
export function PassphraseSection() {
  const isSet = useBackupPassphraseSet();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [turningOff, setTurningOff] = useState(false);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { passphrase: '', repeat: '' } });
  const { errors } = form.formState;

  return (
    <section aria-labelledby="passphrase-title" className="panel">
      <h2 id="passphrase-title">Versleutelen</h2>
      {isSet ? (
        <>
          <p>Nieuwe back-ups worden versleuteld met het wachtwoord dat op deze computer is ingesteld.</p>
          <button type="button" className="secondary" onClick={() => setTurningOff(true)}>
            Versleuteling uitzetten
          </button>
        </>
      ) : (
        <>
          <p>
            Aanbevolen voor zorgkantoren en iedereen die back-ups buiten het kantoor bewaart: met een wachtwoord kan niemand een back-up op een verloren USB-stick of
            schijf lezen.
          </p>
          <p className="warning">
            Een vergeten wachtwoord kan niemand herstellen, ook wij niet. Zonder het wachtwoord is een versleutelde back-up onbruikbaar. Schrijf het op en bewaar het
            op een veilige plek buiten deze computer.
          </p>
          <form
            aria-label="Wachtwoord voor back-ups"
            onSubmit={form.handleSubmit((values) => setConfirming(values.passphrase))}
            noValidate
          >
            <Field id="backup-passphrase" label="Wachtwoord voor back-ups" error={errors.passphrase?.message}>
              {(aria) => <input type="password" autoComplete="new-password" maxLength={200} {...aria} {...form.register('passphrase')} />}
            </Field>
            <Field id="backup-passphrase-repeat" label="Herhaal het wachtwoord" error={errors.repeat?.message}>
              {(aria) => <input type="password" autoComplete="new-password" maxLength={200} {...aria} {...form.register('repeat')} />}
            </Field>
            <button type="submit">Wachtwoord instellen</button>
          </form>
        </>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title="Back-ups versleutelen?"
        message="Vanaf nu worden back-ups met dit wachtwoord versleuteld. Wie het wachtwoord vergeet, kan die back-ups nooit meer terugzetten. Hebt u het opgeschreven?"
        confirmLabel="Ja, versleutelen"
        cancelLabel="Annuleren"
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          setBackupPassphrase(confirming);
          setConfirming(null);
          form.reset();
        }}
      />
      <ConfirmDialog
        open={turningOff}
        title="Versleuteling uitzetten?"
        message="Nieuwe back-ups worden dan niet meer versleuteld. Bestaande versleutelde back-ups blijven alleen met het oude wachtwoord te openen."
        confirmLabel="Uitzetten"
        cancelLabel="Annuleren"
        onCancel={() => setTurningOff(false)}
        onConfirm={() => {
          setBackupPassphrase(null);
          setTurningOff(false);
        }}
      />
    </section>
  );
}
