/** The hint under a field, or in its place the error: ids match the control's aria-describedby. */
export function FieldMessages({ id, error, hint }: { id: string; error?: string | undefined; hint?: string | undefined }) {
  if (error) {
    return (
      <p className="error" id={`${id}-error`}>
        {error}
      </p>
    );
  }
  return hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}
