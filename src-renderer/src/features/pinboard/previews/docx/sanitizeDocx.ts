/**
 * What docx-preview drew, cut down to what a page of a document needs. Runs
 * on an inert tree before it is shown: an allowlist, so whatever a crafted
 * document or a future docx-preview adds is dropped unless it is known to be
 * harmless. The preview is also sandboxed; this is the second wall.
 */

// Elements docx-preview uses for text, tables, pictures, shapes and formulas.
const KEEP = new Set([
  // HTML
  'div', 'section', 'article', 'header', 'footer', 'p', 'span', 'a', 'br', 'wbr', 'b', 'i', 'u', 's', 'sub', 'sup', 'del', 'ins', 'mark', 'small',
  'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'col', 'caption', 'img', 'style',
  // SVG (drawn shapes)
  'svg', 'g', 'path', 'rect', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'defs', 'lineargradient', 'radialgradient', 'stop', 'text', 'tspan',
  // MathML (equations)
  'math', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'mrow', 'mfrac', 'msqrt', 'mroot', 'msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover',
  'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'semantics',
]);

// Elements whose content is not document text: dropped whole, not unwrapped.
const DROP = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
  'template', 'noscript', 'audio', 'video', 'source', 'track', 'canvas', 'foreignobject', 'animate', 'animatemotion', 'animatetransform', 'set',
  'use', 'image', 'title', 'annotation-xml', 'portal', 'dialog',
]);

const ATTRIBUTES = new Set([
  'class', 'style', 'colspan', 'rowspan', 'width', 'height', 'alt', 'lang', 'dir', 'title',
  // SVG geometry and paint
  'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'points', 'viewbox', 'transform', 'preserveaspectratio',
  'fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'offset', 'stop-color',
  // MathML layout
  'mathvariant', 'displaystyle', 'stretchy', 'fence', 'separator', 'accent', 'accentunder', 'linethickness', 'notation', 'lspace', 'rspace',
]);

/** Pictures docx-preview embeds itself (useBase64URL): nothing that makes a request. */
const SAFE_IMAGE = /^data:image\/(png|jpe?g|gif|bmp|webp|x-emf|x-wmf|tiff|svg\+xml);base64,[a-z0-9+/=\s]*$/i;

/** Where a link pointed, to show as a tooltip: only web and mail addresses are worth naming. */
const SHOWN_TARGET = /^(https?:|mailto:)/i;

export function sanitizeDocx(root: DocumentFragment | Element): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!root.contains(element)) continue; // inside something already dropped
    const name = element.localName.toLowerCase();
    if (DROP.has(name)) {
      element.remove();
      continue;
    }
    if (!KEEP.has(name)) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    cleanAttributes(element, name);
    if (name === 'style') element.textContent = cssText(element.textContent ?? '');
  }
}

function cleanAttributes(element: Element, name: string): void {
  const href = element.getAttribute('href');
  const src = element.getAttribute('src');
  for (const attribute of Array.from(element.attributes)) {
    if (!ATTRIBUTES.has(attribute.localName.toLowerCase()) || attribute.namespaceURI !== null) element.removeAttributeNode(attribute);
  }
  // A link in a preview is never followed (docx-preview copies even a javascript: target into href).
  if (name === 'a' && href && SHOWN_TARGET.test(href.trim())) element.setAttribute('title', `Koppeling in het document: ${href.trim()}`);
  if (name === 'img' && src && SAFE_IMAGE.test(src)) element.setAttribute('src', src);
}

/**
 * The text of a generated <style>: font and style names come from the
 * document, and once the tree is written out as HTML a "</style>" among them
 * would end the element and start markup. "<" has no place in CSS outside
 * strings, where its escape means the same.
 */
function cssText(text: string): string {
  return text.replace(/</g, '\\3c ');
}
