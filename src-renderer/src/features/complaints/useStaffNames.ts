import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useRepositories } from '../../app/data';

/** Staff is a short list (one office), so one map serves every row. */
export function useStaffNames(): Map<string, string> {
  const repos = useRepositories();
  const staff = useLiveQuery(() => repos.staff.list(), [repos]);
  // The list re-renders on every scroll; the map changes only when the staff do.
  return useMemo(() => new Map((staff ?? []).map((member) => [member.id, member.name])), [staff]);
}
