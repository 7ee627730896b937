/**
 * Which automatic backups to keep: the newest of each of the last 7 days, of
 * the last 4 weeks and of the last 12 months, as a rotating set of tapes
 * would. Everything else is removed by the app, so the folder does not fill up.
 */
import { BACKUP_EXTENSION } from './manifest';

export interface BackupFileInfo {
  name: string;
  size: number;
  /** ISO moment the file was written. */
  modifiedAt: string;
}

export const KEEP = { daily: 7, weekly: 4, monthly: 12 } as const;

const NAME = /^klachtenbalie-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-[a-z0-9-]{1,30})?\.klachtenbalie$/;

/** A backup's file name carries its moment in local time, so the folder sorts by date. */
export function backupFileName(at: Date, label?: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `klachtenbalie-${stamp}${label ? `-${label}` : ''}${BACKUP_EXTENSION}`;
}

export function isBackupFileName(name: string): boolean {
  return NAME.test(name);
}

/** The moment in a backup's name (local time), or null for a file that is not one of ours. */
export function momentOfBackup(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi, s);
}

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** Monday-based week: the Monday's day key. */
function weekKey(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7));
  return dayKey(monday);
}

function monthKey(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}`;
}

/** Everything younger than this stays: the backup being restored, the one made just before it, today's manual ones. */
export const KEEP_ALL_HOURS = 48;

/**
 * The names to remove from `names`, as of `now`. Files whose name is not ours
 * are never touched; a backup labelled (before an upgrade or a restore) counts
 * like any other once it is older than two days.
 */
export function backupsToRemove(names: readonly string[], now: Date): string[] {
  const dated = names
    .map((name) => ({ name, at: momentOfBackup(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  for (const [limit, key] of [
    [KEEP.daily, dayKey],
    [KEEP.weekly, weekKey],
    [KEEP.monthly, monthKey],
  ] as const) {
    const seen = new Set<string>();
    for (const backup of dated) {
      const k = key(backup.at);
      if (seen.has(k)) continue;
      if (seen.size >= limit) break;
      seen.add(k);
      keep.add(backup.name);
    }
  }
  const recent = now.getTime() - KEEP_ALL_HOURS * 3_600_000;
  return dated.filter((b) => !keep.has(b.name) && b.at.getTime() < recent).map((b) => b.name);
}

export interface BackupHealth {
  lastGoodAt: string | null;
  lastFailure: { at: string; message: string } | null;
  /** When this workstation first ran Klachtenbalie: a new install gets a week, like a stale backup. */
  firstStartAt: string | null;
}

export const STALE_AFTER_DAYS = 7;

/** What every screen says about backups, or null when all is well. */
export function backupWarning(health: BackupHealth, now: Date): string | null {
  const lastGood = health.lastGoodAt ? new Date(health.lastGoodAt) : null;
  if (health.lastFailure && (!lastGood || new Date(health.lastFailure.at) > lastGood)) {
    return `De laatste back-up is mislukt: ${health.lastFailure.message}`;
  }
  const since = lastGood ?? (health.firstStartAt ? new Date(health.firstStartAt) : null);
  if (!since) return null;
  const days = Math.floor((now.getTime() - since.getTime()) / 86_400_000);
  if (days <= STALE_AFTER_DAYS) return null;
  return lastGood ? `De laatste goede back-up is ${days} dagen oud.` : `Er is in ${days} dagen nog geen back-up van het register gemaakt.`;
}
