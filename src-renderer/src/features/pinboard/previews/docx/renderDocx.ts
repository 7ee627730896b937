/**
 * A Word document as docx-preview's pages, drawn in an inert document and
 * sanitised before anything of it reaches a page. docx-preview is loaded only
 * when a document is shown.
 */
import { inertFactory } from './inertFactory';
import { sanitizeDocx } from './sanitizeDocx';

export async function renderDocx(bytes: Uint8Array): Promise<DocumentFragment> {
  const { parseAsync, renderDocument } = await import('docx-preview');
  const inert = document.implementation.createHTMLDocument('');
  const options = {
    inWrapper: true,
    breakPages: true,
    // Pictures as data: URLs, which the sanitiser can check and a sandboxed frame can show.
    useBase64URL: true,
    // An altChunk is a whole HTML page docx-preview would put in an unsandboxed iframe.
    renderAltChunks: false,
    renderComments: false,
    experimental: false,
    h: inertFactory(inert),
  };
  const wordDocument: unknown = await parseAsync(new Blob([bytes as Uint8Array<ArrayBuffer>]), options);
  const tabSize = defaultTabStop(wordDocument);
  const nodes = await renderDocument(wordDocument, options);
  const pages = inert.createDocumentFragment();
  pages.append(...nodes);
  // docx-preview draws Word's non-breaking hyphen as <wbr>, which shows no
  // hyphen at all: "K-2026-0042" would preview and print as "K20260042".
  pages.querySelectorAll('wbr').forEach((element) => element.replaceWith('\u2011'));
  sanitizeDocx(pages);
  // docx-preview keeps a tab as a tab character (its spans are pre-wrap), so
  // the browser puts it at every 8 spaces: "Ons kenmerk" then jumped past the
  // stop where "Datum" and "Betreft" continue. Word's own default stops are closer.
  pages.querySelectorAll<HTMLElement>('section.docx').forEach((page) => page.style.setProperty('tab-size', tabSize));
  return pages;
}

/** The document's default tab stop as docx-preview read it ("90.7pt"), or Word's own default of half an inch. */
function defaultTabStop(wordDocument: unknown): string {
  const stop = (wordDocument as { settingsPart?: { settings?: { defaultTabStop?: unknown } } }).settingsPart?.settings?.defaultTabStop;
  return typeof stop === 'string' && /^\d+(\.\d+)?pt$/.test(stop) ? stop : '36pt';
}
