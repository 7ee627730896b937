import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';
import type { Staff } from '../../domain/model';

/** Who can be made owner: active owners and coordinators, as the card's "Behandelaar toewijzen" offers them. */
export function useOwnerChoices(): Staff[] {
  const repos = useRepositories();
  const staff = useLiveQuery(() => repos.staff.list({ activeOnly: true }), [repos]);
  return (staff ?? []).filter((member) => member.roles.includes('owner') || member.roles.includes('coordinator'));
}
