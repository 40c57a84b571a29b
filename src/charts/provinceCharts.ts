import { EXPLOITATIONS, LOCATIONS, type Country } from '../model/dimensions.ts';
import { formatNumber, formatValue, reportNumberRu } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { words, type Words } from '../i18n/dictionary.ts';
import { countryName, exploitationLabel, locationLabel, locationPhrase } from '../i18n/terms.ts';
import type { EditionData } from '../generated/editionData.ts';
import { barList } from './barList.ts';
import type { ChartDefinition, ChartRow } from './chartModel.ts';
import { COUNTRY_COLORS, NEUTRAL } from './palette.ts';

type Measure = 'respondents_share' | 'family_size' | 'migration_share' | 'victims_share' | 'rate_per_1000_families';
type ChartWords = Words['charts'];

interface ProvinceChartSpec {
  suffix: string;
  measure: Measure;
  /** the chart's words in a language: its title, its axis and what it says in words */
  words: (w: ChartWords) => { title: string; xLabel: string; describe: string };
  percent: boolean;
  /** the value's column in the CSV, with its unit */
  csv: string;
}

const SPECS: ProvinceChartSpec[] = [
  {
    suffix: 'sample',
    measure: 'respondents_share',
    words: (w) => ({ title: w.sampleTitle, xLabel: w.respondentsAxis, describe: w.sampleDescription }),
    percent: true,
    csv: 'respondents_percent',
  },
  {
    suffix: 'family-size',
    measure: 'family_size',
    words: (w) => ({ title: w.familySizeTitle, xLabel: w.familySizeAxis, describe: w.familySizeDescription }),
    percent: false,
    csv: 'relatives_per_respondent',
  },
  {
    suffix: 'migration',
    measure: 'migration_share',
    words: (w) => ({ title: w.migrationTitle, xLabel: w.respondentsAxis, describe: w.migrationDescription }),
    percent: true,
    csv: 'respondents_percent',
  },
  {
    suffix: 'victims',
    measure: 'victims_share',
    words: (w) => ({ title: w.victimsShareTitle, xLabel: w.victimsShareAxis, describe: w.victimsShareDescription }),
    percent: true,
    csv: 'reported_victims_percent',
  },
  {
    suffix: 'risk',
    measure: 'rate_per_1000_families',
    words: (w) => ({ title: w.riskTitle, xLabel: w.riskAxis, describe: w.riskDescription }),
    percent: false,
    csv: 'victims_per_1000_families_per_year',
  },
];

/** The headings of the groups of a province chart, by `location.exploitation`, in the order drawn. */
const groupLabels = (locale: Locale): Record<string, string> => ({
  ...Object.fromEntries(LOCATIONS.map((l) => [`${l}.`, locationLabel(l, locale)])),
  ...Object.fromEntries(
    EXPLOITATIONS.flatMap((e) =>
      LOCATIONS.map((l) => [
        `${l}.${e}`,
        words(locale).charts.exploitationIn(exploitationLabel(e, locale), locationPhrase(l, locale)),
      ]),
    ),
  ),
  '.': '',
});
const GROUP_ORDER = Object.keys(groupLabels('en'));
const STATISTIC_ORDER: Record<string, number> = { max: 0, value: 1, min: 2, mean: 3 };

type PlaceName = EditionData['context']['placeNames'][number];

/**
 * A province as a language names it: the report's name in English, its official Russian form in Russian (from
 * place_names_ru.csv; a round without one keeps the report's name), with today's where it has changed.
 */
function placeWords(data: EditionData, country: Country, locale: Locale) {
  const later = new Map(data.context.placeNames.filter((p) => p.country === country).map((p) => [p.province, p]));
  const russian = new Map(
    (locale === 'ru' ? data.context.placeNamesRu : []).filter((p) => p.country === country).map((p) => [p.province, p]),
  );
  const name = (province: string) => russian.get(province)?.name_ru ?? province;
  const today = (p: PlaceName) => russian.get(p.province)?.today_ru || p.today;
  const source = (p: PlaceName) => russian.get(p.province)?.source_ru || p.source;
  return { later, name, today, source };
}

/**
 * The report's name of a province, with today's beside it where it has changed.
 * @example "Yuzhno-Kazakhstan, now Turkistan region"; "Gulistan (Sirdaryo region)"
 */
function provinceLabel(province: string, places: ReturnType<typeof placeWords>, w: ChartWords): string {
  const later = places.later.get(province);
  const name = places.name(province);
  if (!later) return name;
  return later.change === 'named_after_capital'
    ? `${name} (${places.today(later)})`
    : w.nowCalled(name, places.today(later));
}

