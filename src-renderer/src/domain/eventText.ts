/** The one-line Dutch summaries the event log shows. */
import { FIELD_LABELS } from './labels';
import type { FieldChange } from './model';

export function changedFieldsText(changes: readonly FieldChange[]): string {
  return changes.map((change) => (FIELD_LABELS[change.field] ?? change.field).toLowerCase()).join(', ');
}

export const eventText = {
  complaintCreated: (reference: string) => `Klacht ${reference} geregistreerd`,
  complaintUpdated: (changes: readonly FieldChange[]) => `Klacht gewijzigd: ${changedFieldsText(changes)}`,
  customerCreated: (name: string) => `Klant ${name} aangemaakt`,
  confidentialOpened: (name: string) => `Vertrouwelijk dossier geopend door ${name}`,
  customerUpdated: (changes: readonly FieldChange[]) => `Klantgegevens gewijzigd: ${changedFieldsText(changes)}`,
};
