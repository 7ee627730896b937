/**
 * What a failed disk write means for the person at the desk. Node's own text
 * ("ENOSPC: no space left on device, open …") is English and names no way
 * out; these say in Dutch what happened and what to do.
 */

/** Returns a plain Error with the Dutch explanation, or the error itself when it is not one we can explain. */
export function explainFileError(error: unknown, what: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new Error(
        `De schijf is vol: ${what} kon niet worden geschreven. Maak ruimte vrij (bijvoorbeeld door de Prullenbak te legen of oude bestanden op te ruimen) en probeer het opnieuw.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new Error(
        `Geen toestemming: ${what} kon niet worden geschreven. Kies een andere map, of vraag uw beheerder om schrijfrechten.`,
      );
    case 'EROFS':
      return new Error(`${capitalize(what)} kon niet worden geschreven: die plek is alleen-lezen. Kies een andere map.`);
    case 'EBUSY':
      return new Error(`${capitalize(what)} is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.`);
    default:
      return error;
  }
}

/** Runs a write and rethrows its failure explained. */
export async function explainingFileErrors<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw explainFileError(error, what);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
