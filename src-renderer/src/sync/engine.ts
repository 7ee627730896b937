/**
 * Keeps this workstation's register and the office's shared register in step
 * while the app runs: changes made here go out (pump), changes from elsewhere
 * come in (inbound), and PouchDB replicates the local copy with the server in
 * both directions, retrying on its own while the server or network is away.
 */
import { liveQuery } from 'dexie';
import type { KlachtenbalieDb } from '../db/database';
import { unsharedFiles } from '../db/repositories/sharedFiles';
import { pendingCount } from '../db/repositories/sharedRecords';
import { takeInPage } from './inbound';
import type { LocalDatabase, TwoWayReplication } from './pouch';
import { pushPending } from './pump';
import type { SyncState } from './state';
import { replicationProblem } from './replicationProblem';
import { type CounterDatabase, keepReferences } from './referenceKeeper';
import { type LocalFiles, type RemoteFiles, pushFiles, removeLeavingFiles } from './files';

export interface SyncEngineOptions {
  db: KlachtenbalieDb;
  local: LocalDatabase;
  remote: LocalDatabase;
  /** The shared register on the server, for leasing reference numbers. */
  counter: CounterDatabase;
  /** Pinned files: this workstation's store and the server's. */
  files?: { local: LocalFiles; remote: RemoteFiles };
  now?: () => Date;
}

export interface SyncEngine {
  state(): SyncState;
  subscribe(listener: (state: SyncState) => void): () => void;
  /** Pushes and takes in what is waiting now (also done by itself on every change). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export function checkpointIdOf(local: LocalDatabase): string {
  return `local:${local.name}`;
}

export function startSyncEngine({ db, local, remote, counter, files, now = () => new Date() }: SyncEngineOptions): SyncEngine {
  const listeners = new Set<(state: SyncState) => void>();
  const checkpointId = checkpointIdOf(local);
  let current: SyncState = { kind: 'starting' };
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let replicating: 'active' | 'idle' | 'offline' = 'active';
  let offlineSince: string | null = null;
  let problem: { message: string; advice: string } | null = null;
  // A change the server refused stays refused however often the sync goes idle: said until this sync is restarted (signing in again).
  let refused: { message: string; advice: string } | null = null;
  // Written to the local copy but not yet confirmed on the server (replication has not gone idle since).
  const unconfirmed = new Set<string>();

  const publish = async () => {
    const waiting = (await pendingCount(db)) + unconfirmed.size + (files ? (await unsharedFiles(db, 1000)).length : 0);
    let next: SyncState;
    const shown = refused ?? problem;
    if (shown) next = { kind: 'error', ...shown, waiting };
    else if (replicating === 'offline') next = { kind: 'offline', since: offlineSince ?? now().toISOString(), waiting };
    else if (replicating === 'idle' && waiting === 0 && !running) next = { kind: 'upToDate', at: now().toISOString() };
    else next = { kind: 'working', waiting };
    if (stopped) return;
    current = next;
    for (const listener of listeners) listener(next);
  };

  // A removal's register entry may come in before the records it removed: compaction waits until the copy has caught up (idle) and a pass has taken everything in.
  let compactionDue = false;
  // Compaction drops the bodies of earlier versions, which still hold what a removal took out of the current one.
  const compactIfDue = async () => {
    if (!compactionDue || stopped) return;
    compactionDue = false;
    // Tried again after the next catching up; the changes themselves are in.
    await local.compact().catch(() => {
      compactionDue = true;
    });
  };

  const onePass = async () => {
    for (;;) {
      const pushed = await pushPending(db, local);
      for (const id of pushed.written) unconfirmed.add(id);
      if (pushed.cleared === 0) break;
    }
    for (;;) {
      const page = await takeInPage(db, local, checkpointId, now);
      if (page.read === 0) break;
      compactionDue ||= page.removals;
      // Pinned only to what was removed elsewhere: the person's files leave this disk now, not after the sweep's month.
      if (files && page.freedHashes.length > 0) await files.local.remove(page.freedHashes).catch(() => undefined);
    }
  };

  const pass = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await onePass();
        } while (again && !stopped);
        // Going idle always starts a pass, so the last pass after catching up gets here with replicating idle.
        if (replicating === 'idle') await compactIfDue();
      } catch (error) {
        if (!stopped) problem = { message: 'De wijzigingen konden niet worden verwerkt.', advice: `Start Klachtenbalie opnieuw; blijft dit, meld dan: ${String(error)}` };
      } finally {
        running = null;
      }
      await publish();
    })();
    return running;
  };

  let supplying = false;
  // Only while the server answers; a failed lease is tried again at the next quiet moment.
  const supplyReferences = async () => {
    if (supplying || stopped) return;
    supplying = true;
    try {
      await keepReferences(db, counter, now());
    } catch {
      // Offline or contended: the held numbers (or provisional ones) carry on meanwhile.
    } finally {
      supplying = false;
    }
  };

  let sending = false;
  // Files go one batch at a time at quiet moments, after the records: a scan must not hold up a complaint.
  const sendFiles = async () => {
    if (!files || sending || stopped) return;
    sending = true;
    try {
      while (!stopped && (await removeLeavingFiles(db, files.remote)) > 0);
      while (!stopped && (await pushFiles(db, files.local, files.remote)) > 0) await publish();
    } catch {
      // The server or its file database is away: the next quiet moment tries again.
    } finally {
      sending = false;
    }
  };

  const replication: TwoWayReplication = local.sync(remote, {
    live: true,
    retry: true,
    batch_size: 200,
    // Back soon after a short hiccup, at most every half minute while the server stays away.
    back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 30_000)),
  });
  // Listened for from the start, so stop() cannot miss it: after stop() nothing of this sync still talks to either side.
  const finished = new Promise<void>((resolve) => {
    replication.on('complete', () => resolve());
    replication.on('error', () => resolve());
  });
  // PouchDB's two-way object reports "paused" without the error that paused a direction, so a
  // server that is down from the start would look up to date: each direction is listened to itself.
  const directions = { push: { paused: false, failing: false }, pull: { paused: false, failing: false } };
  const directionChanged = () => {
    if (directions.push.failing || directions.pull.failing) {
      if (replicating !== 'offline') offlineSince = now().toISOString();
      replicating = 'offline';
    } else if (directions.push.paused && directions.pull.paused) {
      replicating = 'idle';
      offlineSince = null;
      problem = null;
      unconfirmed.clear();
      void supplyReferences();
      void sendFiles();
    } else {
      replicating = 'active';
    }
    void pass();
  };
  for (const name of ['push', 'pull'] as const) {
    const direction = directions[name];
    replication[name]
      .on('active', () => {
        Object.assign(direction, { paused: false, failing: false });
        directionChanged();
      })
      .on('paused', (error) => {
        Object.assign(direction, { paused: true, failing: error !== undefined && error !== null });
        directionChanged();
      });
  }
  replication
    .on('denied', (error) => {
      refused = replicationProblem(error);
      void publish();
    })
    .on('error', (error) => {
      problem = replicationProblem(error);
      void publish();
    });

  const feed = local.changes({ since: 'now', live: true });
  feed.on('change', () => void pass());
  const outbox = liveQuery(() => pendingCount(db)).subscribe((count) => {
    if (count > 0) void pass();
  });
  void pass();
  void supplyReferences();

  return {
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => listeners.delete(listener);
    },
    settle: pass,
    async stop() {
      stopped = true;
      outbox.unsubscribe();
      feed.cancel();
      replication.cancel();
      await Promise.all([running, finished]);
    },
  };
}
