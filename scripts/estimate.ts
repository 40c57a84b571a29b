/**
 * The build's first step: for every survey round in data/ (a folder with an edition.json or a
 * round.json), validate its files, compute every estimate, reconcile the printed figures, and write
 * generated/<edition>/ for the pages and the downloads. All editions are computed before
 * anything is written, and the output is written to a temporary folder and renamed, so a
 * fault in any file leaves the previous output untouched and nothing half-written.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { shownPath } from './shownPath.ts';
import { fileURLToPath } from 'node:url';
import { DataErrors, DataError } from '../src/data/dataError.ts';
import { editionFolders } from '../src/data/editionFolders.ts';
import { editionRecord, RECORD_FILE, type EditionRecord } from '../src/data/editionRecord.ts';
import { editionNameFault, readJson } from '../src/data/readJson.ts';
import { loadEdition } from '../src/data/loadEdition.ts';
import { estimateEdition } from '../src/estimate/estimateEdition.ts';
import { estimateRound } from '../src/estimate/estimateRound.ts';
import { FORMAT, type EditionsList, type EstimateRow } from '../src/generated/contract.ts';
import { recordFaults, recordSummary } from '../src/generated/editionRecord.ts';
import { editionFiles, estimateRows, type EditionResults } from '../src/generated/writeEdition.ts';
import { buildExclusionReport, exclusionLines } from '../src/model/questionnaire.ts';
import { tallyRound } from '../src/survey/tallyRound.ts';

export interface EditionOutput {
  edition: string;
  files: Record<string, string>;
  /** the estimates as written, for `npm run correct` to set against the record */
  rows: EstimateRow[];
  /** the edition's record, when it is published */
  record?: LoadedRecord;
}

/** A published edition's record as read: the file's place, its text (to locate faults) and its content. */
export interface LoadedRecord {
  file: string;
  text: string;
  record: EditionRecord;
}

/** The bootstrap of every questionnaire round: seeded, so that a build is repeatable. */
export const BOOTSTRAP = { replicates: 1000, seed: 20091130 };

/**
 * Reads and computes every edition under dataDir; throws DataErrors naming every fault found.
 * @param options.holdToRecord false to compute a published edition's estimates even when they differ from its
 *   record (for `npm run correct`, which writes the difference down)
 */
export async function computeEditions(
  dataDir: string,
  log: (message: string) => void = () => {},
  options: { holdToRecord?: boolean } = {},
): Promise<EditionOutput[]> {
  const { editions, skipped, faults } = editionFolders(dataDir);
  for (const { name, why } of skipped) log(`estimate: warning: ${join(dataDir, name)} left out: ${why}`);
  if (editions.length === 0 && faults.length === 0)
    throw new DataErrors([
      new DataError(dataDir, 1, 1, 'expected at least one folder with an edition.json or a round.json'),
    ]);
  const errors: DataError[] = [...faults];
  const outputs: EditionOutput[] = [];
  for (const { name, kind } of editions) {
    const dir = join(dataDir, name);
    try {
      const result = kind === 'report' ? reportEdition(dir) : await questionnaireEdition(dir);
      for (const line of exclusionLines(name, result.exclusions)) log(`estimate: ${line}`);
      const dataFiles = readdirSync(dir)
        .filter((f) => !f.startsWith('.') && f !== RECORD_FILE)
        .sort();
      const record = loadRecord(dir, name);
      const rows = estimateRows(name, result.figures);
      if (record && options.holdToRecord !== false) {
        const faults = recordFaults(record.record, record.text, record.file, rows);
        if (faults.length > 0) throw new DataErrors(faults);
      }
      const source = { checksum: checksum(dir, dataFiles), dataFiles };
      const files = editionFiles(name, result, source, recordSummary(record?.record));
      outputs.push({ edition: name, files, rows, ...(record && { record }) });
    } catch (error) {
      if (error instanceof DataErrors) errors.push(...error.errors);
      else throw error;
    }
  }
  if (errors.length > 0) throw new DataErrors(errors);
  return outputs;
}

/** The 2009 kind: the report's printed inputs; the questionnaires themselves were never published. */
function reportEdition(dir: string): EditionResults {
  const { input, context } = loadEdition(dir, (file) => readFileSync(join(dir, file)));
  const read = input.meta.questionnairesReceived;
  const valid = input.countries.reduce((n, c) => n + c.sampleSize, 0);
  return {
    ...estimateEdition(input),
    meta: input.meta,
    context,
    exclusions: buildExclusionReport({ read, valid, excluded: { notReported: read - valid } }),
  };
}

async function questionnaireEdition(dir: string): Promise<EditionResults> {
  const round = await tallyRound(dir);
  return { ...estimateRound(round, BOOTSTRAP), meta: round.meta };
}

/** The edition's record.json, read against its schema, or undefined while the edition is not published. */
export function loadRecord(dir: string, edition: string): LoadedRecord | undefined {
  const file = join(dir, RECORD_FILE);
  if (!existsSync(file)) return undefined;
  const bytes = readFileSync(file);
  const record = readJson(bytes, file, editionRecord);
  const fault = editionNameFault(record.edition, edition, file, bytes);
  if (fault) throw new DataErrors([fault]);
  return { file, text: bytes.toString('utf8'), record };
}

/** sha256 of a round's files, by name and content, read in chunks so that a large file costs little memory. */
function checksum(dir: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(1 << 20);
  for (const file of files) {
    hash.update(`${file}\0`);
    const fd = openSync(join(dir, file), 'r');
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Replaces outDir with the outputs, through a temporary folder renamed at the end. */
export function writeEditions(outDir: string, outputs: readonly EditionOutput[]): void {
  const temporary = `${outDir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  for (const output of outputs) {
    mkdirSync(join(temporary, output.edition), { recursive: true });
    for (const [name, content] of Object.entries(output.files))
      writeFileSync(join(temporary, output.edition, name), content);
  }
  const editions = outputs.map((o) => o.edition);
  const list: EditionsList = { format: FORMAT, editions, latest: editions.at(-1)! };
  writeFileSync(join(temporary, 'editions.json'), `${JSON.stringify(list, null, 2)}\n`);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(temporary, outDir);
}

const root = fileURLToPath(new URL('..', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // usage: tsx scripts/estimate.ts [DATA_DIR [OUT_DIR]]
  const [dataArgument = join(root, 'data'), outDir = join(root, 'generated')] = process.argv.slice(2);
  // paths in messages as the reader sees them from the project: data/2031/countries.csv:3:2
  const dataDir = shownPath(dataArgument);
  try {
    const outputs = await computeEditions(dataDir, (message) => console.warn(message));
    writeEditions(outDir, outputs);
    for (const output of outputs)
      console.log(`estimate: edition ${output.edition} written to ${shownPath(join(outDir, output.edition))}`);
  } catch (error) {
    if (error instanceof DataErrors) {
      console.error(
        `estimate: the data has ${error.errors.length} fault${error.errors.length > 1 ? 's' : ''}; nothing ` +
          `was written\n${error.message}`,
      );
      process.exit(1);
    }
    throw error;
  }
}
