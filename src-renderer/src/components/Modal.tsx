import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** Shown while true; a dialog that exists only while open can leave it out. */
  open?: boolean;
  className: string;
  'aria-labelledby': string;
  'aria-describedby'?: string;
  /** Esc, as the close button: the owner decides what closing means. */
  onClose: () => void;
  children: ReactNode;
}

/** A native modal dialog: focus is trapped and Esc closes it, as people expect. */
export function Modal({ open = true, className, onClose, children, ...aria }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={className}
      {...aria}
      onCancel={(event) => {
        // The owner closes it through its own state, so the dialog never closes behind React's back.
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
