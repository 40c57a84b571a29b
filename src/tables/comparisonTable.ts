/**
 * The survey rounds side by side (/compare/): per area, the victims per 1,000 population and per
 * year with their 95% limits, how each round's rate stands against the round before, what each
 * round was computed from, and, apart, the rates per 1,000 families that do not compare.
 */
import { AREAS, LOCATIONS, type Area, type Location, type OrAll } from '../model/dimensions.ts';
import { formatRange, formatValue } from '../model/format.ts';
import type { Unit } from '../model/indicators.ts';
import type { Locale } from '../model/locale.ts';
import { words } from '../i18n/dictionary.ts';
import { countryName, locationLabel } from '../i18n/terms.ts';
import type { ReliabilityClass } from '../model/reliability.ts';
import { withinLimits, type WithinLimits } from '../stats/withinLimits.ts';
import type { EditionManifest } from '../generated/contract.ts';
import { countriesOf, estimateLookup, rateLimits, rowLookup, type EditionData } from '../generated/editionData.ts';
import { cell, type TableCell, type TableModel, type TableRow } from './tableModel.ts';

const PLACES = [...LOCATIONS, 'all' as const];
type Limits = { lower: number; upper: number };

/** The rounds that measured an area (a round may cover only some countries). */
export function roundsWith(rounds: readonly EditionData[], area: Area): EditionData[] {
  return rounds.filter((data) => data.estimates.some((r) => r.country === area));
}

/** The areas that two rounds or more measured: the ones there is something to compare for. */
export function comparedAreas(rounds: readonly EditionData[]): Area[] {
  return AREAS.filter((area) => roundsWith(rounds, area).length >= 2);
}

/** Rounds that had questionnaires have design-based limits too; a round recomputed from printed rates has not. */
const hasDesign = (data: EditionData, area: Area) => rateLimits(data, area, 'all', 'population', true) !== undefined;

/**
 * The limits the comparison between rounds reads: design-based where the round has them (they count the
 * clustering of the sample in settlements), Poisson otherwise.
 */
function checkedLimits(data: EditionData, area: Area, location: OrAll<Location>) {
  const design = rateLimits(data, area, location, 'population', true);
  return design
    ? { ...design, kind: 'design-based' as const }
    : { ...rateLimits(data, area, location, 'population')!, kind: 'Poisson' as const };
}

/** Central Asia is one area across two rounds only when both cover the same countries. */
const sameCoverage = (a: EditionData, b: EditionData, area: Area) =>
  area !== 'CA' || countriesOf(a).join() === countriesOf(b).join();

/** One step from a round to the next, for one area and location. */
export interface RoundChange {
  location: OrAll<Location>;
  earlier: string;
  later: string;
  /** undefined when the two rounds do not measure the same area (Central Asia over other countries): one step then */
  result?: WithinLimits;
  text: string;
}

/**
 * For each pair of consecutive rounds that measured an area, whether the later rate per 1,000 population lies
 * within the earlier one's 95% limits and whether the two ranges overlap, said as a caution to the reader.
 */
export function roundChanges(rounds: readonly EditionData[], area: Area, locale: Locale = 'en'): RoundChange[] {
  const t = words(locale).tables;
  const measured = roundsWith(rounds, area);
  return measured.slice(1).flatMap((later, i): RoundChange[] => {
    const earlier = measured[i]!;
    const pair = t.roundPair(earlier.edition, later.edition);
    if (!sameCoverage(earlier, later, area)) {
      const covered = (data: EditionData) => `${data.edition}: ${countriesOf(data).join(', ')}`;
      const text = t.notCompared(pair, covered(earlier), covered(later));
      return [{ location: 'all', earlier: earlier.edition, later: later.edition, text }];
    }
    return PLACES.map((location) => {
      const step = { location, earlier: earlier.edition, later: later.edition };
      const where = `${locationLabel(location, locale)}, ${pair}`;
      const limited = (data: EditionData) => ({
        value: estimateLookup(data)(area, { location }, 'rate_per_1000_population'),
        ...checkedLimits(data, area, location),
      });
      const [a, b] = [limited(earlier), limited(later)];
      const result = withinLimits(a, b);
      const shown = (e: ReturnType<typeof limited>) =>
        t.rateWithLimits(
          formatValue(e.value, 'rate', locale),
          t.limitsKind(e.kind),
          formatRange(e.lower, e.upper, 'rate', locale),
        );
      return { ...step, result, text: t.roundStep(where, shown(a), shown(b), caution(result, locale)) };
    });
  });
}

