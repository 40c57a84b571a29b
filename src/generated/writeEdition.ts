/**
 * An edition's computed results as the files of generated/<edition>/, each checked against the
 * contract before it is written: a value that is not finite, or a row of the wrong shape, stops
 * the build here, naming the row, instead of reaching a page.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { figureKey, type Figure, type MissingFigure } from '../estimate/figure.ts';
import type { Reconciliation } from '../estimate/reconcile.ts';
import type { EditionMeta } from '../model/edition.ts';
import { asClause, roundForUnit } from '../model/format.ts';
import { INDICATOR_NAMES, INDICATORS } from '../model/indicators.ts';
import type { ExclusionReport } from '../model/questionnaire.ts';
import {
  EDITION_FILES,
  ESTIMATE_COLUMNS,
  RECONCILIATION_COLUMNS,
  type EditionContext,
  type EditionFile,
  type EditionManifest,
  type EstimateRow,
  type ReconciliationRow,
  type RecordSummary,
} from './contract.ts';

/** Everything the estimate stage computed for one edition. */
export interface EditionResults {
  meta: EditionMeta;
  figures: readonly (Figure | MissingFigure)[];
  reconciliation: readonly Reconciliation[];
  context: EditionContext;
  exclusions: ExclusionReport;
}

const AREA_ORDER = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'CA'];
const ORDER: Record<string, number> = { inside: 0, abroad: 1, labor: 0, sexual: 1, women: 0, men: 1, all: 2 };

/** The tidy long form readers download, in a fixed order: area, indicator, location, exploitation, sex. */
export function estimateRows(edition: string, figures: readonly (Figure | MissingFigure)[]): EstimateRow[] {
  return figures
    .map((f): EstimateRow => {
      const { country, location, exploitation, sex, indicator } = f;
      const missing = 'missing' in f ? f.missing : null;
      const value = 'missing' in f ? null : roundForUnit(f.value.value, INDICATORS[indicator].unit);
      const reliability = 'missing' in f ? null : (f.reliability ?? null);
      return { edition, country, location, exploitation, sex, indicator, value, missing, reliability };
    })
    .sort(
      (a, b) =>
        AREA_ORDER.indexOf(a.country) - AREA_ORDER.indexOf(b.country) ||
        INDICATOR_NAMES.indexOf(a.indicator) - INDICATOR_NAMES.indexOf(b.indicator) ||
        ORDER[a.location]! - ORDER[b.location]! ||
        ORDER[a.exploitation]! - ORDER[b.exploitation]! ||
        ORDER[a.sex]! - ORDER[b.sex]!,
    );
}

/** The audit's rows: against the recomputed value, `other_*` empty; against other prints, `recomputed` empty. */
export function reconciliationRows(reconciliation: readonly Reconciliation[]): ReconciliationRow[] {
  return reconciliation.map((r) => ({
    id: r.id,
    figure: r.figure,
    key: r.key,
    source: r.source,
    published: +r.published.toPrecision(12),
    compared_with: r.comparedWith,
    recomputed: r.comparedWith === 'recomputed' ? +r.recomputed.toPrecision(8) : null,
    other_printed: r.comparedWith === 'recomputed' ? null : +r.otherPrinted.toPrecision(12),
    other_source: r.comparedWith === 'recomputed' ? null : r.otherSource,
    class: r.class,
    difference_percent: +(r.difference * 100).toFixed(2),
    note: r.note,
  }));
}

/** A CSV with a header line; null and undefined become empty cells. */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const data = rows.map((row) => columns.map((c) => row[c] ?? ''));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n' })}\n`;
}

/**
 * The files of generated/<edition>/, by name.
 * @throws Error naming the file, the row and the fault when a result breaks the contract
 */
export function editionFiles(
  edition: string,
  results: EditionResults,
  source: { checksum: string; dataFiles: string[] },
  record: RecordSummary,
): Record<string, string> {
  const estimates = estimateRows(edition, results.figures);
  const reconciliation = reconciliationRows(results.reconciliation);
  const manifest: EditionManifest = { edition, meta: results.meta, ...source };
  const json: Record<EditionFile, unknown> = {
    'edition.json': manifest,
    'estimates.json': estimates,
    'reconciliation.json': reconciliation,
    'context.json': results.context,
    'exclusions.json': results.exclusions,
    'record.json': record,
  };
  for (const [name, value] of Object.entries(json) as [EditionFile, unknown][])
    checked(`${edition}/${name}`, EDITION_FILES[name], value);
  return {
    'edition.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'estimates.csv': toCsv(estimates, ESTIMATE_COLUMNS),
    'estimates.json': `${JSON.stringify(estimates)}\n`,
    'reconciliation.csv': toCsv(reconciliation, RECONCILIATION_COLUMNS),
    'reconciliation.json': `${JSON.stringify(reconciliation)}\n`,
    'context.json': `${JSON.stringify(results.context)}\n`,
    'exclusions.json': `${JSON.stringify(results.exclusions, null, 1)}\n`,
    'record.json': `${JSON.stringify(record, null, 1)}\n`,
  };
}

function checked(file: string, schema: z.ZodTypeAny, value: unknown): void {
  const result = schema.safeParse(value);
  if (result.success) return;
  const issue = result.error.issues[0]!;
  // name the row by its key where it has one, so that "estimates.json[412]" says which estimate
  const row = typeof issue.path[0] === 'number' && Array.isArray(value) ? value[issue.path[0]] : undefined;
  const key = row && typeof row === 'object' && 'indicator' in row ? ` (${figureKey(row as EstimateRow)})` : '';
  throw new Error(
    `estimate: generated/${file} would break its contract at ${issue.path.join('.') || 'the top'}${key}: ` +
      asClause(issue.message),
  );
}
