import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppInfo } from '../../src-main/appInfo';
import { parseDemoSeedCount, readLaunchOptions } from '../../src-main/launchOptions';

describe('launch options', () => {
  it('reads nothing from an empty environment', () => {
    expect(readLaunchOptions({}, true)).toEqual({ userDataPath: null, demoSeedCount: null, devRendererUrl: null });
  });

  it('takes the user-data folder as an absolute path', () => {
    expect(readLaunchOptions({ KLACHTENBALIE_USER_DATA: 'tmp/kb' }, true).userDataPath).toBe(path.resolve('tmp/kb'));
  });

  it.each([
    ['25', 25],
    ['100000', 100000],
    ['0', null],
    ['-3', null],
    ['2.5', null],
    ['1e3', null],
    ['veel', null],
    ['99999999', null],
    [undefined, null],
  ])('demo seed %j gives %j', (value, expected) => {
    expect(parseDemoSeedCount(value)).toBe(expected);
  });

  it('uses the dev server URL only in an unpackaged app and only on this machine', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(readLaunchOptions(env, false).devRendererUrl).toBe('http://localhost:5173/');
    expect(readLaunchOptions(env, true).devRendererUrl).toBeNull();
    expect(readLaunchOptions({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false).devRendererUrl).toBeNull();
  });

  it('puts the demo seed into AppInfo', () => {
    const app = { getName: () => 'Klachtenbalie', getVersion: () => '0.1.0', getPath: () => '/data' };
    expect(buildAppInfo(app, { demoSeedCount: 40 })).toMatchObject({
      name: 'Klachtenbalie',
      version: '0.1.0',
      userDataPath: '/data',
      platform: process.platform,
      demoSeedCount: 40,
    });
  });
});
