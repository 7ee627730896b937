import { useEffect, useRef, useState } from 'react';
import { useRepositories } from '../../app/data';
import { hasTypedInput, type IntakeFormValues } from './formValues';

const DRAFT_KEY = 'intake';
/** All intake fields at their longest come to well under this: anything more did not come from typing, and is not kept. */
const MAX_DRAFT_CHARS = 100_000;

export interface StoredDraft {
  savedAt: string;
  values: IntakeFormValues;
}

/**
 * Keeps what is typed in the database (debounced), so a crash or an accidental
 * close loses nothing, and offers it back when the intake is opened again.
 */
export function useIntakeDraft(values: IntakeFormValues, paused: boolean) {
  const repos = useRepositories();
  const [offered, setOffered] = useState<StoredDraft | null>(null);
  const [checked, setChecked] = useState(false);
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    let cancelled = false;
    repos.drafts.load(DRAFT_KEY).then(
      (draft) => {
        if (cancelled) return;
        const stored = draft as StoredDraft | null | undefined;
        if (stored?.values && hasTypedInput(stored.values)) setOffered(stored);
        setChecked(true);
      },
      () => setChecked(true),
    );
    return () => {
      cancelled = true;
    };
  }, [repos]);

  const serialized = JSON.stringify(values);
  useEffect(() => {
    // Until the receptionist has answered the offer, do not overwrite the old draft.
    if (!checked || offered || paused || serialized.length > MAX_DRAFT_CHARS) return;
    const timer = setTimeout(() => {
      const current = latest.current;
      if (hasTypedInput(current)) void repos.drafts.save(DRAFT_KEY, { savedAt: new Date().toISOString(), values: current });
      else void repos.drafts.clear(DRAFT_KEY);
    }, 300);
    return () => clearTimeout(timer);
  }, [serialized, checked, offered, paused, repos]);

  return {
    offered,
    accept: () => setOffered(null),
    discard: async () => {
      setOffered(null);
      await repos.drafts.clear(DRAFT_KEY);
    },
    clear: () => repos.drafts.clear(DRAFT_KEY),
  };
}
