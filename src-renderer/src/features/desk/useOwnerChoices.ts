import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import type { Staff } from '../../domain/model';
import { canOwnComplaints } from '../../domain/staff';

/** Who can be made owner: active staff with the owner role, as the card's "Behandelaar toewijzen" offers them. */
export function useOwnerChoices(): Staff[] {
  const repos = useRepositories();
  const staff = useLiveQuery(() => repos.staff.list({ activeOnly: true }), [repos]);
  return (staff ?? []).filter(canOwnComplaints);
}
