import { useSyncExternalStore } from 'react';
import { DEADLINE_KINDS, type DeadlineKind } from '../domain/model';
import { parseSelection, selectionParam, type FigureFilter } from '../domain/analysis/selection';
import { parseDateOnly } from '../domain/dates';

/**
 * Hash routes work the same under app://klachtenbalie and a plain web server,
 * and never make the window navigate (navigation is blocked in the shell).
 */
/** The term a card is opened for, from the desk: its workflow panel comes into view with that term marked. */
export interface CardStep {
  kind: DeadlineKind;
  itemId?: string;
}

export type Route =
  | { name: 'desk'; ownerId?: string }
  | { name: 'intake' }
  | { name: 'list'; focusSearch?: boolean; figure?: FigureFilter }
  | { name: 'analysis' }
  | { name: 'card'; complaintId: string; step?: CardStep }
  | { name: 'customer'; customerId: string }
  | { name: 'about' }
  | { name: 'staff' }
  | { name: 'procedure' }
  | { name: 'letterhead' }
  | { name: 'letterTemplates' }
  | { name: 'backups' }
  | { name: 'sharing' }
  | { name: 'privacy' }
  | { name: 'measures' }
  | { name: 'causeCategories' };

/** No route asked for: the app opened bare, so it may start on the person's own screen. */
export function isDefaultHash(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#/';
}

function cardStep(params: URLSearchParams): CardStep | undefined {
  const kind = DEADLINE_KINDS.find((k) => k === params.get('stap'));
  if (!kind) return undefined;
  const itemId = params.get('item');
  return itemId ? { kind, itemId } : { kind };
}

/** The list opened from a figure of the analysis: which figure, over which days. */
function figureFilter(params: URLSearchParams): FigureFilter | undefined {
  const selection = parseSelection(params.get('cijfer') ?? '');
  const from = params.get('van') ?? '';
  const to = params.get('tot') ?? '';
  if (!selection || !parseDateOnly(from) || !parseDateOnly(to) || from > to) return undefined;
  return { period: { from, to }, selection };
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const card = /^\/klacht\/([0-9a-f-]{36})$/i.exec(path);
  if (card?.[1]) {
    const step = cardStep(params);
    return step ? { name: 'card', complaintId: card[1], step } : { name: 'card', complaintId: card[1] };
  }
  if (path === '/bureau') {
    const ownerId = params.get('behandelaar');
    return ownerId ? { name: 'desk', ownerId } : { name: 'desk' };
  }
  const customer = /^\/klant\/([0-9a-f-]{36})$/i.exec(path);
  if (customer?.[1]) return { name: 'customer', customerId: customer[1] };
  if (path === '/nieuw') return { name: 'intake' };
  if (path === '/over') return { name: 'about' };
  if (path === '/instellingen/medewerkers') return { name: 'staff' };
  if (path === '/instellingen/klachtenregeling') return { name: 'procedure' };
  if (path === '/instellingen/briefpapier') return { name: 'letterhead' };
  if (path === '/instellingen/brieven') return { name: 'letterTemplates' };
  if (path === '/instellingen/back-ups') return { name: 'backups' };
  if (path === '/instellingen/samenwerken') return { name: 'sharing' };
  if (path === '/instellingen/privacy') return { name: 'privacy' };
  if (path === '/maatregelen') return { name: 'measures' };
  if (path === '/instellingen/oorzaken') return { name: 'causeCategories' };
  if (path === '/zoeken') return { name: 'list', focusSearch: true };
  if (path === '/analyse') return { name: 'analysis' };
  const figure = figureFilter(params);
  if (figure) return { name: 'list', figure };
  return { name: 'list' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'desk':
      return route.ownerId ? `#/bureau?${new URLSearchParams({ behandelaar: route.ownerId }).toString()}` : '#/bureau';
    case 'intake':
      return '#/nieuw';
    case 'card': {
      if (!route.step) return `#/klacht/${route.complaintId}`;
      const params = new URLSearchParams({ stap: route.step.kind, ...(route.step.itemId ? { item: route.step.itemId } : {}) });
      return `#/klacht/${route.complaintId}?${params.toString()}`;
    }
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
    case 'backups':
      return '#/instellingen/back-ups';
    case 'sharing':
      return '#/instellingen/samenwerken';
    case 'privacy':
      return '#/instellingen/privacy';
    case 'measures':
      return '#/maatregelen';
    case 'causeCategories':
      return '#/instellingen/oorzaken';
    case 'analysis':
      return '#/analyse';
    case 'list':
      if (route.figure) {
        const { period, selection } = route.figure;
        return `#/klachten?${new URLSearchParams({ cijfer: selectionParam(selection), van: period.from, tot: period.to }).toString()}`;
      }
      return route.focusSearch ? '#/zoeken' : '#/klachten';
  }
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else window.location.hash = href;
}

/** Where the user was before the current screen: leaving a form they opened by mistake takes them back there. */
let previousHash: string | null = null;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => {
    // navigate() to the same screen dispatches an event without addresses: no move, nothing to remember.
    if (event.oldURL && event.oldURL !== event.newURL) previousHash = new URL(event.oldURL).hash;
  });
}

/** The screen before this one, or null when the app was opened here. */
export function previousRoute(): Route | null {
  return previousHash === null || isDefaultHash(previousHash) ? null : parseRoute(previousHash);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
