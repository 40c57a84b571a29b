/**
 * The production reader against the synthetic generator: a round of 6,000 questionnaires, 600 of
 * them faulty (100 of each kind the generator lists), written to a temporary folder and read by
 * tallyRound, the pipeline's entry point. The reader must exclude exactly the listed rows, each
 * for the reason of its fault, tally every other row in its settlement, and give the same result
 * whatever the size of the pieces the file is streamed in: 89 bytes (less than a row, and far
 * less than the header), 997 (about ten rows, odd), 4,096, 65,536 and the default, so that rows
 * straddle papaparse's chunk boundaries.
 *
 * The same file is also read as a spreadsheet might save it, values unchanged: with quoted text
 * cells, CRLF line ends, a byte-order mark, and non-ASCII settlement names (two-byte characters,
 * which a piece can cut in half). The generator makes faults of single questionnaires only, none
 * that stops the read (it lists no file-level fault).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyRound, type RoundInput } from '../../src/survey/tallyRound.ts';
import { EXCLUSION_REASONS, type ExclusionReason } from '../../src/model/questionnaire.ts';
import { FAULT_KINDS, writeRound, type FaultKind, type RoundSummary } from '../../scripts/synthetic/generateRound.ts';
import { faultsOf, readRound, type ParsedRound } from './roundCheck.ts';

/** The seed of the faulty round of generateRound.test.ts; set SYNTHETIC_SEED to try others. */
const SEED = Number(process.env.SYNTHETIC_SEED ?? 2009) + 1;
const ROWS = 6_000;
const FAULTY = 600;
const CHUNK_SIZES = [89, 997, 4_096, 65_536, undefined];

/** The reader's reason for each of the generator's faults (see FAULT_KINDS in generateRound.ts). */
const REASON: Record<FaultKind, ExclusionReason> = {
  relatives_blank: 'relatives_missing',
  relatives_zero: 'relatives_missing',
  more_than_30_relatives: 'more_than_30_relatives',
  more_victims_than_relatives: 'more_victims_than_relatives',
  women_and_men_exceed_total: 'women_and_men_exceed_total',
  invalid_count: 'invalid_count',
};

/** Ways to write the same questionnaires: the file's text, and the settlement names it then holds. */
const VARIANTS: { name: string; text: (csv: string) => string; settlement: (name: string) => string }[] = [
  { name: 'as written', text: (csv) => csv, settlement: (s) => s },
  {
    name: 'with quoted province and settlement cells',
    text: (csv) =>
      csv.replace(
        /^([^,\n]*,[^,\n]*,)([^,\n]*),([^,\n]*),/gm,
        (line, head: string, province: string, settlement: string) =>
          head.startsWith('id,') ? line : `${head}"${province}","${settlement}",`,
      ),
    settlement: (s) => s,
  },
  { name: 'with CRLF line ends', text: (csv) => csv.replace(/\n/g, '\r\n'), settlement: (s) => s },
  { name: 'with a byte-order mark', text: (csv) => `\uFEFF${csv}`, settlement: (s) => s },
  {
    name: 'with non-ASCII settlement names',
    text: (csv) => csv.replace(/^([^,\n]*,[^,\n]*,[^,\n]*,)([A-Z][a-z]+)-(\d\d),/gm, '$1$2ё-$3,'),
    settlement: (s) => s.replace(/^([A-Z][a-z]+)-(\d\d)$/, '$1ё-$2'),
  },
];

