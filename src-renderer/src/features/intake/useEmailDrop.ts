import type { DragEvent } from 'react';
import { useState } from 'react';
import { errorText } from '../../components/errorText';
import type { PendingEmail } from './pendingEmail';
import { readEmailDrop } from './readEmailDrop';

const NOT_AN_EMAIL = 'Sleep een e-mailbericht (.eml of .msg) hierheen om er een klacht van te maken.';

/**
 * A screen that takes a complaint e-mail dropped on it: spread `dropZone` on
 * the element, show `dropError`. Anything else dropped, or a mail that cannot
 * be read, says so instead of doing nothing.
 */
export function useEmailDrop(onEmail: (email: PendingEmail) => unknown) {
  const [dropError, setDropError] = useState<string | null>(null);
  const dropZone = {
    onDragOver: (event: DragEvent) => {
      if (Array.from(event.dataTransfer.types).includes('Files')) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const files = event.dataTransfer.files;
      setDropError(null);
      void (async () => {
        try {
          const pending = await readEmailDrop(files);
          if (pending) await onEmail(pending);
          else setDropError(NOT_AN_EMAIL);
        } catch (error) {
          setDropError(errorText(error));
        }
      })();
    },
  };
  return { dropError, dropZone };
}
