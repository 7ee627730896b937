/**
 * The page a sandboxed frame shows for a sanitised Word document. Its own
 * policy allows no script and no request at all, whatever the app's policy
 * is; the sandbox without allow-scripts says the same a second time.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

// The grey behind the pages is docx-preview's wrapper; the frame adds no margin of its own.
const FRAME_STYLE = 'html, body { margin: 0; background: gray; }';

export function frameDocument(pages: DocumentFragment): string {
  const holder = pages.ownerDocument.createElement('div');
  holder.append(pages.cloneNode(true));
  return (
    '<!doctype html><html lang="nl"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">` +
    `<style>${FRAME_STYLE}</style></head><body>${holder.innerHTML}</body></html>`
  );
}
