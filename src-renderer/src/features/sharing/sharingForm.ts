import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { serverAddress } from '../../app/sync';

export const sharingSchema = z.object({
  serverUrl: z
    .string()
    .trim()
    .min(1, 'Vul het adres van de server in')
    .refine((value) => serverAddress(value) !== null, 'Vul het volledige adres in, beginnend met https:// of http://, zonder gebruikersnaam of wachtwoord erin'),
  userName: z.string().trim().min(1, 'Vul uw gebruikersnaam op de server in'),
  password: z.string().min(1, 'Vul uw wachtwoord in'),
});

export type SharingFormValues = z.infer<typeof sharingSchema>;
export const sharingResolver = zodResolver(sharingSchema);

/** The browser build reaches only its own address (its CSP allows nothing else). */
export function sameOriginProblem(serverUrl: string, origin: string | null): string | null {
  if (origin === null) return null;
  const address = serverAddress(serverUrl);
  if (!address || new URL(address).origin === origin) return null;
  return `In de browserversie moet de server bereikbaar zijn onder hetzelfde adres als Klachtenbalie zelf (${origin}), bijvoorbeeld ${origin}/couchdb/. Vraag de beheerder dat zo in te richten, of gebruik de desktopversie.`;
}
