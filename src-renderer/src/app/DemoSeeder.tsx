import { useEffect, useState } from 'react';
import { dutchNumber } from '../domain/dutchNumber';
import type { Platform } from '../platform';
import { useRepositories } from './data';
import { DEMO_ACTOR } from './actor';

/** Fills an empty database with demo complaints when started for it (npm run seed, bench). */
export function DemoSeeder({ platform }: { platform: Platform }) {
  const repos = useRepositories();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const count = (await platform.appInfo()).demoSeedCount;
      if (!count || (await repos.complaints.count({})) > 0 || cancelled) {
        document.documentElement.dataset.demoSeed = 'skipped';
        return;
      }
      setProgress({ done: 0, total: count });
      const started = performance.now();
      try {
        await repos.demo.seed(count, {
          actor: DEMO_ACTOR,
          onProgress: (done: number) => setProgress({ done, total: count }),
        });
      } catch (error) {
        document.documentElement.dataset.demoSeed = 'failed';
        setFailure(error instanceof Error ? error.message : String(error));
        return;
      }
      document.documentElement.dataset.demoSeed = 'done';
      document.documentElement.dataset.demoSeedMs = String(Math.round(performance.now() - started));
      setProgress(null);
    })();
    return () => {
      cancelled = true;
    };
  }, [platform, repos]);

  if (failure) {
    return (
      <div className="seed-banner" role="alert">
        Demogegevens aanmaken mislukt: {failure}
      </div>
    );
  }
  if (!progress) return null;
  return (
    <div className="seed-banner" role="status">
      Demogegevens worden aangemaakt: {dutchNumber(progress.done)} van {dutchNumber(progress.total)} klachten…
    </div>
  );
}
