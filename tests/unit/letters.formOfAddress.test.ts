import { describe, expect, it } from 'vitest';
import { inFormOfAddress } from '../../src-renderer/src/letters/formOfAddress';

/** A regeling's text quoted in a letter of the other form of address reads as if written in that form. */
describe('a procedure text in the letter’s form of address', () => {
  it('turns "u" into "je", with the verb an inverted "je" takes and "zich" as "je"', () => {
    expect(inFormOfAddress('Bent u niet tevreden, dan kunt u uw bezwaar richten aan de commissie. Zij laat u dat weten.', 'u', 'je')).toBe(
      'Ben je niet tevreden, dan kun je je bezwaar richten aan de commissie. Zij laat je dat weten.',
    );
    expect(inFormOfAddress('Deze procedure sluit niet uit dat u zich tot de rechter wendt. U heeft twaalf maanden.', 'u', 'je')).toBe(
      'Deze procedure sluit niet uit dat je je tot de rechter wendt. Je hebt twaalf maanden.',
    );
  });

  it('turns "je" into "u" or "uw" by the word that follows, and "je je wenden" into "u zich wenden"', () => {
    expect(inFormOfAddress('Is je klacht niet naar je tevredenheid afgehandeld, dan kun je je wenden tot de commissie. Richt je klacht aan het secretariaat.', 'je', 'u')).toBe(
      'Is uw klacht niet naar uw tevredenheid afgehandeld, dan kunt u zich wenden tot de commissie. Richt uw klacht aan het secretariaat.',
    );
    expect(inFormOfAddress('We kunnen je in contact brengen; hij ondersteunt je ook. Je kunt mailen, zodat je een antwoord krijgt.', 'je', 'u')).toBe(
      'We kunnen u in contact brengen; hij ondersteunt u ook. U kunt mailen, zodat u een antwoord krijgt.',
    );
  });

  it('leaves e-mail addresses, names and a text already in the letter’s form alone', () => {
    expect(inFormOfAddress('Mail naar je@voorbeeld.nl of naar u.jansen@voorbeeld.nl.', 'u', 'je')).toBe('Mail naar je@voorbeeld.nl of naar u.jansen@voorbeeld.nl.');
    expect(inFormOfAddress('Bent u niet tevreden?', 'u', 'u')).toBe('Bent u niet tevreden?');
  });
});
