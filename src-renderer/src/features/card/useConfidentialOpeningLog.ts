import { useEffect, useRef } from 'react';
import { useRepositories } from '../../app/data';
import { useActor } from '../../app/profile';
import type { Complaint } from '../../domain/model';

/**
 * Logs who opened a confidential card, once per opening: a re-render, a
 * change saved on the card or React's double check in development logs nothing more.
 */
export function useConfidentialOpeningLog(complaint: Pick<Complaint, 'id' | 'confidential'>): void {
  const repos = useRepositories();
  const actor = useActor();
  const logged = useRef<string | null>(null);
  useEffect(() => {
    if (!complaint.confidential || logged.current === complaint.id) return;
    logged.current = complaint.id;
    repos.confidentialReads.opened(complaint.id, actor).catch((error: unknown) => console.error('Het openen van het vertrouwelijke dossier kon niet worden vastgelegd:', error));
  }, [repos, actor, complaint.id, complaint.confidential]);
}
