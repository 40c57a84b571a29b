/**
 * The dimensions every figure of the report is classified by, in the report's terms.
 * Codes are the ones used in data files, generated CSVs and content references.
 */

export const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Central Asia: the five countries together. */
export const REGION = 'CA' as const;
export type Area = Country | typeof REGION;
export const AREAS: readonly Area[] = [...COUNTRIES, REGION];

export const COUNTRY_NAMES: Record<Area, string> = {
  KZ: 'Kazakhstan',
  KG: 'Kyrgyzstan',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  UZ: 'Uzbekistan',
  CA: 'Central Asia',
};

/** Where the exploitation took place: inside the respondent's country or abroad. */
export const LOCATIONS = ['inside', 'abroad'] as const;
export type Location = (typeof LOCATIONS)[number];

export const EXPLOITATIONS = ['labor', 'sexual'] as const;
export type Exploitation = (typeof EXPLOITATIONS)[number];
export const EXPLOITATION_LABELS: Record<Exploitation, string> = { labor: 'Labor', sexual: 'Sexual' };

export const SEXES = ['women', 'men'] as const;
export type Sex = (typeof SEXES)[number];

/** A dimension value, or `all` for the total over that dimension. */
export type OrAll<T> = T | 'all';

/** How every page names a location, as a heading; `locationPhrase` gives it inside a sentence. */
export const LOCATION_LABELS: Record<OrAll<Location>, string> = {
  inside: 'Inside the country',
  abroad: 'Abroad',
  all: 'Inside the country and abroad',
};

/** @example locationPhrase('inside') // => "inside the country" */
export const locationPhrase = (location: OrAll<Location>) =>
  LOCATION_LABELS[location].charAt(0).toLowerCase() + LOCATION_LABELS[location].slice(1);

export interface Cell {
  location: OrAll<Location>;
  exploitation: OrAll<Exploitation>;
  sex: OrAll<Sex>;
}

export function isCountry(code: string): code is Country {
  return (COUNTRIES as readonly string[]).includes(code);
}
