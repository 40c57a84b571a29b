/**
 * data/<edition>/record.json: the record of a published edition. Once an edition is published its
 * estimates are a record: the file keeps every figure as published, with a checksum, and every
 * correction made since, so that no change of code or data can alter a published number silently.
 * A round without the file is not yet published and may change freely.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { EDITION_NAME } from '../model/edition.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z.string().regex(DAY, 'expected a date YYYY-MM-DD');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 checksum (64 hex digits)');
/** a figure's value in its indicator's unit, as estimates.csv gives it; null when the edition has none */
const figureValue = z.number().finite().nullable();

/** One figure changed by a correction: its name area.location.exploitation.sex.indicator, before and after. */
export const figureChange = z.object({ figure: z.string().min(1), old: figureValue, new: figureValue }).strict();
export type FigureChange = z.infer<typeof figureChange>;

/** A correction: what changed in a published edition, when and why, figure by figure. */
export const correction = z
  .object({
    date: day,
    /** what changed, in a sentence for readers: "The population of Kazakhstan is the census figure" */
    what: z.string().trim().min(1, 'expected a sentence saying what changed'),
    /** why: the slip found, the source that settles it */
    why: z.string().trim().min(1, 'expected a sentence saying why it changed'),
    changes: z.array(figureChange).min(1),
    /** the checksum of the estimates once this correction is made (see estimatesChecksum) */
    checksum: sha256,
  })
  .strict();
export type Correction = z.infer<typeof correction>;

export const editionRecord = z
  .object({
    edition: z.string().regex(EDITION_NAME),
    /** the day the edition was published: from then on its estimates change only by a correction */
    published: day,
    /** the checksum of `estimates` (see estimatesChecksum) */
    checksum: sha256,
    /** every figure with a value as published, by name; a figure without a value is left out */
    estimates: z.record(z.string(), z.number().finite()),
    /** in the order they were made, the latest last */
    corrections: z.array(correction),
  })
  .strict();
export type EditionRecord = z.infer<typeof editionRecord>;

/** The file's name in the round's folder. It records outputs, so it is not one of the round's inputs. */
export const RECORD_FILE = 'record.json';

/**
 * sha256 of figures by name, in name order, one `name=value` line each; figures without a value left out.
 * @example estimatesChecksum(new Map([['KZ.all.all.all.population', 15778000]])) // => "…" (64 hex digits)
 */
export function estimatesChecksum(estimates: ReadonlyMap<string, number>): string {
  const lines = [...estimates].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, value]) => `${name}=${value}\n`);
  return createHash('sha256').update(lines.join('')).digest('hex');
}
