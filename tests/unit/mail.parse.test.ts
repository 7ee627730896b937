import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile } from '../../src-renderer/src/domain/fileSafety';
import { detectMailFormat, MAX_MAIL_BYTES, MailParseError, parseEmailFile } from '../../src-renderer/src/mail';
import { htmlToReadableText } from '../../src-renderer/src/mail/bodyText';

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../fixtures/mail', name)));
const parse = (name: string) => parseEmailFile(name, fixture(name));

describe('.eml', () => {
  it('plain text from Thunderbird', async () => {
    const mail = await parse('plain.eml');
    expect(mail).toMatchObject({
      from: { name: 'Jan de Vries', address: 'j.devries@example.nl' },
      to: [{ name: 'Klachten', address: 'klachten@korenschoof.example' }],
      date: '2026-03-09T13:07:31.000Z',
      subject: 'Klacht over bezorging bestelling 2026-0312',
      html: null,
      attachments: [],
    });
    expect(mail.text).toMatch(/^Geachte heer, mevrouw,\n\nOp zaterdag 7 maart/);
    expect(mail.text).toMatch(/Jan de Vries\nDorpsstraat 12\n1234 AB Ergens\n06-12345678$/);
    expect(mail.text).not.toContain('\r');
  });

  it('HTML only: readable text with paragraphs and line breaks, no markup, style or script', async () => {
    const mail = await parse('html-only.eml');
    expect(mail.from).toEqual({ name: '', address: 'm.jansen-bakker@example.nl' });
    expect(mail.html).toContain('<b>beschimmeld</b>');
    expect(mail.text).toBe(
      [
        'Beste mensen,',
        '',
        'Het brood dat ik gisteren kocht was beschimmeld & de verkoopster wilde het niet ruilen.',
        'Dat vind ik niet netjes.',
        '',
        ' * Bon: 4471',
        ' * Filiaal: Markt',
        '',
        'Zie ook mijn foto.',
        '',
        'Verzonden vanaf mijn iPhone',
      ].join('\n'),
    );
    expect(mail.text).not.toMatch(/[<>]|alert|margin/);
  });

  it('quoted-printable in windows-1252 with Dutch accents, and a UTF-8 encoded subject', async () => {
    const mail = await parse('quoted-printable.eml');
    expect(mail.subject).toBe('Klacht over het café en de € 15 toeslag');
    expect(mail.from).toEqual({ name: 'Ing. A. van der Meulen', address: 'a.vandermeulen@example.com' });
    // Soft line breaks are joined; =E9, =EF, =EB, =F6, =80, =93/=94 and =96 decode to their characters.
    expect(mail.text).toContain('in uw café geluncht. Ons werd een toeslag van €15 gerekend voor “service”, die nergens op de kaart staat – ook niet');
    expect(mail.text).toContain('De bediening was geïrriteerd en geëerde gasten werden genegeerd. Een coöperatieve houding');
    expect(mail.text).not.toMatch(/=\n|=[0-9A-F]{2}/);
    expect(mail.html).toContain('caf\u00e9 geluncht');
  });

  it('non-UTF-8 encoded words (ISO-8859-1, Windows-1252) and an 8-bit Latin-1 body', async () => {
    const mail = await parse('latin1-subject.eml');
    expect(mail.subject).toBe('Geërgerd over de behandeling – “onbeschoft” personeel en €20 korting');
    expect(mail.from).toEqual({ name: 'Renée Müller', address: 'renee.muller@example.nl' });
    expect(mail.text).toBe('Ik ben erg teleurgesteld over de behandeling in uw café.\nDe crème brûlée was koud en de ober was naïef.\n\nRenée Müller');
  });

  it('multipart with a PDF, a photo and an inline logo: each with its bytes, name and type', async () => {
    const mail = await parse('attachments.eml');
    expect(mail.text).toBe('De taart was bij aankomst ingedeukt. Foto en factuur zitten in de bijlage.');
    expect(mail.attachments.map(({ name, type, inline }) => ({ name, type, inline }))).toEqual([
      { name: 'logo.png', type: 'image/png', inline: true },
      { name: 'Factuur 2026-0142.pdf', type: 'application/pdf', inline: false },
      // RFC 2231 name in UTF-8 with an en dash.
      { name: 'Schade aan taart – foto.jpg', type: 'image/jpeg', inline: false },
    ]);
    const files = path.resolve(import.meta.dirname, '../fixtures/files');
    expect(mail.attachments[1]?.bytes).toEqual(new Uint8Array(readFileSync(path.join(files, 'factuur.pdf'))));
    expect(mail.attachments[2]?.bytes).toEqual(new Uint8Array(readFileSync(path.join(files, 'foto.jpg'))));
    expect(mail.attachments[0]?.bytes).toEqual(new Uint8Array(readFileSync(path.join(files, 'logo.png'))));
    // The pieces are real files again: the safety check recognises them.
    expect(classifyFile(mail.attachments[1]!.name, mail.attachments[1]!.bytes)).toMatchObject({ canOpen: true, previewKind: 'pdf' });
    expect(classifyFile(mail.attachments[2]!.name, mail.attachments[2]!.bytes)).toMatchObject({ canOpen: true, previewKind: 'image' });
  });

  it('an attachment owns its bytes: no view into the whole mail', async () => {
    const mail = await parse('attachments.eml');
    const pdf = mail.attachments[1]!;
    expect(pdf.bytes.buffer.byteLength).toBe(pdf.bytes.byteLength);
  });
});

