import type { SyncProgress } from '../../app/sync';

const number = new Intl.NumberFormat('nl-NL');

export function progressText(progress: SyncProgress): string {
  const of = progress.total === null ? '' : ` van ${number.format(progress.total)}`;
  switch (progress.phase) {
    case 'prepare':
      return `Klaarzetten: ${number.format(progress.done)}${of} gegevens`;
    case 'transfer':
      return `Versturen en ontvangen: ${number.format(progress.done)}${of} gegevens`;
    case 'takeIn':
      return `Verwerken: ${number.format(progress.done)}${of} gegevens`;
  }
}
