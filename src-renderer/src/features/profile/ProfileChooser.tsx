import { useEffect, useRef, type ReactNode } from 'react';
import { lastStaffId } from '../../app/profile';
import { ROLE_LABELS } from '../../domain/labels';
import type { Staff } from '../../domain/model';

interface ProfileChooserProps {
  staff: Staff[];
  onChoose: (id: string) => void;
  title?: string;
  lead?: string;
  /** In place of the hint: e.g. adding oneself after signing in with a new account. */
  footer?: ReactNode;
}

export function ProfileChooser({ staff, onChoose, title = 'Wie werkt er?', lead = 'Kies uw naam. Alles wat u vastlegt, wordt op uw naam gezet.', footer }: ProfileChooserProps) {
  const last = lastStaffId();
  const lastRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (lastRef.current ?? firstRef.current)?.focus();
  }, []);
  return (
    <main className="chooser" aria-labelledby="chooser-title">
      <h1 id="chooser-title">{title}</h1>
      <p className="lead">{lead}</p>
      <ul className="profiles">
        {staff.map((member, index) => (
          <li key={member.id}>
            <button
              type="button"
              ref={member.id === last ? lastRef : index === 0 ? firstRef : undefined}
              className="profile"
              onClick={() => onChoose(member.id)}
            >
              <strong>{member.name}</strong>
              <span>{member.roles.map((role) => ROLE_LABELS[role]).join(', ')}</span>
            </button>
          </li>
        ))}
      </ul>
      {footer ?? <p className="hint">Staat uw naam er niet bij? Kies een coördinator en voeg uzelf toe onder Instellingen › Medewerkers.</p>}
    </main>
  );
}
