import { describe, expect, it } from 'vitest';
import { naturalSort, toggledSort } from '../../src-renderer/src/domain/listSort';
import { loadListSort, saveListSort } from '../../src-renderer/src/features/complaints/listSortStore';
import { tooLongToPrint } from '../../src-renderer/src/features/complaints/usePrintRegister';

function memoryStore() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key) };
}

describe('the order of the complaint list', () => {
  it("is the list's own until chosen: newest first, or earliest term first under a term filter", () => {
    expect(naturalSort(false)).toEqual({ column: 'received', direction: 'desc' });
    expect(naturalSort(true)).toEqual({ column: 'deadline', direction: 'asc' });
  });

  it('sorts a new column A to Z (dates newest first) and turns round on a second click', () => {
    const byCustomer = toggledSort(naturalSort(false), 'customer');
    expect(byCustomer).toEqual({ column: 'customer', direction: 'asc' });
    expect(toggledSort(byCustomer, 'customer')).toEqual({ column: 'customer', direction: 'desc' });
    expect(toggledSort(byCustomer, 'received')).toEqual({ column: 'received', direction: 'desc' });
  });

  it("is kept per workstation, and a damaged stored value gives the list's own order back", () => {
    const store = memoryStore();
    expect(loadListSort(store)).toBeNull();
    saveListSort({ column: 'owner', direction: 'desc' }, store);
    expect(loadListSort(store)).toEqual({ column: 'owner', direction: 'desc' });
    store.setItem('klachtenbalie.listSort', '{"column":"summary","direction":"asc"}');
    expect(loadListSort(store)).toBeNull();
    store.setItem('klachtenbalie.listSort', 'not json');
    expect(loadListSort(store)).toBeNull();
  });
});

describe('printing the complaint list', () => {
  it('prints up to 2,000 rows and asks to filter a longer list, in Dutch numbers', () => {
    expect(tooLongToPrint(2000)).toBeNull();
    expect(tooLongToPrint(100_000)).toBe('De lijst heeft 100.000 klachten; afdrukken kan tot 2.000. Filter eerst op status of termijn, of zoek.');
  });
});
