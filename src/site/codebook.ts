/**
 * The codebook: every column of every CSV an edition offers, every code those columns use and
 * every indicator with its unit and definition. Read off the model's own constants (dimensions,
 * indicators, reliability classes, missing reasons) and off each file's Table Schema, so that a
 * new indicator or code appears here without being written twice.
 */
import { columnUnit } from '../model/columnUnits.ts';
import { AREAS, EXPLOITATIONS, LOCATIONS, SEXES } from '../model/dimensions.ts';
import { INDICATOR_NAMES, INDICATORS, UNITS, type Unit } from '../model/indicators.ts';
import type { Locale } from '../model/locale.ts';
import { MISSING_REASON_NAMES } from '../model/missing.ts';
import { RELIABILITY_CLASSES, type ReliabilityClass } from '../model/reliability.ts';
import { indicatorDescription, missingReason, unitDescription } from '../i18n/indicators.ts';
import {
  countryName,
  exploitationLabel,
  locationLabel,
  reliabilityDescription,
  reliabilityLabel,
} from '../i18n/terms.ts';
import { toCsv } from '../generated/writeEdition.ts';
import type { TableSchema } from './tableSchema.ts';

/** One line of the codebook: a column of a file, a code of a dimension, an indicator or a unit. */
export interface CodebookEntry {
  /** a file (data/estimates.csv), or what the code names: country, location, indicator, unit … */
  scope: string;
  name: string;
  unit: string;
  definition: string;
}

export const CODEBOOK_COLUMNS = ['scope', 'name', 'unit', 'definition'] as const;

export const CODEBOOK_SCHEMA: TableSchema = {
  fields: [
    { name: 'scope', type: 'string', description: 'a file, for its columns; else what the codes name' },
    { name: 'name', type: 'string', description: 'the column, the code, the indicator or the unit' },
    { name: 'unit', type: 'string', description: 'what a value is measured in; empty for words and codes' },
    { name: 'definition', type: 'string', description: 'what it means' },
  ].map((field) => ({ ...field, type: 'string' as const, constraints: { required: field.name !== 'unit' } })),
  missingValues: [''],
  primaryKey: ['scope', 'name'],
};

/** The words of the codebook's own definitions, in each language; the codes themselves are the same in all. */
const CODEBOOK_WORDS = {
  en: {
    exploitation: (label: string) => `${label} exploitation`,
    allKinds: 'all kinds of exploitation together',
    women: 'women and girls',
    men: 'men and boys',
    allSexes: 'all victims, of either sex, together',
    marked: (mark: string) => ` (marked ${mark})`,
  },
  ru: {
    exploitation: (label: string) => `${label} эксплуатация`,
    allKinds: 'все виды эксплуатации вместе',
    women: 'женщины и девочки',
    men: 'мужчины и мальчики',
    allSexes: 'все жертвы обоих полов вместе',
    marked: (mark: string) => ` (отметка ${mark})`,
  },
} satisfies Record<Locale, unknown>;

/** The codes of the dimensions and classes, as they appear in the downloads; their meanings in a language. */
export function codeEntries(locale: Locale = 'en'): CodebookEntry[] {
  const w = CODEBOOK_WORDS[locale];
  const code = (scope: string, name: string, definition: string) => ({ scope, name, unit: '', definition });
  return [
    ...AREAS.map((area) => code('country', area, countryName(area, locale))),
    ...[...LOCATIONS, 'all' as const].map((location) => code('location', location, locationLabel(location, locale))),
    ...EXPLOITATIONS.map((e) => code('exploitation', e, w.exploitation(exploitationLabel(e, locale)))),
    code('exploitation', 'all', w.allKinds),
    ...SEXES.map((sex) => code('sex', sex, sex === 'women' ? w.women : w.men)),
    code('sex', 'all', w.allSexes),
    ...(Object.keys(RELIABILITY_CLASSES) as ReliabilityClass[]).map((name) => {
      const { mark } = RELIABILITY_CLASSES[name];
      const label = reliabilityLabel(name, locale);
      return code(
        'reliability',
        name,
        `${label}${mark ? w.marked(mark) : ''}: ${reliabilityDescription(name, locale)}`,
      );
    }),
    ...MISSING_REASON_NAMES.map((name) => code('missing', name, missingReason(name, locale))),
  ];
}

/** Every indicator, and every unit an indicator is given in; their definitions in a language. */
export function indicatorEntries(locale: Locale = 'en'): CodebookEntry[] {
  return [
    ...INDICATOR_NAMES.map((name) => ({
      scope: 'indicator',
      name,
      unit: INDICATORS[name].unit,
      definition: indicatorDescription(name, locale),
    })),
    ...(Object.keys(UNITS) as Unit[]).map((name) => ({
      scope: 'unit',
      name,
      unit: '',
      definition: unitDescription(name, locale),
    })),
  ];
}

/** The columns of each CSV, from its Table Schema. */
export function columnEntries(files: readonly { path: string; schema?: TableSchema }[]): CodebookEntry[] {
  return files.flatMap((file) =>
    (file.schema?.fields ?? []).map((field) => ({
      scope: file.path,
      name: field.name,
      unit: columnUnit(field.name) ?? (field.name === 'value' ? "the indicator's unit" : ''),
      definition: field.description ?? field.title ?? '',
    })),
  );
}

export const codebookCsv = (entries: readonly CodebookEntry[]) => toCsv(entries, CODEBOOK_COLUMNS);
