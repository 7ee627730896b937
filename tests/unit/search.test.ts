import { describe, expect, it } from 'vitest';
import {
  detailTermsOfCustomer,
  matchesSearch,
  parseSearchQuery,
  searchTermsForComplaint,
  searchTermsForCustomer,
  type SearchableComplaint,
  type SearchableCustomer,
} from '../../src-renderer/src/domain/search';
import { normalizeText } from '../../src-renderer/src/domain/text';

const customer: SearchableCustomer = {
  name: 'Hüseyin Çelik',
  customerNumber: 'KL-20455',
  phone: '+31 6 1234 5678',
  email: 'h.celik@example.nl',
  street: 'Oude Haven 12a',
  postcode: '2801 AB',
  city: '’s-Hertogenbosch',
};
const complaint: SearchableComplaint = {
  reference: 'K-2026-0042',
  summary: 'De verwarming van het kantoor is kapot',
  category: 'Dienstverlening',
  productOrService: 'Cv-ketel onderhoud',
  employeesInvolved: ['Marieke van den Berg'],
};
// What search matches a complaint on: its own terms and its customer's (found through the customer).
const terms = [...searchTermsForComplaint(complaint, customer), ...searchTermsForCustomer(customer)];
const finds = (query: string) => matchesSearch(terms, parseSearchQuery(query));

describe('normalizing', () => {
  it('removes accents and case', () => {
    expect(normalizeText('Hüseyin Ölçer Çelik café')).toBe('huseyin olcer celik cafe');
    expect(normalizeText('Işık Søren Straße')).toBe('isik soren strasse');
  });
});

describe('search terms', () => {
  it('are unique, at least two characters, and leave out stop words of the summary', () => {
    for (const own of [searchTermsForComplaint(complaint, customer), searchTermsForCustomer(customer)]) expect(new Set(own).size).toBe(own.length);
    expect(terms.every((term) => term.length >= 2)).toBe(true);
    expect(terms).not.toContain('het');
    expect(terms).toContain('verwarming');
  });

  it("of a complaint carry its customer's name, not the details search finds through the customer", () => {
    const own = searchTermsForComplaint(complaint, customer);
    expect(own).toEqual(expect.arrayContaining(['huseyin', 'celik', 'k20260042']));
    expect(own).not.toContain('0612345678');
    expect(own).not.toContain('2801ab');
    expect(own).not.toContain('haven');
  });

  it("of a customer, without the name, are what a complaint is found by through its customer", () => {
    const details = detailTermsOfCustomer({ name: customer.name, searchTerms: searchTermsForCustomer(customer) });
    expect(details).toEqual(expect.arrayContaining(['0612345678', '2801ab', 'haven']));
    expect(details).not.toContain('celik');
  });

  it('keep the particles of a name', () => {
    expect(searchTermsForCustomer({ ...customer, name: 'Jan de Vries' })).toEqual(expect.arrayContaining(['jan', 'de', 'vries']));
  });
});

describe('matching a complaint', () => {
  it.each([
    ['06-12345678'],
    ['0612345678'],
    ['+31 6 1234 5678'],
    ['0031 6 12345678'],
    ['06 1234'],
  ])('finds it by the phone number typed as %s', (query) => expect(finds(query)).toBe(true));

  it.each([['celik'], ['Çelik'], ['huseyin cel'], ['HÜSEYIN']])('finds it by name typed as %s', (query) =>
    expect(finds(query)).toBe(true),
  );

  it.each([['verw'], ['kapot verwarming'], ['cv ketel'], ['marieke berg']])('finds it by words of the complaint: %s', (query) =>
    expect(finds(query)).toBe(true),
  );

  it.each([['2801 AB'], ['2801ab'], ['2801 a'], ['2801']])('finds it by postcode typed as %s', (query) =>
    expect(finds(query)).toBe(true),
  );

  it.each([['K-2026-0042'], ['k2026-0042'], ['2026-42'], ['k-2026-42'], ['K20260042'], ['0042']])(
    'finds it by reference typed as %s',
    (query) => expect(finds(query)).toBe(true),
  );

  it.each([['K-2026-0043'], ['2025-42'], ['06-87654321'], ['2802 AB'], ['verwarmingsketel'], ['celik jansen']])(
    'does not find it by %s',
    (query) => expect(finds(query)).toBe(false),
  );

  it('finds it by customer number and e-mail', () => {
    expect(finds('KL-20455')).toBe(true);
    expect(finds('kl20455')).toBe(true);
    expect(finds('h.celik@example.nl')).toBe(true);
  });
});

describe('parsing a query', () => {
  it('glues typed pieces of numbers into one token', () => {
    expect(parseSearchQuery('+31 6 1234 5678')).toEqual(['0612345678']);
    expect(parseSearchQuery('(020) 123 4567 jansen')).toEqual(['0201234567', 'jansen']);
    expect(parseSearchQuery('1234 AB')).toEqual(['1234ab']);
    expect(parseSearchQuery('K-2026-1')).toEqual(['k20260001']);
  });

  it('keeps a postcode after a phone number apart', () => {
    expect(parseSearchQuery('0182 359823 2801 AB')).toEqual(['0182359823', '2801ab']);
  });

  it('drops stop words unless there is nothing else', () => {
    expect(parseSearchQuery('de vries')).toEqual(['vries']);
    expect(parseSearchQuery('de')).toEqual(['de']);
  });

  it('finds "e-mail" by "mail": a one-letter piece of a word is not among the terms', () => {
    expect(parseSearchQuery('E-mail')).toEqual(['mail']);
    expect(matchesSearch(searchTermsForComplaint({ ...complaint, summary: 'E-mail niet beantwoord' }, null), parseSearchQuery('e-mail niet'))).toBe(true);
    // A letter on its own is an initial, typed to narrow: it stays.
    expect(parseSearchQuery('jan b')).toEqual(['jan', 'b']);
    // An initial written with its dot is a piece of a name the record does not carry either.
    expect(parseSearchQuery('J. de Vries')).toEqual(['vries']);
    expect(parseSearchQuery("van 't hek")).toEqual(['hek']);
  });

  it('drops a token another token already demands', () => {
    expect(parseSearchQuery('jan jans')).toEqual(['jans']);
  });
});
