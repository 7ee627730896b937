import type { z } from 'zod';

/**
 * Thrown by repositories when input does not pass the domain schemas, so the
 * form can put each Dutch message next to its field. Keys are dotted paths as
 * react-hook-form names fields: "customer.name", "complaint.summary", "summary".
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(fieldErrors: Record<string, string>, message = 'Niet alle velden zijn goed ingevuld.') {
    super(message);
    this.fieldErrors = fieldErrors;
  }

  static fromZod(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): ValidationError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = [...prefix, ...issue.path].map(String).join('.');
      // The first message per field is the one to fix first.
      fieldErrors[key] ??= issue.message;
    }
    return new ValidationError(fieldErrors);
  }
}

/** A record asked for by id is gone, e.g. removed on another workstation. */
export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';

  constructor(message: string) {
    super(message);
  }
}

/** Parses with a domain schema; a failure becomes a ValidationError with Dutch per-field messages. */
export function validateOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}
