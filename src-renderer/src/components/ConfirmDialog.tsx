import { useId } from 'react';
import { Modal } from './Modal';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While what is asked about is still being worked out, or could not be: saying yes would confirm nothing known. */
  confirmDisabled?: boolean;
}

/** Asks before something that cannot be undone; Esc and the cancel button both say no. */
export function ConfirmDialog({ open, title, message, confirmLabel, cancelLabel, onConfirm, onCancel, confirmDisabled = false }: Props) {
  // Own ids per dialog: several may be on one page (removing and saving on the pinboard).
  const id = useId();
  return (
    <Modal open={open} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`} onClose={onCancel}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-message`}>{message}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={confirmDisabled}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
