import { useState } from 'react';

interface AddMyselfFormProps {
  onAdd: (name: string) => Promise<void>;
  onSignOut: () => void;
}

/**
 * For a colleague whose card the office has not made yet: the name goes on
 * everything they record and on letters, so they type it as colleagues and
 * customers know it, not the account's user name.
 */
export function AddMyselfForm({ onAdd, onSignOut }: AddMyselfFormProps) {
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!name.trim()) return setMissing(true);
    setBusy(true);
    try {
      await onAdd(name.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate aria-label="Mijzelf toevoegen" className="add-myself" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <p className="hint">Staat uw naam er niet bij? Voeg uzelf toe.</p>
      <div className="field">
        <label htmlFor="add-myself-name">Uw naam</label>
        <input
          id="add-myself-name"
          autoComplete="name"
          aria-required="true"
          value={name}
          onChange={(event) => (setName(event.target.value), setMissing(false))}
          {...(missing ? { 'aria-invalid': true, 'aria-describedby': 'add-myself-name-error' } : {})}
        />
        {missing ? (
          <p id="add-myself-name-error" className="error" role="alert">
            Vul uw naam in
          </p>
        ) : null}
      </div>
      <div className="actions-row">
        <button type="submit" className="secondary" disabled={busy}>
          Voeg mij toe
        </button>
        <button type="button" className="secondary" onClick={onSignOut}>
          Afmelden
        </button>
      </div>
    </form>
  );
}
