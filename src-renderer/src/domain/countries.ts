/**
 * The countries a customer's address can be in: ISO 3166 codes, Dutch names.
 * The Netherlands first (the default); then the neighbours, then the rest by name.
 */
export const COUNTRIES = [
  'NL', 'BE', 'DE', 'AT', 'BG', 'CH', 'CW', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IT', 'LU', 'MA', 'NO', 'PL', 'PT', 'RO', 'SE', 'SR', 'TR', 'US',
] as const;
export type Country = (typeof COUNTRIES)[number];

export const DEFAULT_COUNTRY: Country = 'NL';

export const COUNTRY_LABELS: Record<Country, string> = {
  NL: 'Nederland',
  BE: 'België',
  DE: 'Duitsland',
  AT: 'Oostenrijk',
  BG: 'Bulgarije',
  CH: 'Zwitserland',
  CW: 'Curaçao',
  DK: 'Denemarken',
  ES: 'Spanje',
  FI: 'Finland',
  FR: 'Frankrijk',
  GB: 'Verenigd Koninkrijk',
  GR: 'Griekenland',
  HR: 'Kroatië',
  HU: 'Hongarije',
  IE: 'Ierland',
  IT: 'Italië',
  LU: 'Luxemburg',
  MA: 'Marokko',
  NO: 'Noorwegen',
  PL: 'Polen',
  PT: 'Portugal',
  RO: 'Roemenië',
  SE: 'Zweden',
  SR: 'Suriname',
  TR: 'Turkije',
  US: 'Verenigde Staten',
};
