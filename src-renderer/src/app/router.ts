import { useSyncExternalStore } from 'react';

/**
 * Hash routes work the same under app://klachtenbalie and a plain web server,
 * and never make the window navigate (navigation is blocked in the shell).
 */
export type Route =
  | { name: 'intake' }
  | { name: 'list'; focusSearch?: boolean }
  | { name: 'card'; complaintId: string }
  | { name: 'customer'; customerId: string }
  | { name: 'about' }
  | { name: 'staff' }
  | { name: 'procedure' }
  | { name: 'letterhead' }
  | { name: 'letterTemplates' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const card = /^\/klacht\/([0-9a-f-]{36})$/i.exec(path);
  if (card?.[1]) return { name: 'card', complaintId: card[1] };
  const customer = /^\/klant\/([0-9a-f-]{36})$/i.exec(path);
  if (customer?.[1]) return { name: 'customer', customerId: customer[1] };
  if (path === '/nieuw') return { name: 'intake' };
  if (path === '/over') return { name: 'about' };
  if (path === '/instellingen/medewerkers') return { name: 'staff' };
  if (path === '/instellingen/klachtenregeling') return { name: 'procedure' };
  if (path === '/instellingen/briefpapier') return { name: 'letterhead' };
  if (path === '/instellingen/brieven') return { name: 'letterTemplates' };
  if (path === '/zoeken') return { name: 'list', focusSearch: true };
  return { name: 'list' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'intake':
      return '#/nieuw';
    case 'card':
      return `#/klacht/${route.complaintId}`;
    case 'customer':
      return `#/klant/${route.customerId}`;
    case 'about':
      return '#/over';
    case 'staff':
      return '#/instellingen/medewerkers';
    case 'procedure':
      return '#/instellingen/klachtenregeling';
    case 'letterhead':
      return '#/instellingen/briefpapier';
    case 'letterTemplates':
      return '#/instellingen/brieven';
    case 'list':
      return route.focusSearch ? '#/zoeken' : '#/klachten';
  }
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
