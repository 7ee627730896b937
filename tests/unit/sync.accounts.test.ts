import { describe, expect, it } from 'vitest';
import { currentAccount, rememberSignIn, setCurrentAccount, staffRolesOf, verifyOffline } from '../../src-renderer/src/sync/accounts';

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('signing in to a shared register', () => {
  it('takes the roles the server gives, ignores the server\'s other roles, and gives its administrator every role', () => {
    expect(staffRolesOf(['receptionist', 'kantoor-amsterdam', 'coordinator'])).toEqual(['receptionist', 'coordinator']);
    expect(staffRolesOf([])).toEqual([]);
    expect(staffRolesOf(['_admin'])).toEqual(['receptionist', 'coordinator', 'owner', 'management', 'committee']);
  });

  it('with the server away, signs in someone who signed in here before with the same password, with the roles last given, and nobody else', async () => {
    const store = memoryStorage();
    await rememberSignIn('kantoor', 'Sanne', 'coordinator-2026', ['coordinator', 'owner'], store);
    expect(await verifyOffline('kantoor', 'sanne', 'coordinator-2026', store)).toEqual({ name: 'Sanne', roles: ['coordinator', 'owner'] });
    expect(await verifyOffline('kantoor', 'sanne', 'coordinator-2025', store)).toBeNull();
    expect(await verifyOffline('kantoor', 'kees', 'coordinator-2026', store)).toBeNull();
    expect(await verifyOffline('ander-register', 'sanne', 'coordinator-2026', store)).toBeNull();
    // Never the password itself.
    expect([...store.values.values()].join()).not.toContain('coordinator-2026');
  });

  it('keeps who is signed in for this window, and forgets on sign-out', () => {
    const session = memoryStorage();
    expect(currentAccount('kantoor', session)).toBeNull();
    setCurrentAccount('kantoor', { name: 'sanne', roles: ['coordinator'], offline: false, staffId: 'staff-1' }, session);
    expect(currentAccount('kantoor', session)).toEqual({ name: 'sanne', roles: ['coordinator'], offline: false, staffId: 'staff-1' });
    setCurrentAccount('kantoor', null, session);
    expect(currentAccount('kantoor', session)).toBeNull();
  });
});
