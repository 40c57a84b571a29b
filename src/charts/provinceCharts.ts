import {
  COUNTRY_NAMES,
  EXPLOITATION_LABELS,
  EXPLOITATIONS,
  LOCATION_LABELS,
  LOCATIONS,
  locationPhrase,
  type Country,
} from '../model/dimensions.ts';
import type { EditionData } from '../generated/editionData.ts';
import { barList } from './barList.ts';
import type { ChartDefinition, ChartRow } from './chartModel.ts';
import { COUNTRY_COLORS, NEUTRAL } from './palette.ts';

type Measure = 'respondents_share' | 'family_size' | 'migration_share' | 'victims_share' | 'rate_per_1000_families';

interface ProvinceChartSpec {
  suffix: string;
  measure: Measure;
  title: string;
  xLabel: string;
  percent: boolean;
  /** the value's column in the CSV, with its unit */
  csv: string;
  /** what the chart says in words */
  describe: string;
}

const SPECS: ProvinceChartSpec[] = [
  {
    suffix: 'sample',
    measure: 'respondents_share',
    title: 'Share of the sample living in provinces the report names',
    xLabel: 'Share of respondents (%)',
    percent: true,
    csv: 'respondents_percent',
    describe: 'Bars give the share of all respondents in each province or group of provinces that the report names.',
  },
  {
    suffix: 'family-size',
    measure: 'family_size',
    title: 'Family size: the lowest and highest provinces and the average',
    xLabel: 'Close relatives per respondent',
    percent: false,
    csv: 'relatives_per_respondent',
    describe:
      'Bars give the average number of close relatives per respondent in the provinces the report names, and ' +
      'the average over provinces.',
  },
  {
    suffix: 'migration',
    measure: 'migration_share',
    title: 'Families with relatives who left to work, by province',
    xLabel: 'Share of respondents (%)',
    percent: true,
    csv: 'respondents_percent',
    describe:
      'Bars give the share of respondents whose close relatives left to work in another region of the ' +
      'country or abroad, for the provinces the report names and on average.',
  },
  {
    suffix: 'victims',
    measure: 'victims_share',
    title: "Provinces' shares of the victims reported in the survey",
    xLabel: "Share of the country's reported victims (%)",
    percent: true,
    csv: 'reported_victims_percent',
    describe:
      "Bars give each named province's share of the relatives reported exploited, " +
      'by location and kind of exploitation.',
  },
  {
    suffix: 'risk',
    measure: 'rate_per_1000_families',
    title: 'Risk of exploitation per 1,000 families per year, by province',
    xLabel: 'Victims per 1,000 families per year',
    percent: false,
    csv: 'victims_per_1000_families_per_year',
    describe:
      'Bars give the annual number of victims per 1,000 families in the lowest and highest provinces the ' +
      'report names, and the national average.',
  },
];

const GROUP_LABELS: Record<string, string> = {
  ...Object.fromEntries(LOCATIONS.map((l) => [`${l}.`, LOCATION_LABELS[l]])),
  ...Object.fromEntries(
    EXPLOITATIONS.flatMap((e) =>
      LOCATIONS.map((l) => [`${l}.${e}`, `${EXPLOITATION_LABELS[e]} exploitation ${locationPhrase(l)}`]),
    ),
  ),
  '.': '',
};
const GROUP_ORDER = Object.keys(GROUP_LABELS);
const STATISTIC_ORDER: Record<string, number> = { max: 0, value: 1, min: 2, mean: 3 };

type PlaceName = EditionData['context']['placeNames'][number];

/**
 * The report's name of a province, with today's beside it where it has changed.
 * @example "Yuzhno-Kazakhstan, now Turkistan region"; "Gulistan (Sirdaryo region)"
 */
function provinceLabel(province: string, later: PlaceName | undefined): string {
  if (!later) return province;
  return later.change === 'named_after_capital' ? `${province} (${later.today})` : `${province}, now ${later.today}`;
}

/** What became of the provinces a chart draws since the report, with the source of each change. */
function placeNote(data: EditionData, country: Country, provinces: ReadonlySet<string>): string {
  const changes = data.context.placeNames.filter((p) => p.country === country && provinces.has(p.province));
  if (changes.length === 0) return '';
  const what = (p: PlaceName) =>
    p.change === 'renamed'
      ? `${p.province} was renamed ${p.today} in ${p.year}`
      : p.change === 'divided'
        ? `${p.province} was divided into ${p.today} in ${p.year}`
        : `${p.province} is the report's name for ${p.today}`;
  const sentences = changes.map((p) => `${what(p)} (${p.source}).`);
  return ` Names are the report's; today's are given beside them. ${sentences.join(' ')}`;
}

