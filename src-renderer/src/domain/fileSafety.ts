/**
 * Which pinned files may be handed to the system's own program. A copy opened
 * from our temp folder carries no "downloaded from the internet" mark, so
 * Windows and Office give it none of their usual warnings: this check is the
 * only one. It is an allow-list, and a file must pass it twice: by its
 * extension (what Windows will run it with) and by its content (what it
 * really is). Pure, so the main process (which opens) and the renderer (which
 * previews) judge alike.
 */

export type PreviewKind = 'image' | 'pdf' | 'text' | 'docx' | 'email' | 'none';

export interface FileClassification {
  canOpen: boolean;
  previewKind: PreviewKind;
  /** MIME type judged from the content, not the name. */
  detectedType: string;
  /** The extension that decides how the system would open it, after normalizing the name; '' when none. */
  extension: string;
  /** Dutch, for the user: why it is not opened. Set only when canOpen is false. */
  reason?: string;
  /** What the name promises ("Word-document") when the content is not that and not a program: the file is damaged. */
  damagedAs?: string;
}

/** What the content turned out to be. */
type ContentKind =
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'heic'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'odp'
  | 'office-macro'
  | 'zip'
  | 'msg'
  | 'ole'
  | 'eml'
  | 'text'
  | 'executable'
  | 'script'
  | 'shortcut'
  | 'empty'
  | 'unknown';

/** A Word document: what the app makes its letters as, and how it knows a pinned letter. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const MIME: Record<ContentKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  docx: DOCX_TYPE,
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  'office-macro': 'application/vnd.ms-office.vbaproject',
  zip: 'application/zip',
  msg: 'application/vnd.ms-outlook',
  ole: 'application/x-ole-storage',
  eml: 'message/rfc822',
  text: 'text/plain',
  executable: 'application/x-msdownload',
  script: 'text/x-shellscript',
  shortcut: 'application/x-ms-shortcut',
  empty: 'application/x-empty',
  unknown: 'application/octet-stream',
};

/**
 * Extensions that may be opened, each with the one content kind it must hold.
 * Left out on purpose: legacy .doc/.xls/.ppt and .rtf (macros and embedded
 * objects), .csv (formula injection in Excel), .html/.svg/.xml (they run
 * scripts in a browser), archives (they hide other files).
 */
const SAFE_EXTENSIONS: Readonly<Record<string, ContentKind>> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jfif: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
  txt: 'text',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  eml: 'eml',
  msg: 'msg',
};

/** Not needed to refuse (anything off the safe list is refused) but to say why plainly. */
const RUNNABLE_EXTENSIONS = new Set(
  (
    'exe com scr pif bat cmd msi msp mst msix appx appxbundle ps1 ps1xml ps2 psm1 psd1 vb vbs vbe js jse mjs wsf wsh wsc ws ' +
    'jar lnk url hta reg sh bash zsh csh ksh command tool app dmg pkg mpkg apk appimage deb rpm run bin cpl dll sys drv ocx ' +
    'inf scf msc gadget application appref-ms xbap library-ms settingcontent-ms searchconnector-ms website iso img vhd vhdx ' +
    'chm hlp py pyw pyc pl rb php desktop scpt applescript workflow action elf out xll xlam docm dotm xlsm xltm pptm potm ppam sldm'
  ).split(' '),
);

const PREVIEW_OF: Partial<Record<ContentKind, PreviewKind>> = {
  pdf: 'pdf',
  png: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  docx: 'docx',
  eml: 'email',
  msg: 'email',
  text: 'text',
};

const DANGEROUS_CONTENT: ReadonlySet<ContentKind> = new Set(['executable', 'script', 'shortcut']);

const KIND_NAMES: Partial<Record<ContentKind, string>> = {
  pdf: 'PDF-bestand',
  jpeg: 'afbeelding',
  png: 'afbeelding',
  gif: 'afbeelding',
  webp: 'afbeelding',
  heic: 'afbeelding',
  text: 'tekstbestand',
  docx: 'Word-document',
  xlsx: 'Excel-werkmap',
  pptx: 'PowerPoint-presentatie',
  odt: 'OpenDocument-tekst',
  ods: 'OpenDocument-rekenblad',
  odp: 'OpenDocument-presentatie',
  eml: 'e-mailbericht',
  msg: 'Outlook-bericht',
};

const SAVE_INSTEAD = 'U kunt wel een kopie opslaan.';

/**
 * The name as Windows would use it: without bidi and invisible characters
 * (a right-to-left override makes "fdp.exe" look like "exe.pdf"), without the
 * trailing dots and spaces Windows drops, with look-alike characters such as
 * a fullwidth dot folded to their plain form, and only the last path part.
 */
