/**
 * Every letter type each preset has a use for, in "u" and in "je", made from a
 * complaint that went through that preset's steps, as .docx, PDF (LibreOffice)
 * and PNG per page (pdftoppm), plus the text of each, for a person to read
 * beside the preset's klachtenregeling (../shared/seeds). Each preset writes on
 * the letterhead of the office its seed comes from, so names in the letter can
 * be checked against the regeling.
 *
 *   LETTER_GALLERY=/tmp/brieven npx vitest run --config tests/tools/letterGallery/vitest.config.ts
 *
 * Output: DIR/<preset>/<type>-<u|je>.{docx,pdf,txt} and …-<page>.png. Needs
 * soffice and pdftoppm on PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { it } from 'vitest';
import { PROCEDURE_PRESETS } from '../../../src-renderer/src/domain/procedures';
import { letterTypesFor, prepareLetter, SAMPLE_LETTERHEAD, type Letterhead } from '../../../src-renderer/src/letters';
import { buildLetterDocx } from '../../../src-renderer/src/letters/buildDocx';
import { presetLetterInput, stagesUnder } from '../../unit/support/presetLetters';

const OUT = process.env.LETTER_GALLERY ?? join(process.cwd(), 'test-results', 'letter-gallery');

const ICON = new Uint8Array(readFileSync(join(__dirname, '../../../resources/icon.png')));

/** The office each seed belongs to; presets without a named office keep the sample letterhead. */
const OFFICES: Record<string, Partial<Letterhead>> = {
  'zorg-welzijn-dokh': { officeName: 'M@', addressLines: ['Westhaven 63', '2801 PN Gouda'], phone: '0182-359823', email: 'info@m-et.nl', website: 'www.m-et.nl', signatoryFunction: 'Klachtenafhandeling' },
  'dienstverlener-klachtencommissie': { officeName: 'Klikklaar', addressLines: ['Newtonlaan 115', '3584 BH Utrecht'], email: 'NCJansen@klikklaar.com', website: 'www.klikklaar.com', placeName: 'Utrecht', signatoryName: 'NC Jansen', signatoryFunction: 'Voorzitter klachtencommissie' },
  vakbedrijf: { logo: { bytes: ICON, type: 'png', width: 256, height: 256 }, headerShows: 'both' },
  'eenmanszaak-nrto': { officeName: 'Webbouwen aan de keukentafel', email: 'mok@webbouwenaandekeukeltafel.nl', website: 'www.webbouwenaandekeukeltafel.nl', signatoryName: 'Mok Heijmerink', signatoryFunction: 'Eigenaar' },
  'zorgbedrijf-coordinator': { officeName: 'Buchrn Hornen', website: 'www.buchrnhornen.nl', signatoryFunction: 'Coördinator klachten' },
  'zorgaanbieder-wkkgz': { officeName: 'Zorgpraktijk De Linde', logo: { bytes: ICON, type: 'png', width: 256, height: 256 }, headerShows: 'logo', signatoryFunction: 'Klachtenfunctionaris' },
};

it('renders every letter under every preset', async () => {
  const profile = join(OUT, '.lo-profile');
  for (const procedure of PROCEDURE_PRESETS) {
    const dir = join(OUT, procedure.key);
    mkdirSync(dir, { recursive: true });
    const stages = stagesUnder(procedure);
    const letterhead = { ...SAMPLE_LETTERHEAD, ...OFFICES[procedure.key] };
    const files: string[] = [];
    for (const form of ['u', 'je'] as const) {
      for (const type of letterTypesFor(procedure)) {
        const input = presetLetterInput(procedure, type, form, stages, letterhead);
        const name = `${type}-${form}`;
        const prepared = prepareLetter(input);
        const problems = [...prepared.unknown.map((p) => `onbekend: {${p}}`), ...prepared.missing.map((p) => `leeg: {${p}}`)];
        const text = [`Betreft: ${prepared.subject}`, '', ...prepared.paragraphs.map((lines) => lines.join('\n')), '', ...problems].join('\n\n');
        writeFileSync(join(dir, `${name}.txt`), text);
        writeFileSync(join(dir, `${name}.docx`), await buildLetterDocx(input));
        files.push(join(dir, `${name}.docx`));
      }
    }
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore' });
    for (const pdf of readdirSync(dir).filter((f) => f.endsWith('.pdf'))) {
      execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, pdf), join(dir, pdf.replace(/\.pdf$/, ''))]);
    }
  }
  console.info(`Brieven in ${OUT}`);
});
