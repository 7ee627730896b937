/** Why a step was refused, under the form or list it belongs to; nothing when all went well. */
export function FormProblem({ text }: { text: string | null }) {
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}
