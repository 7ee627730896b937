/** Staff (medewerkers): who works with the app and in which roles. */
import { z } from 'zod';
import { STAFF_ROLES, type Staff } from './model';
import { MESSAGES, requiredText } from './validation';

export const STAFF_MESSAGES = {
  nameRequired: 'Vul de naam van de medewerker in',
  tooLong: MESSAGES.tooLong,
  rolesRequired: 'Kies minstens één rol',
  role: 'Kies een rol uit de lijst',
  duplicateName: 'Er is al een actieve medewerker met deze naam: gebruik bijvoorbeeld ook de achternaam',
} as const;

export const staffInputSchema = z.object({
  name: requiredText(100, STAFF_MESSAGES.nameRequired),
  roles: z
    .array(z.enum(STAFF_ROLES, { error: STAFF_MESSAGES.role }), { error: STAFF_MESSAGES.rolesRequired })
    .min(1, STAFF_MESSAGES.rolesRequired)
    // A role ticked twice is still one role.
    .transform((roles) => STAFF_ROLES.filter((role) => roles.includes(role))),
  active: z.boolean().default(true),
});
export type StaffInput = z.input<typeof staffInputSchema>;
export type StaffInputOutput = z.output<typeof staffInputSchema>;

/** Who may be offered as a complaint's owner: active staff with the owner role; a coordinator without it coordinates, not handles. */
export const canOwnComplaints = (member: Pick<Staff, 'active' | 'roles'>): boolean => member.active && member.roles.includes('owner');
