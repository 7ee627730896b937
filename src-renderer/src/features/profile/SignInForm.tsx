import { useEffect, useRef, useState } from 'react';
import { useSharing } from '../../app/sync';

type Problem = { field: 'userName' | 'password' | null; message: string };

/** A shared register: each colleague signs in with their own account on the office's server. */
export function SignInForm() {
  const sharing = useSharing();
  // Never someone else's name filled in: at a shared desk the next person would type their password into it.
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const submit = async () => {
    // Cleared first, so the same message after a second try is announced again.
    setProblem(null);
    setBusy(true);
    let outcome: Awaited<ReturnType<typeof sharing.signInPerson>>;
    try {
      outcome = await sharing.signInPerson(userName, password);
    } catch (error) {
      outcome = { ok: false, field: null, message: `Aanmelden is niet gelukt: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      setBusy(false);
    }
    if (outcome.ok) return;
    setProblem({ field: outcome.field, message: outcome.message });
    // What was typed stays, selected: a typo is corrected, or the next keystroke starts the password over.
    const field = (outcome.field === 'userName' ? nameRef : passwordRef).current;
    field?.focus();
    field?.select();
  };

  const errorFor = (field: 'userName' | 'password') =>
    problem?.field === field ? (
      <p id={`signin-${field}-error`} className="error" role="alert">
        {problem.message}
      </p>
    ) : null;
  const described = (field: 'userName' | 'password') =>
    problem?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': `signin-${field}-error` } : {};

  return (
    <main className="chooser" aria-labelledby="signin-title">
      <h1 id="signin-title">Aanmelden</h1>
      <p className="lead">Dit register wordt gedeeld met de andere werkplekken van het kantoor. Meld u aan met uw eigen account: alles wat u vastlegt, komt op uw naam.</p>
      <form noValidate aria-label="Aanmelden" onSubmit={(event) => (event.preventDefault(), void submit())}>
        <div className="field">
          <label htmlFor="signin-userName">Gebruikersnaam</label>
          <input id="signin-userName" ref={nameRef} autoComplete="username" aria-required="true" value={userName} onChange={(event) => setUserName(event.target.value)} {...described('userName')} />
          {errorFor('userName')}
        </div>
        <div className="field">
          <label htmlFor="signin-password">Wachtwoord</label>
          <input id="signin-password" ref={passwordRef} type="password" autoComplete="current-password" aria-required="true" value={password} onChange={(event) => setPassword(event.target.value)} {...described('password')} />
          {errorFor('password')}
        </div>
        {problem && problem.field === null ? (
          <p className="error" role="alert">
            {problem.message}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Aanmelden…' : 'Aanmelden'}
        </button>
      </form>
    </main>
  );
}
