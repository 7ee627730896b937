/** Why a backup could not be read, each with what the office sees. */
export type BackupProblem =
  | 'notABackup'
  | 'truncated'
  | 'corrupted'
  | 'passphraseNeeded'
  | 'wrongPassphrase'
  | 'newerSchema';

const MESSAGES: Record<BackupProblem, string> = {
  notABackup: 'Dit bestand is geen back-up van Klachtenbalie.',
  truncated: 'Deze back-up is onvolledig: het bestand is afgebroken. Kies een andere back-up.',
  corrupted: 'Deze back-up is beschadigd: de inhoud klopt niet meer met de controlegetallen. Kies een andere back-up.',
  passphraseNeeded: 'Deze back-up is versleuteld. Vul het wachtwoord van de back-up in.',
  wrongPassphrase: 'Het wachtwoord klopt niet voor deze back-up.',
  newerSchema: 'Deze back-up is gemaakt door een nieuwere versie van Klachtenbalie. Werk Klachtenbalie eerst bij en zet de back-up dan terug.',
};

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(MESSAGES[problem]);
    this.name = 'BackupError';
  }
}
