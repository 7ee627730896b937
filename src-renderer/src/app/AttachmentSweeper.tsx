import { useEffect } from 'react';
import type { Repositories } from '../db/repositories';
import { SETTING_KEYS } from '../db/settingKeys';
import type { Platform } from '../platform';
import { useRepositories } from './data';

const DAY_MS = 24 * 60 * 60 * 1000;
/** After start-up, so reading every attachment record does not slow the first screen. */
const START_DELAY_MS = 30_000;

/**
 * Once a day: tells the platform which stored files the pinboards still need,
 * so it can let the others go after its grace period. Returns whether it swept.
 */
export async function sweepAttachmentsDaily(repos: Pick<Repositories, 'attachments' | 'settings'>, platform: Pick<Platform, 'sweepAttachments'>, now: Date): Promise<boolean> {
  const last = await repos.settings.get<string>(SETTING_KEYS.lastAttachmentSweep);
  const lastMs = last ? Date.parse(last) : NaN;
  if (lastMs <= now.getTime() && now.getTime() - lastMs < DAY_MS) return false;
  const referenced = await repos.attachments.referencedHashes();
  await platform.sweepAttachments(referenced);
  await repos.settings.set(SETTING_KEYS.lastAttachmentSweep, now.toISOString());
  return true;
}

/** Renders nothing; runs the daily sweep a little after start. A failure waits for tomorrow's start, quietly. */
export function AttachmentSweeper({ platform }: { platform: Platform }) {
  const repos = useRepositories();
  useEffect(() => {
    const timer = setTimeout(() => {
      sweepAttachmentsDaily(repos, platform, new Date()).catch((error: unknown) => console.warn('Opruimen van bijlagen mislukt:', error));
    }, START_DELAY_MS);
    return () => clearTimeout(timer);
  }, [platform, repos]);
  return null;
}