describe('Outlook .msg', () => {
  it('a real Outlook 2016 message with a JPEG attachment', async () => {
    const mail = await parse('outlook-with-jpg.msg');
    expect(mail).toMatchObject({
      from: { name: '', address: 'christoph@freiraum.xyz' },
      to: [{ address: 'christoph@freiraum.xyz' }],
      date: '2018-03-23T16:06:29.000Z',
      subject: 'asdf',
      text: '',
      html: null,
    });
    expect(mail.attachments).toHaveLength(1);
    const photo = mail.attachments[0]!;
    expect(photo).toMatchObject({ name: '5AAoPFgV-nJ965R7o-98C38840-4454-4750-9AEF-F53DB3E37548.jpg', type: 'image/jpeg', inline: false });
    expect(photo.bytes.byteLength).toBe(122_784);
    expect(classifyFile(photo.name, photo.bytes)).toMatchObject({ canOpen: true, detectedType: 'image/jpeg' });
  });

  it('8-bit subject in code page 1252, Unicode sender, HTML-only body, recipient and PDF', async () => {
    const mail = await parse('dutch-html-ansi.msg');
    expect(mail.subject).toBe('Klacht: rekening € 45,00 – ‘dubbel’ betaald');
    expect(mail.from).toEqual({ name: 'Özlem Yılmaz', address: 'ozlem.yilmaz@voorbeeld.nl' });
    expect(mail.to).toEqual([{ name: 'Klachten Bakkerij De Korenschoof', address: 'klachten@korenschoof.nl' }]);
    // The sending time, as the Date header of an .eml gives it.
    expect(mail.date).toBe('2026-03-13T08:41:00.000Z');
    expect(mail.text).toBe(
      'Geachte heer/mevrouw,\n\nOp 12 maart heb ik bij u een taart besteld. De rekening van € 45,00 is twee keer afgeschreven.\nWilt u één bedrag terugstorten?\n\nMet vriendelijke groet,\nÖzlem Yılmaz',
    );
    expect(mail.html).toContain('<b>€&nbsp;45,00</b>');
    expect(mail.attachments).toEqual([
      { name: 'Bankafschrift maart.pdf', type: 'application/pdf', bytes: expect.any(Uint8Array), inline: false },
    ]);
    expect(new TextDecoder().decode(mail.attachments[0]!.bytes)).toMatch(/^%PDF-1\.4/);
  });

  it('is recognised by its content, whatever the extension says', async () => {
    expect(detectMailFormat(fixture('outlook-with-jpg.msg'))).toBe('msg');
    expect(detectMailFormat(fixture('plain.eml'))).toBe('eml');
    expect(detectMailFormat(fixture('malformed.eml'))).toBeNull();
    expect((await parseEmailFile('doorgestuurd.eml', fixture('outlook-with-jpg.msg'))).subject).toBe('asdf');
    expect((await parseEmailFile('klacht.msg', fixture('plain.eml'))).subject).toBe('Klacht over bezorging bestelling 2026-0312');
  });
});

describe('files that are no readable mail get a clear Dutch message', () => {
  const expectRefusal = async (name: string, bytes: Uint8Array, reason: RegExp) => {
    const error = await parseEmailFile(name, bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailParseError);
    expect((error as Error).message).toMatch(/^Dit e-mailbericht kan niet worden gelezen: /);
    expect((error as Error).message).toMatch(reason);
  };

  it('a web page saved as .eml', () => expectRefusal('malformed.eml', fixture('malformed.eml'), /geen e-mail/));

  it('an empty file', () => expectRefusal('leeg.eml', new Uint8Array(0), /leeg/));

  it('a PDF or random bytes named .eml', async () => {
    await expectRefusal('factuur.eml', new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj'), /geen e-mail/);
    await expectRefusal('x.eml', Uint8Array.from({ length: 512 }, (_, i) => (i * 73) % 256), /geen e-mail/);
  });

  it('a text that starts like a header but holds no mail headers', () =>
    expectRefusal('notitie.eml', new TextEncoder().encode('Titel: boodschappen\nmelk, brood\n'), /geen e-mailkoppen/));

  it('a .msg that is no OLE file, and an OLE file cut short', async () => {
    await expectRefusal('bericht.msg', new TextEncoder().encode('dit is geen outlookbestand'), /geen Outlook-bericht \(\.msg\)/);
    await expectRefusal('bericht.msg', fixture('outlook-with-jpg.msg').slice(0, 1500), /beschadigd/);
  });

  it('an OLE file without mail properties (a Word 97 document renamed .msg)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectRefusal('bericht.msg', ole, /beschadigd|geen Outlook-bericht/);
  });

  it('a file over the 50 MB limit is refused before parsing', async () => {
    // Zero-filled pages are allocated lazily, so this costs no real memory.
    await expectRefusal('groot.eml', new Uint8Array(MAX_MAIL_BYTES + 1), /hoogstens 50 MB/);
  });
});

describe('text made from HTML', () => {
  it('reads Outlook layout tables as lines and keeps blank-line paragraphs', () => {
    const html =
      '<table><tr><td>Naam:</td><td>Jan</td></tr><tr><td>Order:</td><td>12</td></tr></table>' +
      '<div>Beste,</div><div><br></div><div>het&nbsp;klopt niet.</div><h2>Kop</h2><p>a<br>b</p>';
    expect(htmlToReadableText(html)).toBe('Naam: Jan\nOrder: 12\n\nBeste,\n\nhet klopt niet.\n\nKop\n\na\nb');
  });

  it('never runs or keeps markup: scripts, styles, comments and tags are dropped, entities decoded', () => {
    const html = '<!-- x --><script>alert(1)</script><style>p{}</style><p onclick="x()">5 &lt; 6 &amp;&amp; &eacute;&#233;</p><img src=x onerror=alert(1)>';
    expect(htmlToReadableText(html)).toBe('5 < 6 && éé');
  });
});
