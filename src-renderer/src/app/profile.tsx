import { createContext, useContext, type ReactNode } from 'react';
import type { Actor, Staff } from '../domain/model';

/**
 * Who is working at this workstation. Chosen at start (no passwords yet) and
 * kept for this window's session only, so a shared desk computer asks again
 * after a restart while a reload does not interrupt the work.
 */
const SESSION_KEY = 'klachtenbalie.currentStaffId';
/** The last choice on this workstation, offered first next time. */
const LAST_KEY = 'klachtenbalie.lastStaffId';

export function sessionStaffId(): string | null {
  return sessionStorage.getItem(SESSION_KEY);
}

export function lastStaffId(): string | null {
  return localStorage.getItem(LAST_KEY);
}

export function rememberStaff(id: string): void {
  sessionStorage.setItem(SESSION_KEY, id);
  localStorage.setItem(LAST_KEY, id);
}

export function forgetSessionStaff(): void {
  sessionStorage.removeItem(SESSION_KEY);
}

export interface ProfileValue {
  staff: Staff;
  actor: Actor;
  switchProfile: () => void;
}

const ProfileContext = createContext<ProfileValue | null>(null);

export function ProfileProvider({ value, children }: { value: ProfileValue; children: ReactNode }) {
  return <ProfileContext.Provider value={value}>{children}</ProfileContext.Provider>;
}

export function useProfile(): ProfileValue {
  const value = useContext(ProfileContext);
  if (!value) throw new Error('useProfile buiten ProfileProvider');
  return value;
}

/** Every event records who did it. */
export function useActor(): Actor {
  return useProfile().actor;
}
