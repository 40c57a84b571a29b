/**
 * The build's first step: for every survey round in data/ (a folder with an edition.json),
 * validate its files, compute every estimate, reconcile the printed figures, and write
 * generated/<edition>/ for the pages and the downloads. All editions are computed before
 * anything is written, and the output is written to a temporary folder and renamed, so a
 * fault in any file leaves the previous output untouched and nothing half-written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataErrors, DataError } from '../src/data/dataError.ts';
import { loadEdition, type EditionContext } from '../src/data/loadEdition.ts';
import type { EditionInput, EditionMeta } from '../src/model/edition.ts';
import { estimateEdition } from '../src/estimate/estimateEdition.ts';
import { ESTIMATE_COLUMNS, estimateRows, RECONCILIATION_COLUMNS, reconciliationRows, toCsv } from '../src/estimate/tidy.ts';

export interface EditionOutput {
  edition: string;
  files: Record<string, string>;
}

export interface EditionManifest {
  edition: string;
  meta: EditionMeta;
  /** sha256 of the round's data files, by name and content */
  checksum: string;
  dataFiles: string[];
}

/** Reads and computes every edition under dataDir; throws DataErrors naming every fault found. */
export function computeEditions(dataDir: string): EditionOutput[] {
  const editions = readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dataDir, entry.name, 'edition.json')))
    .map((entry) => entry.name)
    .sort();
  if (editions.length === 0) throw new DataErrors([new DataError(dataDir, 1, 1, 'expected at least one folder with an edition.json')]);
  const errors: DataError[] = [];
  const outputs: EditionOutput[] = [];
  for (const name of editions) {
    const dir = join(dataDir, name);
    try {
      const { input, context } = loadEdition(dir, (file) => readFileSync(join(dir, file)));
      if (input.edition !== name) throw new DataErrors([new DataError(join(dir, 'edition.json'), 1, 1, `edition: expected "${name}" (the folder's name), found "${input.edition}"`)]);
      outputs.push(render(input, context, dir));
    } catch (error) {
      if (error instanceof DataErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  if (errors.length > 0) throw new DataErrors(errors);
  return outputs;
}

function render(input: EditionInput, context: EditionContext, dir: string): EditionOutput {
  const { edition, meta } = input;
  const estimates = estimateEdition(input);
  const rows = estimateRows(edition, estimates.figures);
  const reconciliation = reconciliationRows(estimates.reconciliation);
  const dataFiles = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
  const hash = createHash('sha256');
  for (const file of dataFiles) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
  const manifest: EditionManifest = { edition, meta, checksum: hash.digest('hex'), dataFiles };
  return {
    edition,
    files: {
      'edition.json': `${JSON.stringify(manifest, null, 2)}\n`,
      'estimates.csv': toCsv(rows, ESTIMATE_COLUMNS),
      'estimates.json': `${JSON.stringify(rows)}\n`,
      'reconciliation.csv': toCsv(reconciliation, RECONCILIATION_COLUMNS),
      'reconciliation.json': `${JSON.stringify(reconciliation)}\n`,
      'context.json': `${JSON.stringify(context)}\n`,
    },
  };
}

/** Replaces outDir with the outputs, through a temporary folder renamed at the end. */
export function writeEditions(outDir: string, outputs: readonly EditionOutput[]): void {
  const temporary = `${outDir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  for (const output of outputs) {
    mkdirSync(join(temporary, output.edition), { recursive: true });
    for (const [name, content] of Object.entries(output.files)) writeFileSync(join(temporary, output.edition, name), content);
  }
  const editions = outputs.map((o) => o.edition);
  writeFileSync(join(temporary, 'editions.json'), `${JSON.stringify({ editions, latest: editions.at(-1) }, null, 2)}\n`);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(temporary, outDir);
}

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // usage: tsx scripts/estimate.ts [DATA_DIR [OUT_DIR]]
  const [dataDir = join(root, 'data'), outDir = join(root, 'generated')] = process.argv.slice(2);
  try {
    const outputs = computeEditions(dataDir);
    writeEditions(outDir, outputs);
    for (const output of outputs) console.log(`estimate: edition ${output.edition} written to ${join(outDir, output.edition)}`);
  } catch (error) {
    if (error instanceof DataErrors) {
      console.error(`estimate: the data has ${error.errors.length} fault${error.errors.length > 1 ? 's' : ''}; nothing was written\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
