import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src-renderer/src/letters';
import { missingSource } from '../../src-renderer/src/letters/missingSource';
import { preset } from './support/workflow';

/** Always known: the letter's own date, the complaint's reference, receipt and summary, the salutation (it falls back to "heer/mevrouw"). */
const ALWAYS_FILLED = new Set(['brief.datum', 'klacht.kenmerk', 'klacht.ontvangen', 'klacht.samenvatting', 'klant.aanhef']);

describe('where a value a letter lacks gets filled', () => {
  it('is said for every placeholder that can be missing, under every procedure', () => {
    for (const key of ['dokh', 'committee', 'craft', 'soleTrader', 'coordinator', 'wkkgz'] as const) {
      const procedure = preset(key);
      const silent = PLACEHOLDERS.filter((p) => !p.optional && !ALWAYS_FILLED.has(p.name) && missingSource(p.name, procedure) === undefined).map((p) => p.name);
      expect(silent, procedure.name).toEqual([]);
    }
  });

  it('names the step by its button, as the procedure has it', () => {
    expect(missingSource('oordeel', preset('craft'))?.text).toBe('Wordt ingevuld bij de stap „Oordeel vastleggen” op de klachtkaart.');
    // 004 closes on the customer's agreement; 003 asks none and states the solution agreed.
    expect(missingSource('afspraak', preset('coordinator'))?.text).toContain('„Akkoord van klant vastleggen”');
    expect(missingSource('afspraak', preset('soleTrader'))?.text).not.toContain('Akkoord');
    expect(missingSource('afspraak', preset('soleTrader'))?.text).toContain('„Oplossing afspreken”');
    expect(missingSource('niet_ontvankelijk.reden', preset('committee'))).toEqual({ place: 'step', text: 'Wordt ingevuld bij de stap „Niet-ontvankelijk verklaren” op de klachtkaart.' });
  });

  it('sends a verdict asked for under 004, which has none, to the letter text instead of a step that does not exist', () => {
    expect(missingSource('oordeel', preset('coordinator'))).toEqual({ place: 'procedure', text: 'Deze klachtenregeling kent geen oordeel: haal het invulveld uit de brieftekst.' });
  });

  it('sends the office details to the letterhead and the terms to the procedure', () => {
    expect(missingSource('kantoor.telefoon', preset('craft'))?.place).toBe('letterhead');
    expect(missingSource('termijn.indienen', preset('craft'))?.place).toBe('procedure');
    expect(missingSource('klant.postcode', preset('craft'))).toEqual({ place: 'card', text: 'Vul het in bij Klant › Wijzigen op de klachtkaart.' });
  });
});
