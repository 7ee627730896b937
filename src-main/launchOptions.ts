/**
 * Everything the environment may change about a launch, read in one place so
 * that production cannot be steered by a stray variable.
 */
import path from 'node:path';
import { originOf } from './origins';

export interface LaunchOptions {
  /** KLACHTENBALIE_USER_DATA: each end-to-end test starts on its own, fresh folder. */
  userDataPath: string | null;
  /** KLACHTENBALIE_DEMO_SEED: reaches the renderer only through AppInfo.demoSeedCount. */
  demoSeedCount: number | null;
  /** ELECTRON_RENDERER_URL from `electron-vite dev`; ignored in a packaged app. */
  devRendererUrl: string | null;
}

// A larger demo set is a typo rather than a wish; the dashboard target is 100,000.
const MAX_DEMO_SEED = 1_000_000;

export function parseDemoSeedCount(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,7}$/.test(value.trim())) return null;
  const count = Number(value.trim());
  return count > 0 && count <= MAX_DEMO_SEED ? count : null;
}

export function readLaunchOptions(env: NodeJS.ProcessEnv, isPackaged: boolean): LaunchOptions {
  const userData = env.KLACHTENBALIE_USER_DATA?.trim();
  const devUrl = env.ELECTRON_RENDERER_URL?.trim();
  const devOrigin = devUrl ? originOf(devUrl) : null;
  return {
    userDataPath: userData ? path.resolve(userData) : null,
    demoSeedCount: parseDemoSeedCount(env.KLACHTENBALIE_DEMO_SEED),
    // Only a local dev server may stand in for the packaged renderer.
    devRendererUrl:
      !isPackaged && devUrl && devOrigin && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(devOrigin)
        ? devUrl
        : null,
  };
}
