import { useState } from 'react';
import type { WorkflowState } from '../../db/repositories';
import type { Customer } from '../../domain/model';
import { LetterMaker } from './LetterMaker';

/** "Brief maken" on the complaint card; the dialog exists only while open, so each letter starts fresh. */
export function LetterButton({ state, customer, today }: { state: WorkflowState | undefined; customer: Customer | null | undefined; today: string }) {
  const [open, setOpen] = useState(false);
  const ready = Boolean(state && customer);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!ready} title="Ontvangstbevestiging, reactie, verlenging en andere brieven op het briefpapier van het kantoor">
        Brief maken
      </button>
      {open && state && customer ? <LetterMaker state={state} customer={customer} today={today} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
