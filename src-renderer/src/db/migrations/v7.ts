/**
 * Version 6 → 7, two moves that each cut what every save writes:
 * - events go from one record each into one log per complaint (per customer,
 *   per office year; see EventLog). Read a page at a time in id order and
 *   appended to their logs, so an office with half a million events never
 *   holds them all at once; a log met on several pages is read back and
 *   extended. Dexie deletes the old `events` table after this has run.
 * - a complaint's search terms keep only its customer's name of the customer's
 *   details (see searchTermsForComplaint); search finds the rest through the
 *   customer.
 */
import type { Transaction } from 'dexie';
import type { Complaint, ComplaintEvent, EventLog } from '../../domain/model';
import { searchTermsForComplaint } from '../../domain/search';
import { appendToLogs } from '../repositories/eventStore';
import { forEachPage } from './pages';

const PAGE = 2000;

export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  await moveEventsIntoLogs(tx);
  await restampSearchTerms(tx);
}

async function moveEventsIntoLogs(tx: Transaction): Promise<void> {
  const logs = tx.table<EventLog, string>('eventLogs');
  await forEachPage(tx.table<ComplaintEvent, string>('events'), PAGE, (page) => appendToLogs(logs, page));
}

async function restampSearchTerms(tx: Transaction): Promise<void> {
  const complaints = tx.table<Complaint, string>('complaints');
  await forEachPage(complaints, PAGE, async (page) => {
    await complaints.bulkPut(page.map((complaint) => ({ ...complaint, searchTerms: searchTermsForComplaint(complaint, { name: complaint.customerName }) })));
  });
}
