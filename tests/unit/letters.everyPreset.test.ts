import { describe, expect, it } from 'vitest';
import type { Procedure } from '../../src-renderer/src/domain/procedure';
import { PROCEDURE_PRESETS } from '../../src-renderer/src/domain/procedures';
import { letterTypesFor } from '../../src-renderer/src/letters';
import { presetLetter, stagesUnder } from './support/presetLetters';

/**
 * Every letter type a preset has a use for, in "u" and in "je", made from a
 * complaint that went through that preset's own steps: no placeholder may be
 * left unfilled or unknown, and no letter may promise what the regeling
 * does not allow.
 */

const letter = presetLetter;

/** Words that belong to the other form of address, whole words only. */
const OTHER_FORM = {
  u: /(?<![\p{L}@.])(je|jij|jou|jouw|kun je|ben je|heb je)(?![\p{L}@])/giu,
  je: /(?<![\p{L}@.])(u|uw|zich tot|kunt u|bent u|hebt u)(?![\p{L}@])/giu,
};

describe('every letter under every preset', () => {
  for (const procedure of PROCEDURE_PRESETS) {
    it(`${procedure.key}: every letter it has a use for, in u and je, is filled from a complaint that went its steps`, () => {
      const stages = stagesUnder(procedure);
      // The walk must really have gone through the procedure, or the letters below prove little.
      expect(stages.closed.status).toBe('closed');
      expect(stages.handled.workflow.solution?.carriedOutOn).toBeTruthy();
      for (const form of ['u', 'je'] as const) {
        for (const type of letterTypesFor(procedure)) {
          const made = letter(procedure, type, form, stages);
          expect({ type, form, unknown: made.unknown, missing: made.missing }).toEqual({ type, form, unknown: [], missing: [] });
          expect(made.text, `${type} in ${form}`).not.toMatch(/\{[a-z0-9_.]+\}/i);
          // The procedure's own texts (bodies, how to submit) are quoted in the letter's form, not the regeling's.
          expect(made.text.match(OTHER_FORM[form]) ?? [], `${type} in ${form}`).toEqual([]);
        }
      }
    });
  }
});

const byKey = (key: string): Procedure => {
  const found = PROCEDURE_PRESETS.find((p) => p.key === key);
  if (!found) throw new Error(`preset ${key} missing`);
  return found;
};

