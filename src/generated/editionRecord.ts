/**
 * A published edition's estimates held to its record (data/<edition>/record.json): the figures as
 * published, with every correction since applied in order, must equal what the build computes now,
 * figure by figure. A difference stops the build and lists the figures, so that a change of code or
 * data never alters a published number without a correction on the record.
 */
import { DataError } from '../data/dataError.ts';
import { estimatesChecksum, type Correction, type EditionRecord, type FigureChange } from '../data/editionRecord.ts';
import { lineAndColumn } from '../data/readJson.ts';
import { figureKey } from '../estimate/figure.ts';
import type { EstimateRow, RecordSummary } from './contract.ts';

/** Figures with a value, by name (area.location.exploitation.sex.indicator), in the order of the rows. */
export function figuresOf(rows: readonly EstimateRow[]): Map<string, number> {
  return new Map(rows.flatMap((row) => (row.value === null ? [] : [[figureKey(row), row.value] as const])));
}

/** The figures that differ, old (recorded) → new (computed), in the order of the computed rows. */
export function changedFigures(
  recorded: ReadonlyMap<string, number>,
  computed: ReadonlyMap<string, number>,
): FigureChange[] {
  const names = new Set([...computed.keys(), ...recorded.keys()]);
  return [...names].flatMap((figure) => {
    const old = recorded.get(figure) ?? null;
    const now = computed.get(figure) ?? null;
    return old === now ? [] : [{ figure, old, new: now }];
  });
}

/** The record's figures with its corrections applied; faults where the record contradicts itself. */
export function recordedFigures(
  record: EditionRecord,
  text: string,
  file: string,
): { figures: Map<string, number>; faults: DataError[] } {
  const figures = new Map(Object.entries(record.estimates));
  const faults: DataError[] = [];
  const fault = (offset: number, problem: string) => {
    const { line, column } = lineAndColumn(text, Math.max(0, offset));
    faults.push(new DataError(file, line, column, problem));
  };
  const actual = estimatesChecksum(figures);
  if (actual !== record.checksum)
    fault(
      text.indexOf('"checksum"'),
      `checksum: the estimates as published have checksum ${actual}, not ${record.checksum}: the published ` +
        'figures are never edited; a change is made by a correction',
    );
  record.corrections.forEach((correction, index) => {
    const at = correctionOffset(text, index);
    for (const change of correction.changes) {
      const before = figures.get(change.figure) ?? null;
      if (before !== change.old)
        fault(
          text.indexOf(`"${change.figure}"`, at),
          `corrections.${index}: ${change.figure}: old is ${show(change.old)}, but the record had ` +
            `${show(before)} before this correction`,
        );
      if (change.new === null) figures.delete(change.figure);
      else figures.set(change.figure, change.new);
    }
    const after = estimatesChecksum(figures);
    if (after !== correction.checksum)
      fault(
        text.indexOf('"checksum"', at),
        `corrections.${index}.checksum: expected ${after}, the checksum of the estimates once this correction is made`,
      );
  });
  return { figures, faults };
}

/** Where the index-th correction starts: its "date" key. */
function correctionOffset(text: string, index: number): number {
  let offset = text.indexOf('"corrections"');
  for (let i = 0; i <= index && offset >= 0; i++) offset = text.indexOf('"date"', offset + 1);
  return offset;
}

const show = (value: number | null) => (value === null ? 'no value' : String(value));
/** How many changed figures a message lists; `npm run correct` writes them all. */
const LISTED = 20;

/**
 * The faults of a published edition: its record's own, or the figures the build would change
 * without a correction, listed old → new with what to do.
 */
export function recordFaults(
  record: EditionRecord,
  text: string,
  file: string,
  rows: readonly EstimateRow[],
): DataError[] {
  const { figures, faults } = recordedFigures(record, text, file);
  if (faults.length > 0) return faults;
  const changes = changedFigures(figures, figuresOf(rows));
  if (changes.length === 0) return [];
  const { line, column } = lineAndColumn(text, Math.max(0, text.indexOf('"published"')));
  const listed = changes.slice(0, LISTED).map((c) => `    ${c.figure}: ${show(c.old)} → ${show(c.new)}`);
  if (changes.length > LISTED) listed.push(`    … and ${changes.length - LISTED} more`);
  const n = changes.length;
  return [
    new DataError(
      file,
      line,
      column,
      `edition ${record.edition} was published on ${record.published}, and ${n} of its figure${n > 1 ? 's' : ''} ` +
        `would change:\n${listed.join('\n')}\n  A published edition changes only by a correction on the record: ` +
        `run "npm run correct -- ${record.edition}", which adds to ${file} a correction dated today with every ` +
        `changed figure and the new checksum, then write in it what changed and why; or undo the change`,
    ),
  ];
}

/** What the pages show of an edition's record: when it was published and its corrections, the latest first. */
export function recordSummary(record: EditionRecord | undefined): RecordSummary {
  const corrections: Correction[] = record ? [...record.corrections].reverse() : [];
  return { published: record?.published ?? null, corrections };
}
