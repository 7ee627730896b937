import { useState } from 'react';
import { useSharing } from '../../app/sync';

/** After the session ran out: the password once more, nothing else. */
export function SignInAgain({ userName }: { userName: string }) {
  const sharing = useSharing();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!password) return setProblem('Vul uw wachtwoord in');
    setBusy(true);
    const check = await sharing.signIn(password).finally(() => setBusy(false));
    if (check.kind === 'ok') {
      setPassword('');
      setProblem(null);
    } else setProblem(`${check.message} ${check.advice}`);
  };

  return (
    <form noValidate aria-label="Opnieuw aanmelden" onSubmit={(event) => (event.preventDefault(), void submit())}>
      <div className="field">
        <label htmlFor="signin-password">Wachtwoord van {userName}</label>
        <input id="signin-password" type="password" autoComplete="current-password" value={password} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'signin-problem' : undefined} onChange={(event) => setPassword(event.target.value)} />
        {problem ? (
          <p id="signin-problem" className="error">
            {problem}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={busy}>
        Opnieuw aanmelden
      </button>
    </form>
  );
}
