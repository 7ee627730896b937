/**
 * "Logboek controleren": every event log checked against its chain (and,
 * where one is kept, its anchor), a page of logs at a time with the progress
 * reported in between, so 100,000 logs never hold the screen still. Reads
 * only.
 */
import { checkLog, type BrokenLink } from '../../domain/journal/checkLog';
import type { EventLog } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';

const PAGE = 250;

/** Whose log it is, as the screen names it. */
export type LogOwner = { kind: 'complaint'; reference: string } | { kind: 'customer'; name: string } | { kind: 'office'; year: string };

export interface JournalBreak extends BrokenLink {
  owner: LogOwner;
}

export interface JournalReport {
  logs: number;
  brokenLogs: number;
  /** In log order; null: every log holds. */
  first: JournalBreak | null;
}

/** The last links of these logs as kept elsewhere; a log without one is checked on its own. */
export type AnchorsOf = (logIds: readonly string[]) => Promise<ReadonlyMap<string, readonly string[]>>;

export function createJournalRepository(db: KlachtenbalieDb) {
  async function ownerOf(logId: string): Promise<LogOwner> {
    if (logId.startsWith('office:')) return { kind: 'office', year: logId.slice('office:'.length) };
    if (logId.startsWith('customer:')) {
      const customer = await db.customers.get(logId.slice('customer:'.length));
      return { kind: 'customer', name: customer?.name ?? 'onbekende klant' };
    }
    const complaint = await db.complaints.get(logId);
    return { kind: 'complaint', reference: complaint?.reference ?? logId };
  }

  return {
    async check(onProgress: (checked: number, total: number) => void, anchorsOf?: AnchorsOf): Promise<JournalReport> {
      const total = await db.eventLogs.count();
      const report: JournalReport = { logs: 0, brokenLogs: 0, first: null };
      let firstBroken: BrokenLink | null = null;
      for (let after: string | null = null; ; ) {
        const page: EventLog[] = await (after === null ? db.eventLogs.orderBy('id') : db.eventLogs.where('id').above(after)).limit(PAGE).toArray();
        const last = page.at(-1);
        if (!last) break;
        after = last.id;
        const anchors = anchorsOf ? await anchorsOf(page.map((log) => log.id)) : new Map<string, readonly string[]>();
        for (const log of page) {
          const broken = checkLog(log, anchors.get(log.id));
          if (!broken) continue;
          report.brokenLogs += 1;
          firstBroken ??= broken;
        }
        report.logs += page.length;
        onProgress(report.logs, total);
      }
      if (firstBroken) report.first = { ...firstBroken, owner: await ownerOf(firstBroken.logId) };
      return report;
    },
  };
}
