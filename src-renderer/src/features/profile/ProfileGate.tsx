import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useRepositories } from '../../app/data';
import { forgetSessionStaff, ProfileProvider, rememberStaff, sessionStaffId } from '../../app/profile';
import { useSharing, useSyncState } from '../../app/sync';
import { useAccountProfile } from './useAccountProfile';
import { SignInForm } from './SignInForm';
import { FirstStaffForm } from './FirstStaffForm';
import { ProfileChooser } from './ProfileChooser';

/**
 * Nothing is recorded without knowing who does it: the app opens on the
 * chooser, or, where the register is shared with the office, on signing in.
 */
export function ProfileGate({ children }: { children: ReactNode }) {
  const repos = useRepositories();
  const sharing = useSharing();
  // Sharing, signing in and out all change the sync state: this screen follows them.
  useSyncState();
  const [chosenId, setChosenId] = useState<string | null>(() => sessionStaffId());
  const staff = useLiveQuery(() => repos.staff.list({ activeOnly: true }), [repos]);
  const shared = sharing.settings();
  const account = shared ? sharing.account() : null;
  const signedIn = useAccountProfile(account, staff ?? []);
  if (staff === undefined) return <p aria-busy="true">Laden…</p>;

  if (shared) {
    if (!signedIn) return <SignInForm />;
    if ('screen' in signedIn) return signedIn.screen;
    // The same place in the tree as below: sharing from the Samenwerken screen keeps that screen as it is.
    return <ProfileProvider value={signedIn.value}>{children}</ProfileProvider>;
  }

  const current = staff.find((member) => member.id === chosenId);
  const choose = (id: string) => {
    rememberStaff(id);
    setChosenId(id);
  };
  if (staff.length === 0) return <FirstStaffForm onCreated={choose} />;
  if (!current) return <ProfileChooser staff={staff} onChoose={choose} />;
  return (
    <ProfileProvider
      value={{
        staff: current,
        actor: { id: current.id, name: current.name },
        switchProfile: () => {
          forgetSessionStaff();
          // The next person starts on their own start screen, not on where the last one was.
          window.history.replaceState(null, '', window.location.pathname + window.location.search);
          setChosenId(null);
        },
      }}
    >
      {children}
    </ProfileProvider>
  );
}
