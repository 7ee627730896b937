/**
 * What "Logboek controleren" says: every log intact, or where the first one
 * breaks, named as the office knows it (the complaint's reference, the
 * customer, the office year), with the event's moment and text.
 */
import { formatDateTime } from '../../components/format';
import type { JournalBreak, JournalReport, LogOwner } from '../../db/repositories';
import { dutchNumber } from '../../domain/dutchNumber';

function ownerText(owner: LogOwner): string {
  if (owner.kind === 'complaint') return `Logboek van klacht ${owner.reference}`;
  if (owner.kind === 'customer') return `Logboek van klant ${owner.name}`;
  return `Logboek van de kantoorinstellingen ${owner.year}`;
}

function breakText({ kind, event, afterEvent }: JournalBreak): string {
  if (!event) return 'alle gebeurtenissen zijn verwijderd.';
  const what = `de gebeurtenis van ${formatDateTime(event.at)} („${event.summary}”)`;
  if (kind === 'changed') return `${what} is achteraf gewijzigd.`;
  if (kind === 'removed') return afterEvent ? `na ${what} zijn gebeurtenissen verwijderd.` : `vóór ${what} is een gebeurtenis verwijderd.`;
  if (kind === 'reordered') return `${what} is in een andere volgorde gezet (verplaatst in de tijd of in het logboek).`;
  return `${what} is buiten Klachtenbalie in het logboek gezet.`;
}

export function journalReportText(report: JournalReport): string {
  const logs = `${dutchNumber(report.logs)} ${report.logs === 1 ? 'logboek' : 'logboeken'}`;
  if (!report.first) return `Alle ${logs} zijn intact: geen gebeurtenis is achteraf gewijzigd, verwijderd of verplaatst.`;
  const others = report.brokenLogs > 1 ? ` In totaal kloppen ${dutchNumber(report.brokenLogs)} van de ${logs} niet.` : '';
  return `${ownerText(report.first.owner)}: ${breakText(report.first)}${others}`;
}