export function normalizeFileName(name: string): string {
  const base = name
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .split(/[\\/]/)
    .pop();
  return (base ?? '').replace(/[\s.]+$/u, '').trim();
}

/** Lowercase extension after the last dot of the normalized name; '' when there is none. */
export function fileExtension(name: string): string {
  const normalized = normalizeFileName(name);
  const dot = normalized.lastIndexOf('.');
  return dot <= 0 ? '' : normalized.slice(dot + 1).toLowerCase();
}

export function classifyFile(name: string, bytes: Uint8Array): FileClassification {
  const extension = fileExtension(name);
  const content = detectContent(bytes, extension);
  const result = { previewKind: PREVIEW_OF[content] ?? 'none', detectedType: MIME[content], extension };
  const reason = refusal(extension, content);
  const expected = SAFE_EXTENSIONS[extension];
  // Only where the name promises something the app can show and the content is nothing it can show: a renamed
  // program is not damaged (pinWarning says what it is), and text in an odd .eml is still shown as text.
  const damaged = expected !== undefined && PREVIEW_OF[expected] !== undefined && PREVIEW_OF[content] === undefined && content !== 'empty' && !DANGEROUS_CONTENT.has(content) && content !== 'office-macro';
  const checked = damaged ? { ...result, damagedAs: KIND_NAMES[expected] ?? `.${extension}-bestand` } : result;
  return reason === null ? { ...checked, canOpen: true } : { ...checked, canOpen: false, reason };
}

const CONTENT_NAMES: Partial<Record<ContentKind, string>> = {
  executable: 'een programma',
  script: 'een script',
  shortcut: 'een snelkoppeling',
  'office-macro': "een document met macro's",
};

/**
 * Said the moment a file is pinned, when it can run code: what it really is,
 * whatever its name says ("factuur.pdf" that is a program). Null for a file
 * that is what it seems.
 */
export function pinWarning(name: string, bytes: Uint8Array): string | null {
  const extension = fileExtension(name);
  const content = detectContent(bytes, extension);
  const shown = normalizeFileName(name);
  const what = CONTENT_NAMES[content] ?? (RUNNABLE_EXTENSIONS.has(extension) ? 'een programma, script of snelkoppeling' : null);
  if (what === null) return null;
  const promised = SAFE_EXTENSIONS[extension];
  const disguise = promised !== undefined && content !== 'office-macro' ? `geen ${KIND_NAMES[promised] ?? `.${extension}-bestand`} maar ${what}` : what;
  return `Let op: „${shown}” is ${disguise}. Het staat als „Overig” op het prikbord en wordt nooit geopend; open het ook niet buiten Klachtenbalie.`;
}

/**
 * Why saving this file needs the user's explicit yes, or null when it does not:
 * a program, script or shortcut (by name or by content) or an Office file with
 * macros runs code once someone double-clicks the saved copy.
 */
export function runnableWarning(name: string, bytes: Uint8Array): string | null {
  const extension = fileExtension(name);
  const content = detectContent(bytes, extension);
  const what =
    DANGEROUS_CONTENT.has(content) || RUNNABLE_EXTENSIONS.has(extension)
      ? 'een programma, script of snelkoppeling'
      : content === 'office-macro'
        ? "een document met macro's"
        : null;
  if (what === null) return null;
  return (
    `„${normalizeFileName(name)}” is ${what}. Wie de opgeslagen kopie opent, start het en het kan de computer beschadigen ` +
    'of gegevens stelen. Sla het alleen op als u zeker weet dat het veilig is, bijvoorbeeld omdat de afzender het u heeft bevestigd.'
  );
}

function refusal(extension: string, content: ContentKind): string | null {
  if (content === 'empty') return 'Het bestand is leeg en kan niet worden geopend.';
  if (DANGEROUS_CONTENT.has(content)) {
    return `Dit bestand is een programma, script of snelkoppeling, wat de naam ook zegt. Het wordt om veiligheidsredenen niet geopend.`;
  }
  if (content === 'office-macro') return `Dit document bevat macro's en wordt om veiligheidsredenen niet geopend. ${SAVE_INSTEAD}`;
  if (extension === '') return `Dit bestand heeft geen herkenbare extensie en wordt daarom niet geopend. ${SAVE_INSTEAD}`;
  if (RUNNABLE_EXTENSIONS.has(extension)) {
    return `Bestanden van het type .${extension} (programma's, scripts, snelkoppelingen) worden nooit geopend.`;
  }
  const expected = SAFE_EXTENSIONS[extension];
  if (expected === undefined) {
    return `Bestanden van het type .${extension} worden niet in een ander programma geopend. ${SAVE_INSTEAD}`;
  }
  if (!sameKind(expected, content)) {
    return `De inhoud past niet bij de naam: dit .${extension}-bestand is geen ${KIND_NAMES[expected] ?? 'bestand van dat type'}. Het wordt om veiligheidsredenen niet geopend.`;
  }
  return null;
}

