/**
 * The survey rounds side by side (/compare/): per area, the victims per 1,000 population and per
 * year with their 95% limits, how each round's rate stands against the round before, what each
 * round was computed from, and, apart, the rates per 1,000 families that do not compare.
 */
import {
  AREAS,
  COUNTRY_NAMES,
  LOCATION_LABELS,
  LOCATIONS,
  type Area,
  type Location,
  type OrAll,
} from '../model/dimensions.ts';
import { formatRange, formatValue } from '../model/format.ts';
import type { Unit } from '../model/indicators.ts';
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
export function roundChanges(rounds: readonly EditionData[], area: Area): RoundChange[] {
  const measured = roundsWith(rounds, area);
  return measured.slice(1).flatMap((later, i): RoundChange[] => {
    const earlier = measured[i]!;
    const pair = `${earlier.edition} to ${later.edition}`;
    if (!sameCoverage(earlier, later, area)) {
      const covered = (data: EditionData) => `${data.edition}: ${countriesOf(data).join(', ')}`;
      const text =
        `${pair}: not compared, because the rounds cover other countries (${covered(earlier)}; ` +
        `${covered(later)}), so Central Asia is not the same area in both.`;
      return [{ location: 'all', earlier: earlier.edition, later: later.edition, text }];
    }
    return PLACES.map((location) => {
      const step = { location, earlier: earlier.edition, later: later.edition };
      const where = `${LOCATION_LABELS[location]}, ${pair}`;
      const limited = (data: EditionData) => ({
        value: estimateLookup(data)(area, { location }, 'rate_per_1000_population'),
        ...checkedLimits(data, area, location),
      });
      const [a, b] = [limited(earlier), limited(later)];
      const result = withinLimits(a, b);
      const shown = (e: ReturnType<typeof limited>) =>
        `${formatValue(e.value, 'rate')} (${e.kind} ${formatRange(e.lower, e.upper, 'rate')})`;
      return {
        ...step,
        result,
        text: `${where}: ${shown(a)}, then ${shown(b)} per 1,000 population. ${caution(result)}`,
      };
    });
  });
}

/** What a reader may take from where a later estimate lies: a caution, never a verdict of significance. */
export function caution({ laterWithinEarlier, overlap }: WithinLimits): string {
  const lies = laterWithinEarlier
    ? 'The later estimate lies within the earlier 95% limits'
    : 'The later estimate lies outside the earlier 95% limits';
  const ranges = overlap ? 'the two ranges overlap' : 'the two ranges do not overlap';
  if (laterWithinEarlier)
    return `${lies}, and ${ranges}: the difference lies within the limits: no change can be read from it.`;
  if (overlap) return `${lies}, but ${ranges}: read the difference with caution, as it may be no change at all.`;
  return (
    `${lies}, and ${ranges}. That is no test of significance: the ways the rounds differ, listed above, may ` +
    'account for part or all of the difference.'
  );
}

/** Two decimals say all that limits drawn from whole numbers of victims know of a rate. */
const numeric = (value: number | undefined, unit: Unit) =>
  value === undefined ? '' : unit === 'count' ? Math.round(value) : +value.toFixed(2);
const flag = (r: ReliabilityClass | null | undefined) => r ?? undefined;

/** A value with its Poisson limits and, where the round has them, design-based limits. */
function limitedCell(value: number, poisson: Limits, design: Limits | undefined, unit: Unit, withDesign: boolean) {
  const p = formatRange(poisson.lower, poisson.upper, unit);
  const values = [numeric(value, unit), numeric(poisson.lower, unit), numeric(poisson.upper, unit)];
  if (withDesign) values.push(numeric(design?.lower, unit), numeric(design?.upper, unit));
  return cell(
    formatValue(value, unit),
    values,
    design ? `Poisson ${p}; design-based ${formatRange(design.lower, design.upper, unit)}` : p,
  );
}

const limitColumns = (prefix: string, withDesign: boolean) => [
  `${prefix}_lower`,
  `${prefix}_upper`,
  ...(withDesign ? [`${prefix}_lower_design`, `${prefix}_upper_design`] : []),
];

/** A round's name; for Central Asia, the countries it covers when it is not all five. */
function roundLabel(data: EditionData, area: Area): string {
  if (area !== 'CA') return data.edition;
  const covered = countriesOf(data);
  return covered.length === 5 ? data.edition : `${data.edition} (${covered.join(', ')} only)`;
}

/**
 * One area across survey rounds: for each location and round, the annual victims per 1,000 population and the
 * victims per year, each with its Poisson limits and, where the round has them, its design-based limits. The CSV
 * adds whether the rate lies within the round before's limits and whether the two ranges overlap.
 */
