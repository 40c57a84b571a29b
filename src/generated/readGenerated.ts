/**
 * The pages' only door to the data: reads what scripts/estimate.ts wrote to generated/.
 * Pages never read data/ and never compute an estimate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EditionContext } from '../data/loadEdition.ts';
import type { EstimateRow, ReconciliationRow } from '../estimate/tidy.ts';
import type { ExclusionReport } from '../estimate/estimateRound.ts';
import type { EditionManifest } from '../../scripts/estimate.ts';

const root = fileURLToPath(new URL('../../generated/', import.meta.url));

function read(path: string): string {
  const file = `${root}${path}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run estimate" (npm run build does it first)`);
  return readFileSync(file, 'utf8');
}

export const DOWNLOADS = ['estimates.csv', 'estimates.json', 'reconciliation.csv'] as const;

export function editions(): { editions: string[]; latest: string } {
  return JSON.parse(read('editions.json'));
}

export function manifest(edition: string): EditionManifest {
  return JSON.parse(read(`${edition}/edition.json`));
}

export function estimates(edition: string): EstimateRow[] {
  return JSON.parse(read(`${edition}/estimates.json`));
}

export function reconciliation(edition: string): ReconciliationRow[] {
  return JSON.parse(read(`${edition}/reconciliation.json`));
}

export function exclusions(edition: string): ExclusionReport {
  return JSON.parse(read(`${edition}/exclusions.json`));
}

export function context(edition: string): EditionContext {
  return JSON.parse(read(`${edition}/context.json`));
}

export function downloadFile(edition: string, name: (typeof DOWNLOADS)[number]): string {
  return read(`${edition}/${name}`);
}
