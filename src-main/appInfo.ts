import type { AppInfo } from './api';
import type { LaunchOptions } from './launchOptions';

export function buildAppInfo(
  app: { getName(): string; getVersion(): string; getPath(name: 'userData'): string },
  launch: Pick<LaunchOptions, 'demoSeedCount'>,
): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    userDataPath: app.getPath('userData'),
    platform: process.platform,
    electronVersion: process.versions.electron ?? '',
    demoSeedCount: launch.demoSeedCount,
  };
}
