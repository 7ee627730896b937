/**
 * Stands in for iconv-lite in the renderer build (see src-renderer/aliases.ts).
 * msgreader loads iconv-lite at start-up, and iconv-lite needs Node's Buffer,
 * so in a browser the whole .msg parser would fail to load. The app never asks
 * msgreader to convert code pages (mail/msg.ts does that with TextDecoder), so
 * decoding through TextDecoder is all that is needed, and writing is refused.
 */
export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

export function encode(): never {
  throw new Error('Tekst omzetten naar een oude tekencodering is in de app niet nodig en niet beschikbaar.');
}

export function encodingExists(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}

export default { decode, encode, encodingExists };
