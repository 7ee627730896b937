import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) saves a form from any field, textareas included, as everywhere in the app.
 * With `cancel`, Esc leaves the form too; a form that passes none lets Esc reach whatever is around it.
 */
export function submitOnCtrlEnter(submit: () => unknown, cancel?: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
    if (event.key === 'Escape' && cancel) {
      event.preventDefault();
      cancel();
    }
  };
}