/** What a reader may take from where a later estimate lies: a caution, never a verdict of significance. */
export function caution({ laterWithinEarlier, overlap }: WithinLimits, locale: Locale = 'en'): string {
  const t = words(locale).tables;
  const lies = laterWithinEarlier ? t.laterWithin : t.laterOutside;
  const ranges = overlap ? t.rangesOverlap : t.rangesApart;
  if (laterWithinEarlier) return t.cautionWithin(lies, ranges);
  return overlap ? t.cautionOverlap(lies, ranges) : t.cautionApart(lies, ranges);
}

/** Two decimals say all that limits drawn from whole numbers of victims know of a rate. */
const numeric = (value: number | undefined, unit: Unit) =>
  value === undefined ? '' : unit === 'count' ? Math.round(value) : +value.toFixed(2);
const flag = (r: ReliabilityClass | null | undefined) => r ?? undefined;

/** A value with its Poisson limits and, where the round has them, design-based limits. */
function limitedCell(
  value: number,
  poisson: Limits,
  design: Limits | undefined,
  unit: Unit,
  withDesign: boolean,
  locale: Locale,
) {
  const p = formatRange(poisson.lower, poisson.upper, unit, locale);
  const values = [numeric(value, unit), numeric(poisson.lower, unit), numeric(poisson.upper, unit)];
  if (withDesign) values.push(numeric(design?.lower, unit), numeric(design?.upper, unit));
  return cell(
    formatValue(value, unit, locale),
    values,
    design ? words(locale).tables.limitsDetail(p, formatRange(design.lower, design.upper, unit, locale)) : p,
  );
}

const limitColumns = (prefix: string, withDesign: boolean) => [
  `${prefix}_lower`,
  `${prefix}_upper`,
  ...(withDesign ? [`${prefix}_lower_design`, `${prefix}_upper_design`] : []),
];

/** A round's name; for Central Asia, the countries it covers when it is not all five. */
function roundLabel(data: EditionData, area: Area, locale: Locale): string {
  if (area !== 'CA') return data.edition;
  const covered = countriesOf(data);
  return covered.length === 5 ? data.edition : words(locale).tables.roundCovering(data.edition, covered.join(', '));
}

/**
 * One area across survey rounds: for each location and round, the annual victims per 1,000 population and the
 * victims per year, each with its Poisson limits and, where the round has them, its design-based limits. The CSV
 * adds whether the rate lies within the round before's limits and whether the two ranges overlap.
 */
export function comparisonTable(editions: readonly EditionData[], area: Area, locale: Locale = 'en'): TableModel {
  const t = words(locale).tables;
  const rounds = roundsWith(editions, area);
  const withDesign = rounds.some((data) => hasDesign(data, area));
  const changes = roundChanges(rounds, area);
  const row = (data: EditionData, location: OrAll<Location>): TableRow => {
    const get = estimateLookup(data);
    const reliability = (indicator: 'rate_per_1000_population' | 'victims') =>
      flag(rowLookup(data)(area, { location }, indicator)?.reliability);
    const rate = limitedCell(
      get(area, { location }, 'rate_per_1000_population'),
      rateLimits(data, area, location, 'population')!,
      rateLimits(data, area, location, 'population', true),
      'rate',
      withDesign,
      locale,
    );
    const change = changes.find((c) => c.later === data.edition && c.location === location)?.result;
    const victims = limitedCell(
      get(area, { location }, 'victims'),
      { lower: get(area, { location }, 'victims_lower'), upper: get(area, { location }, 'victims_upper') },
      designVictims(data, area, location),
      'count',
      withDesign,
      locale,
    );
    const rateValues = [
      ...(rate.value as (string | number)[]),
      change ? String(change.laterWithinEarlier) : '',
      change ? String(change.overlap) : '',
    ];
    const victimValues = [...(victims.value as (string | number)[]), reliability('victims') ?? ''];
    return {
      header: cell(roundLabel(data, area, locale), [data.edition]),
      cells: [
        { ...rate, value: rateValues, reliability: reliability('rate_per_1000_population') } satisfies TableCell,
        { ...victims, value: victimValues, reliability: reliability('victims') } satisfies TableCell,
      ],
    };
  };
  return {
    name: `comparison-${area}`,
    title: t.comparisonTitle(countryName(area, locale)),
    note: t.comparisonNote(withDesign),
    columns: [
      { key: 'edition', label: t.surveyRound, numeric: false },
      {
        key: 'rate',
        label: t.perThousandPopulation,
        numeric: true,
        csv: [
          'rate_per_1000_population',
          ...limitColumns('rate', withDesign),
          'within_previous_limits',
          'overlaps_previous_limits',
        ],
      },
      {
        key: 'victims',
        label: t.victimsPerYear,
        numeric: true,
        csv: ['victims', ...limitColumns('victims', withDesign), 'reliability'],
      },
    ],
    groups: PLACES.map((location) => ({
      label: locationLabel(location, locale),
      rows: rounds.map((data) => row(data, location)),
    })),
  };
}

