import type { DatabaseProblem } from '../db/errors';

export function DatabaseErrorScreen({ problem, onRetry }: { problem: DatabaseProblem; onRetry: () => void }) {
  return (
    <main className="fatal" role="alert" aria-labelledby="fatal-title">
      <h1 id="fatal-title">{problem.title}</h1>
      <p>{problem.message}</p>
      <h2>Wat kunt u doen?</h2>
      <p>{problem.whatToDo}</p>
      <button type="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </main>
  );
}
