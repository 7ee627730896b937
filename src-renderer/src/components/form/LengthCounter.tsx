import { dutchNumber } from '../../domain/dutchNumber';

/** From this share of the limit on, the count shows: room to shorten before the field stops taking text, not a number under every field. */
const SHOW_FROM = 0.8;

/** How much of a long text field's room is used, shown only near the limit. */
export function LengthCounter({ length, max }: { length: number; max: number }) {
  if (length < max * SHOW_FROM) return null;
  return (
    <p className={`length-counter${length >= max ? ' full' : ''}`} aria-live="polite">
      {dutchNumber(length)} van {dutchNumber(max)} tekens
    </p>
  );
}