function designVictims(data: EditionData, area: Area, location: OrAll<Location>): Limits | undefined {
  const row = rowLookup(data);
  const lower = row(area, { location }, 'victims_lower_bootstrap')?.value;
  const upper = row(area, { location }, 'victims_upper_bootstrap')?.value;
  return lower === null || lower === undefined || upper === null || upper === undefined ? undefined : { lower, upper };
}

/**
 * The rates per 1,000 families, round by round, beside the family size each round takes: kept for readers of
 * the report, which gave its rates that way, but not comparable across rounds whose family sizes differ.
 */
export function familiesComparisonTable(editions: readonly EditionData[], locale: Locale = 'en'): TableModel {
  const t = words(locale).tables;
  const areas = comparedAreas(editions);
  const withDesign = areas.some((area) => roundsWith(editions, area).some((data) => hasDesign(data, area)));
  const rate = (data: EditionData, area: Area, location: Location) =>
    limitedCell(
      estimateLookup(data)(area, { location }, 'rate_per_1000_families'),
      rateLimits(data, area, location, 'families')!,
      rateLimits(data, area, location, 'families', true),
      'rate',
      withDesign,
      locale,
    );
  const csv = (location: string) => [`${location}_rate`, ...limitColumns(location, withDesign)];
  return {
    name: 'comparison-families',
    title: t.familiesComparisonTitle,
    note: t.familiesComparisonNote,
    columns: [
      { key: 'edition', label: t.surveyRound, numeric: false },
      { key: 'family_size', label: t.familySize, numeric: true },
      { key: 'inside', label: locationLabel('inside', locale), numeric: true, csv: csv('inside') },
      { key: 'abroad', label: locationLabel('abroad', locale), numeric: true, csv: csv('abroad') },
    ],
    groups: areas.map((area) => ({
      label: countryName(area, locale),
      rows: roundsWith(editions, area).map((data) => {
        const size = estimateLookup(data)(area, {}, 'family_size');
        return {
          header: cell(roundLabel(data, area, locale), data.edition),
          cells: [
            cell(formatValue(size, 'persons', locale), +size.toFixed(2)),
            rate(data, area, 'inside'),
            rate(data, area, 'abroad'),
          ],
        };
      }),
    })),
  };
}

/** Where a round's estimates come from: its own questionnaires, or the rates a report printed. */
export const fromQuestionnaires = (manifest: EditionManifest) => manifest.dataFiles.includes('questionnaires.csv');

/**
 * What each round is: when its interviews ran, how many valid questionnaires it has, the recall window it asked
 * about, what its estimates are computed from and which limits it has.
 */
export function roundsTable(
  rounds: readonly { data: EditionData; manifest: EditionManifest }[],
  locale: Locale = 'en',
): TableModel {
  const t = words(locale).tables;
  return {
    name: 'comparison-rounds',
    title: t.roundsTitle,
    note: t.roundsNote,
    columns: [
      { key: 'edition', label: t.surveyRound, numeric: false },
      { key: 'fieldwork', label: t.fieldwork, numeric: false, csv: ['fieldwork_start', 'fieldwork_end'] },
      { key: 'questionnaires_valid', label: t.validQuestionnaires, numeric: true },
      { key: 'recall_years', label: t.recallWindowYears, numeric: true },
      { key: 'computed_from', label: t.computedFrom, numeric: false },
      { key: 'limits', label: t.limits95, numeric: false, csv: ['design_based_limits'] },
    ],
    groups: [
      {
        rows: rounds.map(({ data, manifest }) => {
          const { start, end } = manifest.meta.fieldwork;
          const questionnaires = fromQuestionnaires(manifest);
          const design = hasDesign(data, 'CA');
          return {
            header: cell(data.edition),
            cells: [
              cell(t.fieldworkSpan(start, end), [start, end]),
              cell(formatValue(data.exclusions.valid, 'count', locale), data.exclusions.valid),
              cell(String(manifest.meta.recallYears), manifest.meta.recallYears),
              questionnaires ? cell(t.itsQuestionnaires, 'questionnaires') : cell(t.printedRates, 'printed_rates'),
              cell(design ? t.poissonAndDesign : t.poissonOnly, String(design)),
            ],
          };
        }),
      },
    ],
  };
}
