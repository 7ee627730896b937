import type { HElement } from 'docx-preview';

/**
 * docx-preview's element factory, but creating every node in `owner`, an
 * inert document (no scripts, no loads, no event handlers). docx-preview's own
 * factory creates nodes in the live page, where an <img onerror> fires even
 * before it is attached: a crafted document must never get that far.
 */
export function inertFactory(owner: Document): (element: HElement | Node | string) => Node {
  const create = (element: HElement | Node | string): Node => {
    if (typeof element === 'string') return owner.createTextNode(element);
    if (element instanceof Node) return element.ownerDocument === owner ? element : owner.adoptNode(element);
    const { ns, tagName, className, style, children, ...props } = element;
    if (tagName === '#fragment') {
      const fragment = owner.createDocumentFragment();
      children?.forEach((child) => fragment.appendChild(create(child)));
      return fragment;
    }
    if (tagName === '#comment') return owner.createComment(typeof children?.[0] === 'string' ? children[0] : '');
    const result = ns ? owner.createElementNS(ns, tagName) : owner.createElement(tagName);
    if (className) result.setAttribute('class', className);
    if (typeof style === 'string') result.setAttribute('style', style);
    else if (style) Object.assign((result as HTMLElement).style, style);
    for (const [key, value] of Object.entries(props)) {
      if (value !== undefined) (result as unknown as Record<string, unknown>)[key] = value;
    }
    children?.forEach((child) => result.appendChild(create(child)));
    return result;
  };
  return create;
}
