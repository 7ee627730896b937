/**
 * The "downloaded from the internet" mark a browser puts on what it saves. A
 * pinned file came in by mail or from a customer, so every copy we put on disk
 * (opened or saved) carries it: Office then opens it in Protected View, and
 * Windows SmartScreen and macOS Gatekeeper warn before running it. Without the
 * mark those copies would be trusted more than the same file from Outlook.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';

export interface InternetMarkDeps {
  platform: NodeJS.Platform;
  /** Runs /usr/bin/xattr on macOS; replaced in tests. */
  runXattr?: (args: string[]) => Promise<void>;
  now?: () => number;
}

/** Zone 3 is "Internet", what Edge and Chrome write for a download. */
export const ZONE_IDENTIFIER = '[ZoneTransfer]\r\nZoneId=3\r\n';

/** Marks the file; a file system without the feature (FAT, network shares) leaves it unmarked rather than failing the copy. */
export async function markAsFromInternet(filePath: string, deps: InternetMarkDeps): Promise<void> {
  try {
    if (deps.platform === 'win32') {
      // Write before any chmod to read-only: Windows refuses a stream on a read-only file.
      await fs.writeFile(`${filePath}:Zone.Identifier`, ZONE_IDENTIFIER);
    } else if (deps.platform === 'darwin') {
      await (deps.runXattr ?? runXattr)(['-w', 'com.apple.quarantine', quarantineValue((deps.now ?? Date.now)()), filePath]);
    }
  } catch (error) {
    console.warn('Markering "van internet" niet gezet:', error);
  }
}

/** flags;time in hex seconds;agent; — 0083 is what Safari and Chrome write for a download a user saved. */
export function quarantineValue(nowMs: number): string {
  return `0083;${Math.floor(nowMs / 1000).toString(16)};Klachtenbalie;`;
}

function runXattr(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/xattr', args, { timeout: 10_000 }, (error) => (error ? reject(error) : resolve()));
  });
}
