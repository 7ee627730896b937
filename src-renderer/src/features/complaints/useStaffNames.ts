import { useLiveQuery } from 'dexie-react-hooks';
import { useRepositories } from '../../app/data';

/** Staff is a short list (one office), so one map serves every row. */
export function useStaffNames(): Map<string, string> {
  const repos = useRepositories();
  const staff = useLiveQuery(() => repos.staff.list(), [repos]);
  return new Map((staff ?? []).map((member) => [member.id, member.name]));
}
