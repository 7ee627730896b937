import { describeDatabaseError } from '../../db/errors';

/** A failed save keeps the form as typed; this tells the receptionist why and what to do. */
export function describeSaveError(error: unknown): string {
  const problem = describeDatabaseError(error);
  return `Niet opgeslagen — ${problem.message} ${problem.whatToDo} Uw invoer staat nog in het formulier.`;
}
