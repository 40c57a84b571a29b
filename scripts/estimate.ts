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
import { loadEdition } from '../src/data/loadEdition.ts';
import { estimateEdition } from '../src/estimate/estimateEdition.ts';
import { estimateRound } from '../src/estimate/estimateRound.ts';
import { FORMAT, type EditionsList } from '../src/generated/contract.ts';
import { editionFiles, type EditionResults } from '../src/generated/writeEdition.ts';
import { buildExclusionReport, exclusionLines } from '../src/model/questionnaire.ts';
import { tallyRound } from '../src/survey/tallyRound.ts';

export interface EditionOutput {
  edition: string;
  files: Record<string, string>;
}

/** The bootstrap of every questionnaire round: seeded, so that a build is repeatable. */
export const BOOTSTRAP = { replicates: 1000, seed: 20091130 };

/** Reads and computes every edition under dataDir; throws DataErrors naming every fault found. */
export async function computeEditions(
  dataDir: string,
  log: (message: string) => void = () => {},
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
        .filter((f) => !f.startsWith('.'))
        .sort();
      outputs.push({
        edition: name,
        files: editionFiles(name, result, { checksum: checksum(dir, dataFiles), dataFiles }),
      });
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
