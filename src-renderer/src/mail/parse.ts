/**
 * One entry for both mail formats. The format is read from the content, not
 * the name: a .msg saved as text or an .eml renamed by a user is common.
 * The parsers are loaded only when a mail arrives, so the app starts without them.
 */
import { isOleCompoundFile, looksLikeInternetMessage } from '../domain/fileSafety';
import { assertMailSize } from './limits';
import { MailParseError, type ParsedEmail } from './types';

export type MailFormat = 'eml' | 'msg';

/** 'msg' for an OLE compound file, 'eml' for a text that starts like an Internet message, else null. */
export function detectMailFormat(bytes: Uint8Array): MailFormat | null {
  if (isOleCompoundFile(bytes)) return 'msg';
  return looksLikeInternetMessage(bytes) ? 'eml' : null;
}

export async function parseEmailFile(name: string, bytes: Uint8Array): Promise<ParsedEmail> {
  assertMailSize(bytes.byteLength);
  const format = detectMailFormat(bytes);
  if (format === null) {
    throw new MailParseError(
      /\.msg\s*$/i.test(name)
        ? 'dit is geen Outlook-bericht (.msg).'
        : 'dit bestand is geen e-mail (.eml of .msg). Sla het bericht in uw mailprogramma op als bestand en probeer het opnieuw.',
    );
  }
  try {
    if (format === 'msg') return await (await import('./msg')).parseMsg(bytes);
    return await (await import('./eml')).parseEml(bytes);
  } catch (error) {
    if (error instanceof MailParseError) throw error;
    // Whatever else a parser throws on a strange file still gets a message the user can act on.
    throw new MailParseError('het bestand is beschadigd of in een onbekende vorm opgeslagen.', { cause: error });
  }
}
