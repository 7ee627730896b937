/** What went wrong, as one line for a message: thrown things are not always Errors. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
