/**
 * Reads a JSON file of a survey round (edition.json, round.json) against its schema. Every
 * fault is located: a syntax error where the parser stopped, a schema fault at the first
 * mention of the offending key (JSON.parse keeps no positions), a misspelt key with the name
 * it most likely meant.
 */
import { asClause } from '../model/format.ts';
import { closest } from 'fastest-levenshtein';
import type { z } from 'zod';
import { DataError, DataErrors } from './dataError.ts';
import { decodeUtf8 } from './readCsv.ts';

export function readJson<S extends z.ZodTypeAny>(bytes: Uint8Array, file: string, schema: S): z.output<S> {
  let text: string;
  try {
    text = decodeUtf8(bytes, file);
  } catch (error) {
    if (error instanceof DataError) throw new DataErrors([error]);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const { line, column } = lineAndColumn(text, position === undefined ? text.length : Number(position));
    throw new DataErrors([new DataError(file, line, column, `expected JSON (${message})`)]);
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  throw new DataErrors(result.error.issues.flatMap((issue) => located(issue, text, file, schema)));
}

function located(issue: z.ZodIssue, text: string, file: string, schema: z.ZodTypeAny): DataError[] {
  const path = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const { line, column } = lineAndColumn(text, Math.max(0, text.indexOf(`"${key}"`)));
      const hint = known.length > 0 ? `; did you mean "${closest(key, known)}"?` : '';
      return new DataError(file, line, column, `${path ? `${path}: ` : ''}unknown key "${key}"${hint}`);
    });
  }
  const key = issue.path.at(-1);
  const { line, column } = lineAndColumn(text, typeof key === 'string' ? Math.max(0, text.indexOf(`"${key}"`)) : 0);
  return [new DataError(file, line, column, `${path || 'file'}: ${asClause(issue.message)}`)];
}

/** The keys an object of the schema may have at a path, for "did you mean". */
function knownKeys(schema: z.ZodTypeAny, path: readonly (string | number)[]): string[] {
  let node: z.ZodTypeAny | undefined = schema;
  for (const step of path) {
    node = unwrap(node);
    node = node && 'shape' in node ? (node.shape as Record<string, z.ZodTypeAny>)[String(step)] : undefined;
  }
  node = unwrap(node);
  return node && 'shape' in node ? Object.keys(node.shape as object) : [];
}

function unwrap(node: z.ZodTypeAny | undefined): z.ZodTypeAny | undefined {
  let current = node;
  while (current && 'innerType' in current._def) current = current._def.innerType as z.ZodTypeAny;
  return current;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** An edition is addressed by its folder: the `edition` of its JSON file must be the folder's name. */
export function editionNameFault(
  edition: string,
  folder: string,
  file: string,
  bytes: Uint8Array,
): DataError | undefined {
  if (edition === folder) return undefined;
  const text = new TextDecoder().decode(bytes);
  const { line, column } = lineAndColumn(text, Math.max(0, text.indexOf('"edition"')));
  return new DataError(file, line, column, `edition: expected "${folder}" (the folder's name), found "${edition}"`);
}