const IMAGES: ReadonlySet<ContentKind> = new Set(['png', 'jpeg', 'gif', 'webp', 'heic']);

/** A PNG saved as .jpg is common and harmless: every photo viewer reads the content, not the name. */
function sameKind(expected: ContentKind, content: ContentKind): boolean {
  return expected === content || (IMAGES.has(expected) && IMAGES.has(content));
}

/* ---------- content ---------- */

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SAMPLE = 64 * 1024;

function detectContent(bytes: Uint8Array, extension: string): ContentKind {
  if (bytes.byteLength === 0) return 'empty';
  if (startsWith(bytes, [0x4d, 0x5a])) return 'executable'; // MZ: Windows programs and DLLs
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable'; // ELF
  if (isMachO(bytes)) return 'executable';
  if (startsWith(bytes, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) return 'shortcut'; // .lnk
  if (startsWith(bytes, [0x23, 0x21])) return 'script'; // #! shebang
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWithText(bytes, 'GIF87a') || startsWithText(bytes, 'GIF89a')) return 'gif';
  if (startsWithText(bytes, 'RIFF') && startsWithText(bytes.subarray(8), 'WEBP')) return 'webp';
  if (isHeic(bytes)) return 'heic';
  // A PDF may have a little junk before its header; readers look in the first kilobyte.
  if (indexOfText(bytes.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (isOleCompoundFile(bytes)) return oleKind(bytes);
  if (isText(bytes.subarray(0, SAMPLE))) return looksLikeInternetMessage(bytes) && extension !== 'txt' ? 'eml' : 'text';
  return 'unknown';
}

function isMachO(bytes: Uint8Array): boolean {
  // 0xCAFEBABE is also a Java class file: refused either way.
  return [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ].some((magic) => startsWith(bytes, magic));
}

function isHeic(bytes: Uint8Array): boolean {
  if (!startsWithText(bytes.subarray(4), 'ftyp')) return false;
  const brand = latin1(bytes.subarray(8, 12));
  return ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand);
}

/** Office Open XML and OpenDocument files are zip archives; the entry names tell which one. */
function zipKind(bytes: Uint8Array): ContentKind {
  const names = zipEntryNames(bytes);
  if (names === null) return 'zip';
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return 'office-macro';
  if (names.includes('[Content_Types].xml')) {
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('ppt/presentation.xml')) return 'pptx';
    return 'zip';
  }
  if (names[0] === 'mimetype') {
    // OpenDocument stores its type uncompressed right after the first local header.
    const type = latin1(bytes.subarray(38, 38 + 60));
    if (type.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
    if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (type.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp';
  }
  return 'zip';
}

/** Names from the zip's central directory, which is what Office itself reads; null when it is not readable. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(latin1(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535.
  const lowest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  for (let at = bytes.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  return -1;
}

/** .msg, legacy Office and .msi all share this container; only an Outlook message has MAPI property streams. */
function oleKind(bytes: Uint8Array): ContentKind {
  return indexOfUtf16(bytes, '__substg1.0_') >= 0 || indexOfUtf16(bytes, '__properties_version1.0') >= 0 ? 'msg' : 'ole';
}

/** Text in any usual encoding: UTF-16 with a byte-order mark, or bytes without control codes a text never holds. */
function isText(sample: Uint8Array): boolean {
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return true;
  for (const byte of sample) {
    // Tab, line feed, form feed, carriage return and escape do occur in text; other control codes do not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) return false;
  }
  return true;
}

/** Outlook .msg, legacy Office files and .msi: an OLE compound file. */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

/** An Internet message (.eml) starts with a header line ("From: …", "Received: …") or an mbox "From " line. */
export function looksLikeInternetMessage(bytes: Uint8Array): boolean {
  const firstLine = latin1(bytes.subarray(0, 1000)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').split(/\r?\n/, 1)[0] ?? '';
  return /^[!-9;-~]+:/.test(firstLine) || firstLine.startsWith('From ');
}

/* ---------- bytes ---------- */

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.byteLength >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function startsWithText(bytes: Uint8Array, text: string): boolean {
  return startsWith(bytes, Array.from(text, (ch) => ch.charCodeAt(0)));
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function indexOfText(bytes: Uint8Array, text: string): number {
  return indexOfBytes(bytes, Array.from(text, (ch) => ch.charCodeAt(0)));
}

function indexOfUtf16(bytes: Uint8Array, text: string): number {
  return indexOfBytes(bytes, Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]));
}

function indexOfBytes(bytes: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  if (first === undefined) return 0;
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.byteLength; at = bytes.indexOf(first, at + 1)) {
    if (needle.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}
