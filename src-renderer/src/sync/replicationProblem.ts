/** What a replication error means for the office, in Dutch, with what to do. */
export function replicationProblem(error: unknown): { message: string; advice: string } {
  // A refused document comes as { direction, doc: { error, reason } } from the two-way sync, or as that doc itself.
  const detail = (typeof error === 'object' && error !== null && 'doc' in error ? (error as { doc: unknown }).doc : error) as { status?: unknown; error?: unknown; reason?: unknown } | null;
  // PouchDB hands a refused document on with status 500 and CouchDB's own error name: the name says what happened.
  const status = detail?.error === 'forbidden' ? 403 : detail?.error === 'unauthorized' ? 401 : detail?.status;
  if (status === 401) {
    return { message: 'U bent afgemeld bij de server.', advice: 'Meld u opnieuw aan onder Instellingen → Samenwerken. Uw wijzigingen blijven op deze computer bewaard tot dan.' };
  }
  if (status === 403) {
    const reason = typeof detail?.reason === 'string' && detail.reason ? `: ${detail.reason.replace(/\.$/, '')}.` : '.';
    return { message: `De server weigert een wijziging van deze werkplek${reason}`, advice: 'Uw account mag dit niet wijzigen, of de server wees het af. Vraag de beheerder uw rechten na te kijken.' };
  }
  if (status === 413) {
    return { message: 'Een wijziging is te groot voor de server.', advice: 'Vraag de beheerder de grootte van documenten op de server na te kijken (max_document_size).' };
  }
  return { message: 'Samenwerken met de server lukt niet.', advice: 'Klachtenbalie probeert het vanzelf opnieuw. Blijft deze melding, geef haar dan door aan de beheerder van de server.' };
}