/** What became of the provinces a chart draws since the report, with the source of each change. */
function placeNote(data: EditionData, country: Country, provinces: ReadonlySet<string>, locale: Locale): string {
  const w = words(locale).charts;
  const places = placeWords(data, country, locale);
  const changes = data.context.placeNames.filter((p) => p.country === country && provinces.has(p.province));
  if (changes.length === 0) return '';
  const what = (p: PlaceName) => {
    const [name, today] = [places.name(p.province), places.today(p)];
    return p.change === 'renamed'
      ? w.renamed(name, today, p.year)
      : p.change === 'divided'
        ? w.divided(name, today, p.year)
        : w.namedAfterCapital(name, today);
  };
  const sentences = changes.map((p) => `${what(p)} (${places.source(p)}).`);
  return `${w.namesNote} ${sentences.join(' ')}`;
}

/** A section of the report with its figure, in Russian: "2.1.6 (Figure 2-1e)" is «2.1.6 (рис. 2-1e)». */
const sectionRu = (source: string) =>
  source.replace(
    /\((Figure|Table) ([^)]+)\)/,
    (_, kind: string, number: string) => `(${reportNumberRu(`${kind} ${number}`)})`,
  );

function rowsOf(data: EditionData, country: Country, spec: ProvinceChartSpec, locale: Locale): ChartRow[] {
  const w = words(locale).charts;
  const places = placeWords(data, country, locale);
  const labels = groupLabels(locale);
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
    const label = labels[group] ?? group;
    const heading =
      spec.measure === 'rate_per_1000_families' && group.endsWith('.') && label
        ? w.allExploitationIn(locationPhrase(group.slice(0, -1) as (typeof LOCATIONS)[number], locale))
        : label;
    if (groups.length > 1 && heading)
      rows.push({ key: heading, label: heading, value: '', group: heading, statistic: '', color: '' });
    for (const f of figures.filter((g) => g.group === group)) {
      const name =
        f.statistic === 'mean'
          ? w.averageOverProvinces
          : `${provinceLabel(f.province, places, w)}${w.statisticMark(f.statistic)}`;
      rows.push({
        key: `${group}:${name}`,
        label: name,
        value: f.value,
        group: heading,
        statistic: f.statistic,
        color: f.statistic === 'mean' ? NEUTRAL : COUNTRY_COLORS[country],
        source: locale === 'ru' ? sectionRu(f.source) : f.source,
      });
    }
  }
  return rows;
}

/** The gaps and contradictions of the province figures a chart draws, and what became of its provinces. */
function gaps(data: EditionData, country: Country, spec: ProvinceChartSpec, locale: Locale): string {
  const w = words(locale).charts;
  const own = data.context.provinceFigures.filter((p) => p.country === country && p.measure === spec.measure);
  const named = new Set(own.filter((p) => p.statistic !== 'mean').map((p) => p.province));
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
    (named.size === 0 ? w.noProvince : w.someProvinces(named.size)) +
    (contradiction ? w.contradiction : '') +
    placeNote(data, country, named, locale)
  );
}

function provinceChart(country: Country, spec: ProvinceChartSpec): ChartDefinition {
  const text = (locale: Locale = 'en') => spec.words(words(locale).charts);
  // the report's figures as printed, every digit kept: 16.64 relatives, 62%
  const format = (locale: Locale) => (value: number) =>
    spec.percent ? formatValue(value / 100, 'share', locale) : formatNumber(value, locale);
  return {
    name: `${country}-${spec.suffix}`,
    printed: true,
    title: (_, locale = 'en') => {
      const { title } = text(locale);
      return `${countryName(country, locale)}: ${title.charAt(0).toLowerCase()}${title.slice(1)}`;
    },
    description: (_, locale) => text(locale).describe,
    rows: (data, locale = 'en') => rowsOf(data, country, spec, locale),
    columns: (locale = 'en') => {
      const w = words(locale).charts;
      return [
        { key: 'label', label: w.province },
        { key: 'group', label: w.group },
        {
          key: 'statistic',
          label: w.asPrinted,
          words: Object.fromEntries((['max', 'min', 'value', 'mean'] as const).map((s) => [s, w.statistic(s)])),
        },
        // the report prints these shares as percents, and the rows keep them so: no `percent` conversion
        { key: 'value', label: text(locale).xLabel, numeric: true, csv: spec.csv },
        { key: 'source', label: w.reportSection },
      ];
    },
    spec: (rows, { width, locale = 'en' }) =>
      barList(rows, { width, xLabel: text(locale).xLabel, format: format(locale), locale }),
    legend: (data, locale = 'en') => {
      const w = words(locale).charts;
      const statistics = new Set(rowsOf(data, country, spec, locale).map((r) => r.statistic));
      return [
        ...(['min', 'max', 'value'].some((s) => statistics.has(s))
          ? [{ label: w.namedInReport, color: COUNTRY_COLORS[country] }]
          : []),
        ...(statistics.has('mean') ? [{ label: w.averageOverProvinces, color: NEUTRAL }] : []),
      ];
    },
    gaps: (data, locale = 'en') => gaps(data, country, spec, locale),
  };
}

export const PROVINCE_CHARTS: ChartDefinition[] = (['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const).flatMap((country) =>
  SPECS.map((spec) => provinceChart(country, spec)),
);