function rowsOf(data: EditionData, country: Country, spec: ProvinceChartSpec): ChartRow[] {
  const later = new Map(data.context.placeNames.filter((p) => p.country === country).map((p) => [p.province, p]));
  const figures = data.context.provinceFigures
    .filter((p) => p.country === country && p.measure === spec.measure)
    .map((p) => ({ ...p, group: `${p.location}.${p.exploitation}` }))
    .sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
        STATISTIC_ORDER[a.statistic]! - STATISTIC_ORDER[b.statistic]! ||
        b.value - a.value,
    );
  const groups = [...new Set(figures.map((f) => f.group))];
  const rows: ChartRow[] = [];
  for (const group of groups) {
    // a rate without an exploitation is the rate of both kinds
    const label = GROUP_LABELS[group] ?? group;
    const heading =
      spec.measure === 'rate_per_1000_families' && group.endsWith('.') && label
        ? `All exploitation ${label.charAt(0).toLowerCase()}${label.slice(1)}`
        : label;
    if (groups.length > 1 && heading)
      rows.push({ key: heading, label: heading, value: '', group: heading, statistic: '', color: '' });
    for (const f of figures.filter((g) => g.group === group)) {
      const name =
        f.statistic === 'mean'
          ? 'Average over provinces'
          : `${provinceLabel(f.province, later.get(f.province))}` +
            `${f.statistic === 'min' ? ' (lowest)' : f.statistic === 'max' ? ' (highest)' : ''}`;
      rows.push({
        key: `${group}:${name}`,
        label: name,
        value: f.value,
        group: heading,
        statistic: f.statistic,
        color: f.statistic === 'mean' ? NEUTRAL : COUNTRY_COLORS[country],
        source: f.source,
      });
    }
  }
  return rows;
}

function provinceChart(country: Country, spec: ProvinceChartSpec): ChartDefinition {
  const format = (value: number) => (spec.percent ? `${value}%` : String(value));
  return {
    name: `${country}-${spec.suffix}`,
    printed: true,
    title: () => `${COUNTRY_NAMES[country]}: ${spec.title.charAt(0).toLowerCase()}${spec.title.slice(1)}`,
    description: () => spec.describe,
    rows: (data) => rowsOf(data, country, spec),
    columns: [
      { key: 'label', label: 'Province' },
      { key: 'group', label: 'Group' },
      {
        key: 'statistic',
        label: 'As printed',
        words: { max: 'the highest', min: 'the lowest', value: 'named', mean: 'the average' },
      },
      // the report prints these shares as percents, and the rows keep them so: no `percent` conversion
      { key: 'value', label: spec.xLabel, numeric: true, csv: spec.csv },
      { key: 'source', label: 'Report section' },
    ],
    spec: (rows, { width }) => barList(rows, { width, xLabel: spec.xLabel, format }),
    legend: (data) => {
      const statistics = new Set(rowsOf(data, country, spec).map((r) => r.statistic));
      return [
        ...(['min', 'max', 'value'].some((s) => statistics.has(s))
          ? [{ label: 'Named in the report', color: COUNTRY_COLORS[country] }]
          : []),
        ...(statistics.has('mean') ? [{ label: 'Average over provinces', color: NEUTRAL }] : []),
      ];
    },
    gaps: (data) => {
      const named = new Set(
        data.context.provinceFigures
          .filter((p) => p.country === country && p.measure === spec.measure && p.statistic !== 'mean')
          .map((p) => p.province),
      );
      const own = data.context.provinceFigures.filter((p) => p.country === country && p.measure === spec.measure);
      // as printed, a "lowest" province may exceed the "highest" (Tajikistan's family size, section 2.3.2)
      const contradiction = own.some(
        (low) =>
          low.statistic === 'min' &&
          own.some(
            (high) =>
              high.statistic === 'max' &&
              high.location === low.location &&
              high.exploitation === low.exploitation &&
              high.value < low.value,
          ),
      );
      return (
        (named.size === 0
          ? 'The report gives no figure for any single province, so none is drawn.'
          : `The report gives this figure for ` +
            `${named.size === 1 ? 'one province or group of provinces' : `${named.size} provinces or groups`} ` +
            `only; the others are not reported and are not drawn.`) +
        (contradiction
          ? ' As printed, the province the report calls lowest has the higher value: the figures contradict each other.'
          : '') +
        placeNote(data, country, named)
      );
    },
  };
}

export const PROVINCE_CHARTS: ChartDefinition[] = (['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const).flatMap((country) =>
  SPECS.map((spec) => provinceChart(country, spec)),
);
