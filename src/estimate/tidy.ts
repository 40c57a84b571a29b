import Papa from 'papaparse';
import { INDICATORS, type Unit } from '../model/indicators.ts';
import type { Figure } from './figure.ts';
import type { Reconciliation } from './reconcile.ts';

/** One row of estimates.csv: the tidy long form readers download. */
export interface EstimateRow {
  edition: string;
  country: string;
  location: string;
  exploitation: string;
  sex: string;
  indicator: string;
  value: number;
}

export const ESTIMATE_COLUMNS = ['edition', 'country', 'location', 'exploitation', 'sex', 'indicator', 'value'] as const;

/** Decimals kept in downloads: whole people, rates to 1/10,000, shares to a millionth. */
const DECIMALS: Record<Unit, number> = { count: 0, persons: 4, rate: 4, share: 6, change: 6, small_share: 9 };

export function roundForUnit(value: number, unit: Unit): number {
  const factor = 10 ** DECIMALS[unit];
  return Math.round(value * factor) / factor + 0;
}

const AREA_ORDER = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA'];
const ORDER: Record<string, number> = { inside: 0, abroad: 1, labor: 0, sexual: 1, women: 0, men: 1, all: 2 };
const INDICATOR_ORDER = Object.keys(INDICATORS);

export function estimateRows(edition: string, figures: readonly Figure[]): EstimateRow[] {
  return figures
    .map((f) => ({
      edition,
      country: f.country,
      location: f.location,
      exploitation: f.exploitation,
      sex: f.sex,
      indicator: f.indicator,
      value: roundForUnit(f.value.value, INDICATORS[f.indicator].unit),
    }))
    .sort(
      (a, b) =>
        AREA_ORDER.indexOf(a.country) - AREA_ORDER.indexOf(b.country) ||
        INDICATOR_ORDER.indexOf(a.indicator) - INDICATOR_ORDER.indexOf(b.indicator) ||
        ORDER[a.location]! - ORDER[b.location]! ||
        ORDER[a.exploitation]! - ORDER[b.exploitation]! ||
        ORDER[a.sex]! - ORDER[b.sex]!,
    );
}

export const RECONCILIATION_COLUMNS = ['id', 'figure', 'key', 'source', 'published', 'recomputed', 'class', 'difference_percent', 'note'] as const;

/** One row of reconciliation.csv (and of the audit table): a printed figure beside its recomputed value. */
export type ReconciliationRow = ReturnType<typeof reconciliationRows>[number];

export function reconciliationRows(reconciliation: readonly Reconciliation[]) {
  return reconciliation.map((r) => ({
    id: r.id,
    figure: r.figure,
    key: r.key,
    source: r.source,
    published: +r.published.toPrecision(12),
    recomputed: +r.recomputed.toPrecision(8),
    class: r.class,
    difference_percent: +(r.difference * 100).toFixed(2),
    note: r.note,
  }));
}

export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((c) => row[c])) }, { newline: '\n' })}\n`;
}