describe('letters say what their regeling says', () => {
  it('promise notice of more time only where the procedure allows an extension (000 allows none)', () => {
    const dokh = letter(byKey('zorg-welzijn-dokh'), 'acknowledgement', 'je');
    expect(dokh.text).toContain('Binnen 4 weken na ontvangst, dus uiterlijk op 22 mei 2026, krijg je van ons een schriftelijke reactie.');
    expect(dokh.text).not.toMatch(/meer tijd|nieuwe datum/);
    expect(letterTypesFor(byKey('zorg-welzijn-dokh'))).not.toContain('extension');

    expect(letter(byKey('dienstverlener-klachtencommissie'), 'acknowledgement', 'u').text).toContain('Mocht het meer tijd kosten, dan laten wij u dat vóór die datum weten');
    expect(letter(byKey('zorgaanbieder-wkkgz'), 'acknowledgement', 'u').text).toContain('De termijn wordt dan met ten hoogste 4 weken verlengd.');
  });

  it('announce the steps the regeling names before the response: contact to settle it together (000), word on the further handling (003)', () => {
    expect(letter(byKey('zorg-welzijn-dokh'), 'acknowledgement', 'je').text).toContain(
      'We nemen telefonisch of per mail contact met je op om na te gaan of we je klacht goed hebben begrepen en om samen met je naar een oplossing te zoeken. Binnen 4 weken na ontvangst',
    );
    expect(letter(byKey('eenmanszaak-nrto'), 'acknowledgement', 'je').text).toContain('Binnen 10 werkdagen laten we je weten hoe we je klacht verder afhandelen. Binnen 4 weken na ontvangst');
    expect(letter(byKey('dienstverlener-klachtencommissie'), 'acknowledgement', 'u').text).not.toMatch(/contact met u op|werkdagen/);
  });

  it('promise no response term a procedure never names (004), but contact soon', () => {
    const coordinator = letter(byKey('zorgbedrijf-coordinator'), 'acknowledgement', 'u');
    expect(coordinator.text).toContain('Wij nemen zo snel mogelijk contact met u op om te bespreken hoe wij uw klacht verder afhandelen.');
    expect(coordinator.text).not.toMatch(/schriftelijke reactie|uiterlijk op/);
  });

  it('say who judges as the procedure does: under 003 the owner, with a conversation and a proposal', () => {
    const soleTrader = letter(byKey('eenmanszaak-nrto'), 'further_handling', 'je');
    expect(soleTrader.text).toContain('We behandelen je klacht zelf.');
    expect(soleTrader.text).toContain('daarna doen we je een voorstel om je klacht af te handelen');
    expect(soleTrader.text).not.toContain('niet bij de klacht betrokken');

    const committee = letter(byKey('dienstverlener-klachtencommissie'), 'further_handling', 'u');
    // 001: the chair of the committee weighs both sides and takes the position.
    expect(committee.text).toContain('De voorzitter van onze klachtencommissie, NC Jansen, beoordeelt uw klacht. Daarbij horen wij u en iedereen die in uw klacht wordt genoemd (hoor en wederhoor).');
    const dokh = letter(byKey('zorg-welzijn-dokh'), 'further_handling', 'je');
    expect(dokh.text).toContain('Een medewerker die niet bij de klacht betrokken is, beoordeelt je klacht.');
  });

  it('under 004, where nobody judges, say that an owner seeks a solution with the customer and the file closes on their agreement', () => {
    const coordinator = byKey('zorgbedrijf-coordinator');
    const handling = letter(coordinator, 'further_handling', 'u');
    expect(handling.text).toContain('Wij wijzen een medewerker aan die uw klacht in behandeling neemt en met u zoekt naar een passende oplossing. Daarna bespreken wij met u hoe de afhandeling is verlopen. Wij sluiten uw klacht pas af als u akkoord bent.');
    expect(handling.text).not.toMatch(/beoordeel|niet bij de klacht betrokken/);
    expect(letter(coordinator, 'invitation', 'u').text).not.toMatch(/oordeel/);
    expect(letter(coordinator, 'invitation', 'je').text).not.toMatch(/oordeel/);
  });

  it('end a typed sentence with a full stop, list measures mid-sentence and say by when each is done (Wkkgz)', () => {
    const wkkgz = letter(byKey('zorgaanbieder-wkkgz'), 'decision', 'u');
    expect(wkkgz.text).toContain('Oplossing: De monteur herstelt de verwarming kosteloos.\n');
    expect(wkkgz.text).toContain('Om herhaling te voorkomen nemen wij de volgende maatregelen: Afspraken worden een dag vooraf bevestigd (uiterlijk 30 juni 2026); de planning wordt wekelijks nagelopen.');
    expect(letter(byKey('eenmanszaak-nrto'), 'closing', 'je').text).toMatch(/afgesproken: De monteur herstelt de verwarming kosteloos\.\n/);
  });

  it('say a ruling binds the customer only where it does by law; under 003 the NRTO commission binds the business alone', () => {
    const soleTrader = letter(byKey('eenmanszaak-nrto'), 'decision', 'je');
    expect(soleTrader.text).toContain('We houden ons aan het oordeel van deze instantie.');
    expect(soleTrader.text).not.toContain('bindend voor jou');
    expect(letter(byKey('dienstverlener-klachtencommissie'), 'decision', 'u').text).toContain('Burgerlijke rechter\nHet oordeel van deze instantie is bindend voor u en voor ons.');
  });

  it('ask for the complaint in writing without offering a way the regeling does not (003: e-mail only), and with the written route first (001)', () => {
    const soleTrader = letter(byKey('eenmanszaak-nrto'), 'request_written', 'je');
    expect(soleTrader.text).toContain('Wil je je klacht daarom schriftelijk naar ons sturen? Maak je klacht, eventueel nadat je die mondeling hebt geuit, schriftelijk kenbaar door te mailen naar');
    expect(soleTrader.text).not.toMatch(/op papier/);
    // 001 asks a phone call with the employee before a formal complaint; the letter follows a call, so the written route comes first.
    expect(letter(byKey('dienstverlener-klachtencommissie'), 'request_written', 'u').text).toContain(
      'Wilt u uw klacht daarom schriftelijk aan ons sturen? Een formele klacht dient u schriftelijk in, bij voorkeur per e-mail, bij de voorzitter van de klachtencommissie: NC Jansen',
    );
  });

  it('ask "not satisfied?" once above the bodies, not again in the first body (000)', () => {
    for (const form of ['u', 'je'] as const) {
      const decision = letter(byKey('zorg-welzijn-dokh'), 'decision', form).text;
      expect(decision.match(/niet tevreden/g), form).toHaveLength(1);
      expect(decision).toContain(form === 'je' ? 'Directeur van M@\nJe kunt een persoonlijk gesprek aanvragen met de directeur van M@' : 'Directeur van M@\nU kunt een persoonlijk gesprek aanvragen met de directeur van M@');
    }
  });

  it("003's closing mail says what was agreed: the solution, as its regeling has no agreement step", () => {
    const closing = letter(byKey('eenmanszaak-nrto'), 'closing', 'je');
    expect(closing.text).toContain('We hebben het volgende met je afgesproken: De monteur herstelt de verwarming kosteloos');
  });
});
