/**
 * The codebook: every column of every CSV an edition offers, every code those columns use and
 * every indicator with its unit and definition. Read off the model's own constants (dimensions,
 * indicators, reliability classes, missing reasons) and off each file's Table Schema, so that a
 * new indicator or code appears here without being written twice.
 */
import { columnUnit } from '../model/columnUnits.ts';
import {
  AREAS,
  COUNTRY_NAMES,
  EXPLOITATION_LABELS,
  EXPLOITATIONS,
  LOCATION_LABELS,
  SEXES,
} from '../model/dimensions.ts';
import { INDICATOR_NAMES, INDICATORS, UNITS } from '../model/indicators.ts';
import { MISSING_REASONS } from '../model/missing.ts';
import { RELIABILITY_CLASSES } from '../model/reliability.ts';
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

const ALL = (what: string) => `all ${what} together`;

/** The codes of the dimensions and classes, as they appear in the downloads. */
export function codeEntries(): CodebookEntry[] {
  const code = (scope: string, name: string, definition: string) => ({ scope, name, unit: '', definition });
  return [
    ...AREAS.map((area) => code('country', area, COUNTRY_NAMES[area])),
    ...Object.entries(LOCATION_LABELS).map(([location, label]) => code('location', location, label)),
    ...EXPLOITATIONS.map((e) => code('exploitation', e, `${EXPLOITATION_LABELS[e]} exploitation`)),
    code('exploitation', 'all', ALL('kinds of exploitation')),
    ...SEXES.map((sex) => code('sex', sex, sex === 'women' ? 'women and girls' : 'men and boys')),
    code('sex', 'all', ALL('victims, of either sex')),
    ...Object.entries(RELIABILITY_CLASSES).map(([name, c]) =>
      code('reliability', name, `${c.label}${c.mark ? ` (marked ${c.mark})` : ''}: ${c.description}`),
    ),
    ...Object.entries(MISSING_REASONS).map(([name, reason]) => code('missing', name, reason)),
  ];
}

/** Every indicator, and every unit an indicator is given in. */
export function indicatorEntries(): CodebookEntry[] {
  return [
    ...INDICATOR_NAMES.map((name) => ({
      scope: 'indicator',
      name,
      unit: INDICATORS[name].unit,
      definition: INDICATORS[name].description,
    })),
    ...Object.entries(UNITS).map(([name, definition]) => ({ scope: 'unit', name, unit: '', definition })),
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
