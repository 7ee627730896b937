import { parseListSort, type ListSort } from '../../domain/listSort';
import { workstationStorage, type Storage } from '../../platform/workstationStorage';

/** Per workstation, like the window's size: colleagues at other desks keep their own order. */
const KEY = 'klachtenbalie.listSort';

/** The order chosen on this workstation, or null for the list's own (newest first, or earliest term first under a term filter). */
export function loadListSort(store: Storage | null = workstationStorage()): ListSort | null {
  try {
    return parseListSort(JSON.parse(store?.getItem(KEY) ?? 'null'));
  } catch {
    return null;
  }
}

export function saveListSort(sort: ListSort, store: Storage | null = workstationStorage()): void {
  store?.setItem(KEY, JSON.stringify(sort));
}
