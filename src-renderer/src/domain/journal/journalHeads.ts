/**
 * What a backup carries of the journal: how many logs, and one SHA-256 over
 * every log's last links, folded a part at a time in the order the backup
 * holds them. A restore folds the same from what it reads: an event cut from
 * the end of a log, or a whole log taken out, changes it. Pure.
 */
import type { EventLog } from '../model';
import { checkLog, type BrokenLink } from './checkLog';
import { tipsOf } from './seal';
import { sha256Text } from './sha256Text';

export interface JournalHeads {
  logs: number;
  heads: string;
}

export const NO_HEADS: JournalHeads = { logs: 0, heads: sha256Text('') };

export function foldHeads(sofar: JournalHeads, logs: readonly EventLog[]): JournalHeads {
  const lines = logs.map((log) => `${log.id} ${tipsOf(log.events).join(',')}`).join('\n');
  return { logs: sofar.logs + logs.length, heads: sha256Text(`${sofar.heads}\n${lines}`) };
}

/** The first log of a part that breaks its chain, as a restore reads it. */
export function firstBroken(logs: readonly EventLog[]): BrokenLink | null {
  for (const log of logs) {
    const broken = checkLog(log);
    if (broken) return broken;
  }
  return null;
}