const tmp = mkdtempSync(join(tmpdir(), 'synthetic-tally-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let summary: RoundSummary;
let parsed: ParsedRound;
let written: string;
/** The generator's faults as the reader should report them: id → reason. */
let expected: Map<string, ExclusionReason>;
/** What tallyRound returned (or threw) for a variant and chunk size. */
const results = new Map<string, RoundInput | Error>();
const key = (variant: string, chunkBytes: number | undefined) => `${variant} / ${chunkBytes ?? 'default'}`;

beforeAll(async () => {
  // a round's folder is named after its edition
  const folder = (variant: string) => join(tmp, variant, 'faults');
  const dir = folder('as written');
  summary = await writeRound(dir, { edition: 'faults', seed: SEED, questionnaires: ROWS, faultyShare: FAULTY / ROWS });
  parsed = readRound(dir);
  written = readFileSync(join(dir, 'questionnaires.csv'), 'utf8');
  expected = new Map(FAULT_KINDS.flatMap((kind) => summary.faulty[kind].map((id) => [id, REASON[kind]] as const)));
  for (const variant of VARIANTS) {
    const variantDir = folder(variant.name);
    if (variantDir !== dir) {
      cpSync(dir, variantDir, { recursive: true });
      writeFileSync(join(variantDir, 'questionnaires.csv'), variant.text(written));
    }
    for (const chunkBytes of CHUNK_SIZES) {
      results.set(
        key(variant.name, chunkBytes),
        await tallyRound(variantDir, chunkBytes === undefined ? {} : { chunkBytes }).catch((error: Error) => error),
      );
    }
  }
});

/** The result, or the reader's error (with every fault it names) as the test's failure. */
function result(variant: string, chunkBytes: number | undefined): RoundInput {
  const got = results.get(key(variant, chunkBytes));
  if (got instanceof Error) throw new Error(`tallyRound threw: ${got.message.split('\n').slice(0, 5).join('\n')}`);
  return got!;
}

/** Every id whose exclusion differs from the generator's list: "id: listed R, read S" (R, S a reason or "valid"). */
function differences(excluded: Record<ExclusionReason, string[]>): string[] {
  const read = new Map<string, string>();
  const twice: string[] = [];
  for (const [reason, ids] of Object.entries(excluded)) {
    for (const id of ids) {
      if (read.has(id)) twice.push(`${id}: excluded as ${read.get(id)} and as ${reason}`);
      read.set(id, reason);
    }
  }
  const ids = new Set([...expected.keys(), ...read.keys()]);
  return [
    ...twice,
    ...[...ids]
      .sort()
      .flatMap((id) =>
        expected.get(id) === read.get(id)
          ? []
          : [`${id}: listed ${expected.get(id) ?? 'valid'}, read ${read.get(id) ?? 'valid'}`],
      ),
  ];
}

describe('the synthetic round', () => {
  it('is the round the generator describes: 6,000 rows, 600 listed faulty, unquoted ASCII', () => {
    expect(summary.rows).toBe(ROWS);
    expect(parsed.rows).toHaveLength(ROWS);
    expect(expected.size).toBe(FAULTY);
    // the generator's own check: the listed rows, and only they, are faulty
    expect(
      parsed.rows
        .filter((row) => faultsOf(row).length > 0)
        .map((row) => row.id)
        .sort(),
    ).toEqual([...expected.keys()].sort());
    // so the variants below change the bytes only
    expect(written).toMatch(/^[\x20-\x7e\n]*$/);
    expect(written).not.toContain('"');
  });
});

describe.each(VARIANTS)('tallyRound on the round $name', ({ name, settlement }) => {
  describe.each(
    CHUNK_SIZES.map((chunkBytes) => ({
      chunkBytes,
      label: chunkBytes === undefined ? 'the default size' : `${chunkBytes}-byte pieces`,
    })),
  )('streamed in $label', ({ chunkBytes }) => {
    it('excludes exactly the listed questionnaires, each for the reason of its fault', () => {
      const { tallies } = result(name, chunkBytes);
      expect(Object.keys(tallies.excluded).sort()).toEqual(Object.keys(EXCLUSION_REASONS).sort());
      expect(differences(tallies.excluded)).toEqual([]);
    });

    it('reads every row, and every row read is valid or excluded', () => {
      const { meta, tallies } = result(name, chunkBytes);
      const excluded = Object.values(tallies.excluded).reduce((n, ids) => n + ids.length, 0);
      expect(tallies.read).toBe(ROWS);
      expect(meta.questionnairesReceived).toBe(ROWS);
      expect(excluded).toBe(FAULTY);
      expect(tallies.valid).toBe(ROWS - FAULTY);
      expect(tallies.read).toBe(tallies.valid + excluded);
    });

    it('tallies each valid questionnaire once, in its own settlement', () => {
      const { tallies } = result(name, chunkBytes);
      // questionnaires and relatives per settlement, from roundCheck's independent reading of the file as written
      const want = new Map<string, { n: number; relatives: number }>();
      for (const row of parsed.rows) {
        if (expected.has(row.id!)) continue;
        const place = `${row.country}\t${row.province}\t${settlement(row.settlement!)}`;
        const s = want.get(place) ?? { n: 0, relatives: 0 };
        s.n++;
        s.relatives += Number(row.relatives);
        want.set(place, s);
      }
      const got = new Map(
        tallies.settlements.map((s) => [
          `${s.country}\t${s.province}\t${s.settlement}`,
          { n: s.n, relatives: s.relatives },
        ]),
      );
      expect(got).toEqual(want);
    });
  });

  it('gives the same result, to the last settlement sum, at every chunk size', () => {
    const first = result(name, CHUNK_SIZES[0]);
    for (const chunkBytes of CHUNK_SIZES.slice(1))
      expect(result(name, chunkBytes), `chunkBytes ${chunkBytes ?? 'default'}`).toEqual(first);
  });
});

it('reads the quoted, CRLF and byte-order-mark variants exactly as the file as written', () => {
  const plain = result('as written', undefined);
  for (const variant of VARIANTS.slice(1, 4)) expect(result(variant.name, undefined), variant.name).toEqual(plain);
});
