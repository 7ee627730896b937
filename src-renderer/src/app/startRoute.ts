import type { Staff } from '../domain/model';
import type { Route } from './router';

/**
 * Where a person starts when the app opens bare: the coordinator watches the
 * whole desk, an owner sees their own part of it, someone who only answers the
 * phone and the door starts on the intake. Anyone else (management, committee)
 * looks things up in the list.
 */
export function startRoute(staff: Pick<Staff, 'id' | 'roles'>): Route {
  const { roles } = staff;
  if (roles.includes('coordinator')) return { name: 'desk' };
  if (roles.includes('owner')) return { name: 'desk', ownerId: staff.id };
  if (roles.includes('receptionist')) return { name: 'intake' };
  return { name: 'list' };
}
