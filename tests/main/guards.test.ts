import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  handleWindowOpen,
  hardenSession,
  isExternalUrlAllowed,
  isNavigationAllowed,
  isPermissionGranted,
} from '../../src-main/guards';
import { FakeSession, FakeWebContents } from './electronMock';

vi.mock('electron', () => import('./electronMock'));

const TRUSTED = ['app://klachtenbalie'] as const;

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  guardWebContents(contents as unknown as WebContents, { trustedOrigins: TRUSTED, openExternal });
  const navigate = (event: 'will-navigate' | 'will-redirect', url: string) => {
    const details = { url, preventDefault: vi.fn() };
    contents.emit(event, details, url);
    return details.preventDefault.mock.calls.length > 0;
  };
  return { contents, openExternal, navigate };
}

describe('navigation', () => {
  it.each([
    'https://evil.example/',
    'http://klachtenbalie/index.html',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://klachtenbalie/other.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'not a url',
  ])('will-navigate and will-redirect to %s are prevented', (url) => {
    const { navigate } = guarded();
    expect(navigate('will-navigate', url)).toBe(true);
    expect(navigate('will-redirect', url)).toBe(true);
  });

  it('lets the app reload its own entry document', () => {
    const { navigate } = guarded();
    expect(navigate('will-navigate', 'app://klachtenbalie/index.html')).toBe(false);
    expect(navigate('will-navigate', 'app://klachtenbalie/')).toBe(false);
    expect(isNavigationAllowed('http://localhost:5173/', ['http://localhost:5173'])).toBe(true);
    expect(isNavigationAllowed('http://localhost:5173/', TRUSTED)).toBe(false);
  });

  it('refuses to attach a webview', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open and target=_blank', () => {
  it.each(['https://www.klachtenloket.nl/', 'mailto:klachten@example.nl'])('denies and opens %s outside the app', async (url) => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith(url);
  });

  it.each([
    'http://example.nl/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'app://klachtenbalie/index.html',
    'ms-msdt:/id',
    '',
  ])('denies %s and hands it to nobody', (url) => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(isExternalUrlAllowed(url)).toBe(false);
  });

  it('survives a failing openExternal', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = handleWindowOpen('https://example.nl/', () => Promise.reject(new Error('geen browser')));
    expect(result).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});

describe('permissions', () => {
  const ASKED = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'fullscreen'];

  function hardened() {
    const session = new FakeSession();
    hardenSession(session as unknown as Session, TRUSTED);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      origin: string,
    ) => boolean;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    return { request, check, device };
  }

  it.each(ASKED)('request and check handlers deny %s, even to the app', (permission) => {
    const { request, check } = hardened();
    const callback = vi.fn();
    request(null, permission, callback, { requestingUrl: 'app://klachtenbalie/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(check(null, permission, 'app://klachtenbalie')).toBe(false);
  });

  it('device access is denied', () => {
    expect(hardened().device()).toBe(false);
  });

  it('grants persistent storage to the app origin only', () => {
    const { request, check } = hardened();
    const callback = vi.fn();
    request(null, 'persistent-storage', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(check(null, 'persistent-storage', 'app://klachtenbalie')).toBe(true);
    expect(isPermissionGranted('persistent-storage', undefined, TRUSTED)).toBe(false);
    expect(isPermissionGranted('persistent-storage', 'file:///x', TRUSTED)).toBe(false);
  });
});
