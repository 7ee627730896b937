import { useEffect, useState, type KeyboardEvent } from 'react';
import { MATCHES_ID, matchOptionId } from './CustomerMatches';
import type { CustomerMatch } from './useCustomerMatches';

/**
 * The keys of the ARIA combobox pattern for the customer lookup fields: the
 * arrows move through the matches, Enter picks the one moved to, Esc closes
 * the list (and only the list: the intake stays open). The focus stays in the
 * field, so typing goes on.
 */
export function useMatchKeys(matches: CustomerMatch[], onPick: (match: CustomerMatch) => void) {
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  // A new lookup is a new list: nothing chosen in it yet, and it shows again.
  useEffect(() => {
    setActive(-1);
    setClosed(false);
  }, [matches]);
  const open = matches.length > 0 && !closed;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open || event.ctrlKey || event.altKey || event.metaKey) return;
    const count = matches.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current === -1 && step < 0 ? count - 1 : (current + step + count) % count));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      event.stopPropagation();
      const match = matches[active];
      if (match) onPick(match);
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      setClosed(true);
      setActive(-1);
    }
  };

  return {
    open,
    active: open ? active : -1,
    combobox: {
      role: 'combobox',
      'aria-expanded': open,
      'aria-controls': MATCHES_ID,
      'aria-autocomplete': 'list',
      'aria-activedescendant': open && active >= 0 ? matchOptionId(active) : undefined,
      onKeyDown,
    } as const,
  };
}
