/**
 * A folder only this user can enter. Copies of complaint files are personal
 * data, and a folder another account could have made first (or swapped for a
 * symbolic link to somewhere else) would let that account read them or hand
 * the system a different file to open.
 */
import { promises as fs } from 'node:fs';

export async function ensurePrivateFolder(folder: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  // lstat, not stat: a symbolic link must not be followed to whatever it points at.
  const stat = await fs.lstat(folder);
  if (!stat.isDirectory()) {
    throw new Error(
      `De map ${folder} is geen gewone map (misschien een koppeling naar een andere plek) en wordt daarom niet gebruikt. Verwijder hem en probeer het opnieuw.`,
    );
  }
  // Windows protects the user profile with its ACLs; uid and mode bits mean nothing there.
  if (process.platform === 'win32') return;
  if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) {
    throw new Error(`De map ${folder} is van een andere gebruiker en wordt daarom niet gebruikt. Vraag uw beheerder hem te verwijderen.`);
  }
  if ((stat.mode & 0o077) !== 0) await fs.chmod(folder, 0o700);
}
