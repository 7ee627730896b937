import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyFile, fileExtension, normalizeFileName, pinWarning } from '../../src-renderer/src/domain/fileSafety';

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../fixtures', name)));
const ascii = (text: string) => new TextEncoder().encode(text);

const PDF = fixture('files/factuur.pdf');
const JPEG = fixture('files/foto.jpg');
const PNG = fixture('files/logo.png');
const DOCX = fixture('files/brief.docx');
// The first bytes of a Windows program ("MZ", DOS stub) and of a Linux one (ELF).
const MZ = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);
const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
const LNK = Uint8Array.from([0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00, 0, 0, 0, 0, 0xc0, 0, 0, 0]);
const RLO = '\u202e';

describe('safe files open in the system program', () => {
  it.each([
    ['factuur.pdf', PDF, 'pdf', 'application/pdf'],
    ['foto.jpg', JPEG, 'image', 'image/jpeg'],
    ['foto.jpeg', JPEG, 'image', 'image/jpeg'],
    ['logo.png', PNG, 'image', 'image/png'],
    ['brief.docx', DOCX, 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['lijst.xlsx', fixture('files/lijst.xlsx'), 'none', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['notitie.odt', fixture('files/notitie.odt'), 'none', 'application/vnd.oasis.opendocument.text'],
    ['notitie.txt', ascii('Gebeld met klant.\r\nTerugbellen vrijdag.\r\n'), 'text', 'text/plain'],
    ['klacht.eml', fixture('mail/plain.eml'), 'email', 'message/rfc822'],
    ['klacht.msg', fixture('mail/outlook-with-jpg.msg'), 'email', 'application/vnd.ms-outlook'],
  ])('%s', (name, bytes, previewKind, detectedType) => {
    expect(classifyFile(name, bytes)).toEqual({ canOpen: true, previewKind, detectedType, extension: name.split('.').pop() });
  });

  it('takes a PNG saved as .jpg: every photo viewer reads the content', () => {
    expect(classifyFile('schermafdruk.jpg', PNG)).toMatchObject({ canOpen: true, previewKind: 'image', detectedType: 'image/png' });
  });

  it('reads a Windows text file in UTF-16 as text', () => {
    expect(classifyFile('notitie.txt', Uint8Array.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toMatchObject({ canOpen: true, previewKind: 'text' });
  });
});

describe('programs, scripts and shortcuts never open, whatever the name', () => {
  it.each(['setup.exe', 'run.bat', 'run.cmd', 'x.com', 'screen.scr', 'install.msi', 'script.ps1', 'macro.vbs', 'app.js', 'tool.jar', 'link.lnk', 'site.url', 'page.hta', 'keys.reg', 'deploy.sh', 'Klachtenbalie.app', 'installer.dmg'])(
    '%s is refused by its extension',
    (name) => {
      const result = classifyFile(name, ascii('echo hallo'));
      expect(result.canOpen).toBe(false);
      expect(result.reason).toMatch(/worden nooit geopend/);
    },
  );

  it.each([
    ['factuur.pdf', MZ, 'application/x-msdownload'],
    ['factuur.pdf', ELF, 'application/x-msdownload'],
    ['foto.jpg', MZ, 'application/x-msdownload'],
    ['notitie.txt', ascii('#!/bin/sh\nrm -rf ~\n'), 'text/x-shellscript'],
    ['brief.docx', LNK, 'application/x-ms-shortcut'],
  ])('%s over program bytes is refused by its content', (name, bytes, detectedType) => {
    const result = classifyFile(name, bytes);
    expect(result).toMatchObject({ canOpen: false, previewKind: 'none', detectedType });
    expect(result.reason).toMatch(/programma, script of snelkoppeling/);
  });

  it('a double extension counts by its last part: factuur.pdf.exe is a program', () => {
    const result = classifyFile('factuur.pdf.exe', PDF);
    expect(result).toMatchObject({ canOpen: false, extension: 'exe' });
    expect(result.reason).toMatch(/\.exe/);
  });

  it('foto.exe.jpg with JPEG bytes is a photo; with program bytes it is not', () => {
    expect(classifyFile('foto.exe.jpg', JPEG)).toMatchObject({ canOpen: true, extension: 'jpg' });
    expect(classifyFile('foto.exe.jpg', MZ)).toMatchObject({ canOpen: false, detectedType: 'application/x-msdownload' });
  });

  it('trailing dots and spaces are dropped as Windows drops them: "x.exe. " is .exe', () => {
    for (const name of ['x.exe. ', 'x.exe.', 'x.exe   ', 'x.exe . . ', 'factuur.pdf.exe\u00a0']) {
      expect(fileExtension(name)).toBe('exe');
      expect(classifyFile(name, PDF).canOpen).toBe(false);
    }
  });

  it('a right-to-left override cannot make a program look like a PDF', () => {
    // Shown as "factuurexe.pdf", really named "factuur‮fdp.exe".
    const name = `factuur${RLO}fdp.exe`;
    expect(normalizeFileName(name)).toBe('factuurfdp.exe');
    expect(classifyFile(name, MZ)).toMatchObject({ canOpen: false, extension: 'exe' });
    expect(classifyFile(name, PDF)).toMatchObject({ canOpen: false, extension: 'exe' });
  });

  it('other invisible and bidi characters are removed before checking', () => {
    for (const hidden of ['\u200b', '\u200e', '\u200f', '\u2066', '\u2069', '\u202a', '\ufeff', '\u00ad', '\u0000']) {
      expect(fileExtension(`factuur.e${hidden}xe`)).toBe('exe');
      expect(classifyFile(`factuur.e${hidden}xe`, MZ).canOpen).toBe(false);
    }
  });

  it('look-alike dots and letters are folded: a fullwidth "．ｅｘｅ" is .exe', () => {
    expect(fileExtension('factuur\uff0e\uff45\uff58\uff45')).toBe('exe');
  });

  it('mixed case is the same extension', () => {
    expect(classifyFile('SETUP.ExE', MZ).canOpen).toBe(false);
    expect(classifyFile('Factuur.PDF', PDF)).toMatchObject({ canOpen: true, extension: 'pdf' });
    expect(classifyFile('FOTO.JpG', JPEG).canOpen).toBe(true);
  });

  it('only the last part of a path counts', () => {
    expect(normalizeFileName('C:\\Users\\x\\factuur.pdf')).toBe('factuur.pdf');
    expect(normalizeFileName('../../etc/setup.exe')).toBe('setup.exe');
  });
});

describe('content must match the name', () => {
  it('a .pdf that is no PDF is refused and says so', () => {
    const result = classifyFile('factuur.pdf', JPEG);
    expect(result.canOpen).toBe(false);
    expect(result.reason).toMatch(/past niet bij de naam.*PDF-bestand/);
    // The preview follows the content, which is harmless inside the app.
    expect(result.previewKind).toBe('image');
  });

  it('a zip renamed .docx is refused; a .docx with macros too', () => {
    expect(classifyFile('brief.docx', fixture('files/archief.zip'))).toMatchObject({ canOpen: false, detectedType: 'application/zip' });
    const macro = classifyFile('brief.docx', fixture('files/macro.docx'));
    expect(macro.canOpen).toBe(false);
    expect(macro.reason).toMatch(/macro/);
  });

  it('a Word 97 file (OLE, no mail properties) named .msg is refused', () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(classifyFile('bericht.msg', ole)).toMatchObject({ canOpen: false, detectedType: 'application/x-ole-storage', previewKind: 'none' });
  });

  it('a text that is no e-mail named .eml is refused', () => {
    expect(classifyFile('klacht.eml', fixture('mail/malformed.eml'))).toMatchObject({ canOpen: false, previewKind: 'text' });
  });
});

describe('said the moment a file is pinned', () => {
  it('a program named factuur.pdf is called a program, not a PDF', () => {
    expect(pinWarning('factuur.pdf', MZ)).toBe(
      'Let op: „factuur.pdf” is geen PDF-bestand maar een programma. Het staat als „Overig” op het prikbord en wordt nooit geopend; open het ook niet buiten Klachtenbalie.',
    );
    expect(pinWarning('foto.jpg', ELF)).toMatch(/is geen afbeelding maar een programma/);
    expect(pinWarning('setup.exe', MZ)).toMatch(/„setup.exe” is een programma\./);
    expect(pinWarning('snelkoppeling.pdf', LNK)).toMatch(/geen PDF-bestand maar een snelkoppeling/);
  });

  it('a file that is what it seems pins without a word', () => {
    expect(pinWarning('factuur.pdf', PDF)).toBeNull();
    expect(pinWarning('brief.docx', DOCX)).toBeNull();
  });

  it('a .docx or .pdf whose content is unreadable is called damaged, not a type without preview', () => {
    expect(classifyFile('brief.docx', fixture('files/archief.zip')).damagedAs).toBe('Word-document');
    expect(classifyFile('factuur.pdf', ascii('\x00\x01 niets')).damagedAs).toBe('PDF-bestand');
    // What the app can show anyway, or a disguised program, is not "damaged".
    expect(classifyFile('factuur.pdf', JPEG).damagedAs).toBeUndefined();
    expect(classifyFile('factuur.pdf', MZ).damagedAs).toBeUndefined();
    expect(classifyFile('klacht.eml', fixture('mail/malformed.eml')).damagedAs).toBeUndefined();
  });
});

describe('everything else is saved, not opened', () => {
  it.each(['archief.zip', 'pagina.html', 'tekening.svg', 'oud.doc', 'lijst.csv', 'brief.rtf'])('%s', (name) => {
    const result = classifyFile(name, fixture('files/archief.zip'));
    expect(result.canOpen).toBe(false);
    expect(result.reason).toMatch(/opslaan/);
  });

  it('no extension, or an empty file', () => {
    expect(classifyFile('README', ascii('tekst')).reason).toMatch(/geen herkenbare extensie/);
    expect(classifyFile('leeg.pdf', new Uint8Array(0))).toMatchObject({ canOpen: false, detectedType: 'application/x-empty' });
  });
});
