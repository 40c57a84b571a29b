/**
 * The pages' only door to the data: reads what scripts/estimate.ts wrote to generated/, through
 * the contract's schemas. A missing, stale or damaged file stops the build with its path and
 * the place of the fault. Pages never read data/ and never compute an estimate.
 */
import { asClause } from '../model/format.ts';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import {
  DOWNLOADS,
  EDITION_FILES,
  editionsList,
  FORMAT,
  type Download,
  type EditionFile,
  type EditionsList,
} from './contract.ts';

const root = fileURLToPath(new URL('../../generated/', import.meta.url));
const AGAIN = 'run "npm run estimate" (npm run build does it first)';

/** Parsed files, kept while the file is unchanged (npm run dev rereads an edited one). */
const cache = new Map<string, { modified: number; value: unknown }>();

function text(path: string): string {
  try {
    return readFileSync(`${root}${path}`, 'utf8');
  } catch {
    throw new Error(`generated/${path} is missing: ${AGAIN}`);
  }
}

/** Reads generated/<path> against its schema. */
export function readGenerated<S extends z.ZodTypeAny>(path: string, schema: S): z.output<S> {
  const file = `${root}${path}`;
  let modified: number;
  try {
    modified = statSync(file).mtimeMs;
  } catch {
    throw new Error(`generated/${path} is missing: ${AGAIN}`);
  }
  const hit = cache.get(file);
  if (hit && hit.modified === modified) return hit.value as z.output<S>;
  const value = parseGenerated(path, text(path), schema);
  cache.set(file, { modified, value });
  return value;
}

/** Checks the text of generated/<path> against its schema, naming the place of the first fault. */
export function parseGenerated<S extends z.ZodTypeAny>(path: string, text: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`generated/${path}: not JSON (${(error as Error).message}); ${AGAIN}`, { cause: error });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(
    `generated/${path}: at ${issue.path.join('.') || 'the top'}: ${asClause(issue.message)}; the file is stale ` +
      `or damaged: ${AGAIN}`,
  );
}

/** The editions in order; refuses a generated/ written by an older contract. */
export function editions(): EditionsList {
  const list = readGenerated('editions.json', editionsList);
  if (list.format !== FORMAT)
    throw new Error(
      `generated/editions.json: format ${list.format}, expected ${FORMAT}: generated/ was written by another ` +
        `version of the build; ${AGAIN}`,
    );
  return list;
}

/** One JSON file of an edition, typed by its name. */
export function editionFile<F extends EditionFile>(edition: string, name: F): z.output<(typeof EDITION_FILES)[F]> {
  editions();
  return readGenerated(`${edition}/${name}`, EDITION_FILES[name]);
}

export const manifest = (edition: string) => editionFile(edition, 'edition.json');

/** A download as written, byte for byte. */
export function downloadFile(edition: string, name: Download): string {
  if (!DOWNLOADS.includes(name)) throw new Error(`${name} is not a download`);
  return text(`${edition}/${name}`);
}
