/**
 * What "Verbinding testen" tells an office worker per failure: what is wrong in
 * plain Dutch, and what to do about it (or whom to ask). Technical codes go in
 * the result's `detail`, for the person who looks after the server.
 */
export type ConnectionFailureKind =
  | 'invalidAddress'
  | 'unreachable'
  | 'timeout'
  | 'certificate'
  | 'wrongPassword'
  | 'notCouchDb'
  | 'serverError'
  | 'noAccess'
  | 'noDatabase';

export interface ConnectionMessage {
  message: string;
  advice: string;
}

export const CONNECTION_MESSAGES: Readonly<Record<ConnectionFailureKind, ConnectionMessage>> = {
  invalidAddress: {
    message: 'Dit is geen geldig serveradres.',
    advice: 'Vul het volledige adres in zoals de beheerder het gaf, beginnend met https:// of http://, bijvoorbeeld https://server.kantoor.nl:6984. Zet er geen gebruikersnaam of wachtwoord in.',
  },
  unreachable: {
    message: 'De server is niet bereikbaar.',
    advice: 'Controleer het adres en het poortnummer, en of de server aan staat en deze computer op het kantoornetwerk zit (of via VPN verbonden is). Probeer het daarna opnieuw.',
  },
  timeout: {
    message: 'De server reageert niet op tijd.',
    advice: 'Misschien staat de server uit, is het netwerk erg traag of houdt een firewall de verbinding tegen. Probeer het over een paar minuten opnieuw; lukt het dan niet, vraag de beheerder de server na te kijken.',
  },
  certificate: {
    message: 'De beveiligde verbinding met de server lukt niet: het certificaat van de server wordt niet vertrouwd.',
    advice: 'Het certificaat is verlopen, hoort bij een ander adres of is niet door een erkende instantie uitgegeven. Ga niet verder en vraag de beheerder van de server het certificaat te vernieuwen of het juiste adres te geven.',
  },
  wrongPassword: {
    message: 'De gebruikersnaam of het wachtwoord klopt niet.',
    advice: 'Let op hoofdletters en spaties. Weet u het wachtwoord niet meer, vraag de beheerder dan om een nieuw wachtwoord.',
  },
  notCouchDb: {
    message: 'Op dit adres antwoordt wel een server, maar geen CouchDB.',
    advice: 'Waarschijnlijk klopt het adres of het poortnummer niet (CouchDB gebruikt meestal poort 5984, of 6984 met https). Vraag de beheerder het juiste adres.',
  },
  serverError: {
    message: 'De server meldt een storing.',
    advice: 'Probeer het over een paar minuten opnieuw. Blijft deze melding, geef haar dan door aan de beheerder van de server.',
  },
  noAccess: {
    message: 'U bent aangemeld, maar uw account heeft geen toegang tot de gedeelde klachtenregistratie.',
    advice: 'Vraag de beheerder uw account toegang te geven tot de klachtenregistratie op de server.',
  },
  noDatabase: {
    message: 'De gedeelde klachtenregistratie bestaat nog niet op deze server.',
    advice: 'De beheerder moet haar eerst aanmaken, of het adres wijst naar een andere server dan de bedoelde.',
  },
};