export function comparisonTable(editions: readonly EditionData[], area: Area): TableModel {
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
    );
    const change = changes.find((c) => c.later === data.edition && c.location === location)?.result;
    const victims = limitedCell(
      get(area, { location }, 'victims'),
      { lower: get(area, { location }, 'victims_lower'), upper: get(area, { location }, 'victims_upper') },
      designVictims(data, area, location),
      'count',
      withDesign,
    );
    const rateValues = [
      ...(rate.value as (string | number)[]),
      change ? String(change.laterWithinEarlier) : '',
      change ? String(change.overlap) : '',
    ];
    const victimValues = [...(victims.value as (string | number)[]), reliability('victims') ?? ''];
    return {
      header: cell(roundLabel(data, area), [data.edition]),
      cells: [
        { ...rate, value: rateValues, reliability: reliability('rate_per_1000_population') } satisfies TableCell,
        { ...victims, value: victimValues, reliability: reliability('victims') } satisfies TableCell,
      ],
    };
  };
  return {
    name: `comparison-${area}`,
    title: `${COUNTRY_NAMES[area]}: victims per 1,000 population and per year in each survey round, with 95% limits`,
    note:
      'Limits of a rate are the limits of the victims divided by the population. Poisson limits follow the report' +
      (withDesign
        ? '; design-based limits come from a cluster bootstrap of settlements, in rounds that have questionnaires, ' +
          'and are the ones the comparison between rounds reads.'
        : '.'),
    columns: [
      { key: 'edition', label: 'Survey round', numeric: false },
      {
        key: 'rate',
        label: 'Per 1,000 population',
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
        label: 'Victims per year',
        numeric: true,
        csv: ['victims', ...limitColumns('victims', withDesign), 'reliability'],
      },
    ],
    groups: PLACES.map((location) => ({
      label: LOCATION_LABELS[location],
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
export function familiesComparisonTable(editions: readonly EditionData[]): TableModel {
  const areas = comparedAreas(editions);
  const withDesign = areas.some((area) => roundsWith(editions, area).some((data) => hasDesign(data, area)));
  const rate = (data: EditionData, area: Area, location: Location) =>
    limitedCell(
      estimateLookup(data)(area, { location }, 'rate_per_1000_families'),
      rateLimits(data, area, location, 'families')!,
      rateLimits(data, area, location, 'families', true),
      'rate',
      withDesign,
    );
  const csv = (location: string) => [`${location}_rate`, ...limitColumns(location, withDesign)];
  return {
    name: 'comparison-families',
    title: 'Victims per 1,000 families per year in each survey round, beside the average family size',
    note:
      'Not comparable across rounds: a rate per 1,000 families counts families, and a family of one size in one ' +
      'round and of another size in the next are not the same unit. The same victims in the same population give ' +
      'a higher rate per 1,000 families when families are taken to be larger. Rates per 1,000 population divide ' +
      'the family size out, which is why the tables above use them.',
    columns: [
      { key: 'edition', label: 'Survey round', numeric: false },
      { key: 'family_size', label: 'Average family size', numeric: true },
      { key: 'inside', label: LOCATION_LABELS.inside, numeric: true, csv: csv('inside') },
      { key: 'abroad', label: LOCATION_LABELS.abroad, numeric: true, csv: csv('abroad') },
    ],
    groups: areas.map((area) => ({
      label: COUNTRY_NAMES[area],
      rows: roundsWith(editions, area).map((data) => {
        const size = estimateLookup(data)(area, {}, 'family_size');
        return {
          header: cell(roundLabel(data, area), data.edition),
          cells: [
            cell(formatValue(size, 'persons'), +size.toFixed(2)),
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
export function roundsTable(rounds: readonly { data: EditionData; manifest: EditionManifest }[]): TableModel {
  return {
    name: 'comparison-rounds',
    title: 'The survey rounds: fieldwork, sample, recall window and what the estimates are computed from',
    note:
      'A round recomputed from printed rates has Poisson limits only; a round of questionnaires also has ' +
      'design-based limits.',
    columns: [
      { key: 'edition', label: 'Survey round', numeric: false },
      { key: 'fieldwork', label: 'Fieldwork', numeric: false, csv: ['fieldwork_start', 'fieldwork_end'] },
      { key: 'questionnaires_valid', label: 'Valid questionnaires', numeric: true },
      { key: 'recall_years', label: 'Recall window, years', numeric: true },
      { key: 'computed_from', label: 'Estimates computed from', numeric: false },
      { key: 'limits', label: '95% limits', numeric: false, csv: ['design_based_limits'] },
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
              cell(`${start} to ${end}`, [start, end]),
              cell(formatValue(data.exclusions.valid, 'count'), data.exclusions.valid),
              cell(String(manifest.meta.recallYears), manifest.meta.recallYears),
              questionnaires
                ? cell('its questionnaires', 'questionnaires')
                : cell('rates per 1,000 families printed in the report', 'printed_rates'),
              cell(design ? 'Poisson and design-based' : 'Poisson only', String(design)),
            ],
          };
        }),
      },
    ],
  };
}
