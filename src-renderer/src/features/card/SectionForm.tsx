import type { ReactNode } from 'react';
import { submitOnCtrlEnter } from '../../components/form/ctrlEnter';

interface Props {
  label: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/** An in-place edit form: Ctrl+Enter saves and Esc cancels, as in the intake. */
export function SectionForm({ label, busy, onSubmit, onCancel, children }: Props) {
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={submitOnCtrlEnter(onSubmit, onCancel)}
    >
      {children}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          Opslaan
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
