import { useEffect, type ReactNode } from 'react';
import { useRepositories } from '../../app/data';
import { useNotice } from '../../app/notice';
import type { ProfileValue } from '../../app/profile';
import { useSharing, type SignedInAccount } from '../../app/sync';
import { errorText } from '../../components/errorText';
import type { Staff } from '../../domain/model';
import { AddMyselfForm } from './AddMyselfForm';
import { ProfileChooser } from './ProfileChooser';

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * The colleague behind a signed-in account. The first time an account signs
 * in here, its person says once which colleague they are (or is added);
 * after that the account is recognised, with the roles the server gives it.
 */
export function useAccountProfile(account: SignedInAccount | null, staff: Staff[]): { value: ProfileValue } | { screen: ReactNode } | null {
  const repos = useRepositories();
  const sharing = useSharing();
  const notify = useNotice();
  // Just shared or joined, the link may not have reached this list yet: the id given at sign-in stands in.
  const linked = account ? (staff.find((member) => member.account === account.name) ?? staff.find((member) => member.id === account.staffId)) : undefined;

  useEffect(() => {
    // The server decides the roles: the colleague's card follows it, so the desk and lists agree.
    // Only from the server itself: roles remembered for an offline sign-in may be out of date.
    if (account && !account.offline && linked && !sameRoles(linked.roles, account.roles)) {
      void repos.staff.linkAccount(linked.id, account.name, account.roles, { id: linked.id, name: linked.name, roles: account.roles }).catch(() => undefined);
    }
  }, [linked, account, repos]);

  if (!account) return null;

  const link = async (id: string) => {
    try {
      const member = staff.find((candidate) => candidate.id === id);
      await repos.staff.linkAccount(id, account.name, account.roles, { id, name: member?.name ?? account.name, roles: account.roles });
    } catch (error) {
      notify({ text: `Niet gelukt: ${errorText(error)}`, tone: 'error' });
    }
  };
  const addMyself = async (name: string) => {
    try {
      const created = await repos.staff.create({ name, roles: account.roles }, { id: null, name, roles: account.roles });
      await link(created.id);
    } catch (error) {
      notify({ text: `Niet gelukt: ${errorText(error)}`, tone: 'error' });
    }
  };

  if (!linked) {
    const unlinked = staff.filter((member) => !member.account);
    return {
      screen: (
        <ProfileChooser
          staff={unlinked}
          onChoose={(id) => void link(id)}
          title="Wie bent u?"
          lead={`U bent aangemeld als ${account.name}. Kies eenmalig uw naam; daarna herkent Klachtenbalie u aan uw account.`}
          footer={<AddMyselfForm onAdd={addMyself} onSignOut={() => void sharing.signOut()} />}
        />
      ),
    };
  }
  return {
    value: {
      staff: linked,
      actor: { id: linked.id, name: linked.name, roles: account.roles },
      switchProfile: () => {
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
        // The gate follows the sync state, which signing out sets: no re-render of its own needed.
        void sharing.signOut();
      },
    },
  };
}
