/**
 * Every value an editor can reference from Markdown, by name, with its formatted text.
 * Built from an edition's generated data; the names are the editors' vocabulary
 * (content/README.md lists them with examples).
 */
import { distance } from 'fastest-levenshtein';
import { AREAS, EXPLOITATIONS, LOCATIONS, SEXES } from '../model/dimensions.ts';
import { INDICATORS, type Indicator, type Unit } from '../model/indicators.ts';
import type { EditionContext, EstimateRow } from '../generated/contract.ts';
import { formatNumber, formatValue } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import type { MissingReason } from '../model/missing.ts';
import { indicatorDescription, missingReason } from '../i18n/indicators.ts';
import { words } from '../i18n/dictionary.ts';

export interface CatalogueEntry {
  name: string;
  /** null when the edition has no value, for the reason in `missing` */
  value: number | null;
  missing?: MissingReason;
  /** the value as the page prints it, unit included where it belongs to the number (%, US$) */
  text: string;
  /** the number as the text shows it, when it differs from the value: a share 0.462 shows as 46.2 (%) */
  shown?: number;
  description: string;
}

export interface PrintedFigure {
  key: string;
  source: string;
  published: number;
  figure: string;
}

export class Catalogue {
  readonly entries = new Map<string, CatalogueEntry>();

  add(entry: CatalogueEntry): void {
    const existing = this.entries.get(entry.name);
    if (existing && existing.value !== entry.value)
      throw new Error(`two values named ${entry.name}: ${existing.value} and ${entry.value}`);
    this.entries.set(entry.name, entry);
  }

  /** The entry a reference names, or the names closest to it. */
  resolve(reference: string): { entry: CatalogueEntry } | { suggestions: string[] } {
    const name = canonicalName(reference.trim());
    const entry = this.entries.get(name);
    if (entry) return { entry };
    const names = [...this.entries.keys()];
    // "…printed@3.2.2" may name a source by its beginning, if only one source begins so
    if (name.includes('.printed@')) {
      const matches = names.filter((candidate) => candidate.startsWith(name));
      if (matches.length === 1) return { entry: this.entries.get(matches[0]!)! };
    }
    // compared as editors write names: short, any case; of equally close names the broader comes first
    const written = reference.trim().toLowerCase();
    const suggestions = names
      .map((candidate) => ({ candidate, d: distance(written, shortName(candidate).toLowerCase()) }))
      .sort(
        (a, b) =>
          a.d - b.d || specificity(a.candidate) - specificity(b.candidate) || a.candidate.localeCompare(b.candidate),
      )
      .slice(0, 3)
      .map(({ candidate }) => candidate);
    return { suggestions };
  }
}

const AREA_SET = new Set<string>(AREAS);
const LOCATION_SET = new Set<string>(LOCATIONS);
const EXPLOITATION_SET = new Set<string>(EXPLOITATIONS);
const SEX_SET = new Set<string>(SEXES);

/**
 * A canonical name as an editor would write it: without the dimensions that are "all", and
 * without the area when it is Central Asia.
 * @example shortName('KZ.inside.all.all.victims') // => "KZ.inside.victims"
 */
export function shortName(name: string): string {
  const parts = name.split('.');
  if (parts.length < 5 || !(parts[4]! in INDICATORS)) return name;
  const [area, ...rest] = parts;
  return [...(area === 'CA' ? [] : [area!]), ...rest.filter((part, i) => !(i < 3 && part === 'all'))].join('.');
}

/** How many dimensions a name narrows: a total before its parts. */
const specificity = (name: string) => name.split('.').filter((part) => part !== 'all').length;

/**
 * Turns an estimate reference written in any order, with omitted dimensions meaning "all"
 * and an omitted area meaning Central Asia, into the canonical name
 * area.location.exploitation.sex.indicator; other names pass through.
 * @example canonicalName('inside.KZ.victims') // => "KZ.inside.all.all.victims"
 */
export function canonicalName(reference: string): string {
  const [body = '', qualifier] = reference.split('@', 2);
  const tokens = body.split('.');
  const printed = tokens.at(-1) === 'printed';
  if (printed) tokens.pop();
  const indicator = tokens.at(-1);
  if (!indicator || !(indicator in INDICATORS)) return reference;
  let area = 'CA';
  let location = 'all';
  let exploitation = 'all';
  let sex = 'all';
  const seen = new Set<string>();
  for (const token of tokens.slice(0, -1)) {
    const dimension = AREA_SET.has(token)
      ? 'area'
      : LOCATION_SET.has(token)
        ? 'location'
        : EXPLOITATION_SET.has(token)
          ? 'exploitation'
          : SEX_SET.has(token)
            ? 'sex'
            : undefined;
    // an unknown word, or two values of one dimension ("KZ.UZ"), name nothing
    if (!dimension || seen.has(dimension)) return reference;
    seen.add(dimension);
    if (dimension === 'area') area = token;
    else if (dimension === 'location') location = token;
    else if (dimension === 'exploitation') exploitation = token;
    else sex = token;
  }
  const name = `${area}.${location}.${exploitation}.${sex}.${indicator}`;
  return printed ? `${name}.printed${qualifier === undefined ? '' : `@${qualifier}`}` : name;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const joined = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join('.');
/** A printed figure in its own precision, up to three decimals. */
const plain = (value: number, locale: Locale) => formatNumber(value, locale, 3);
const PERCENT: Record<Locale, string> = { en: '%', ru: '\u00a0%' };

/** A figure of the report's context tables, in its own precision: "12.5%", "US$450"; «12,5 %», «450 долл. США». */
function contextTextIn(value: number, unit: string, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return `${plain(value, locale)}${PERCENT[locale]}`;
    case 'usd':
    case 'usd_per_month':
      return locale === 'ru' ? `${plain(value, locale)}\u00a0долл. США` : `US$${plain(value, locale)}`;
    default:
      return plain(value, locale);
  }
}

/**
 * Builds the catalogue of one edition, its texts in one language: the same names and values in every language,
 * so that a translation binds the numbers the English binds.
 */
export function buildCatalogue(
  rows: readonly EstimateRow[],
  context: EditionContext,
  printed: readonly PrintedFigure[],
  locale: Locale = 'en',
): Catalogue {
  const catalogue = new Catalogue();
  const contextText = (value: number, unit: string) => contextTextIn(value, unit, locale);
  // the context tables' descriptions are built from their column names: in another language, their source
  const described = (english: string, source: string) =>
    locale === 'en' ? english : `значение из контекстных таблиц доклада (${source})`;
  for (const row of rows) {
    const indicator = INDICATORS[row.indicator as Indicator];
    const fraction = indicator.unit === 'share' || indicator.unit === 'change' || indicator.unit === 'small_share';
    const name = `${row.country}.${row.location}.${row.exploitation}.${row.sex}.${row.indicator}`;
    if (row.value === null) {
      const missing = row.missing ?? 'not_reported';
      catalogue.add({
        name,
        value: null,
        missing,
        text: words(locale).content.noFigure(missingReason(missing, locale)),
        description: indicatorDescription(row.indicator as Indicator, locale),
      });
      continue;
    }
    catalogue.add({
      name,
      value: row.value,
      text: formatValue(row.value, indicator.unit, locale),
      ...(fraction ? { shown: row.value * 100 } : {}),
      description: indicatorDescription(row.indicator as Indicator, locale),
    });
  }
  const printedByKey = new Map<string, PrintedFigure[]>();
  for (const figure of printed) printedByKey.set(figure.key, [...(printedByKey.get(figure.key) ?? []), figure]);
  for (const [key, figures] of printedByKey) {
    const unit = INDICATORS[key.split('.')[4] as Indicator].unit;
    const fraction = unit === 'share' || unit === 'change' || unit === 'small_share';
    const asPrinted = (f: PrintedFigure) => ({
      value: f.published,
      text: formatPrinted(f.published, unit, locale),
      ...(fraction ? { shown: f.published * 100 } : {}),
      description: locale === 'en' ? `as printed in ${f.source}: ${f.figure}` : `как в докладе, ${f.source}`,
    });
    for (const f of figures) catalogue.add({ name: `${key}.printed@${f.source}`, ...asPrinted(f) });
    if (new Set(figures.map((f) => f.published)).size === 1)
      catalogue.add({ name: `${key}.printed`, ...asPrinted(figures[0]!) });
  }
  for (const p of context.provinceFigures) {
    const where = p.statistic === 'mean' ? 'province_mean' : `province.${slug(p.province)}`;
    catalogue.add({
      name: joined(p.country, where, p.measure, p.location, p.exploitation),
      value: p.value,
      text: contextText(p.value, p.unit),
      description: described(
        `${p.statistic === 'mean' ? 'average over provinces' : p.province}: ` +
          `${p.measure.replaceAll('_', ' ')} (${p.source})`,
        p.source,
      ),
    });
  }
  for (const c of context.migrantConditionsRussia) {
    for (const status of ['legal', 'illegal'] as const) {
      catalogue.add({
        name: `russia.${c.characteristic}.${status}`,
        value: c[status],
        text: contextText(c[status], c.unit),
        description: described(
          `${status} migrants in Russia: ${c.characteristic.replaceAll('_', ' ')} (${c.source})`,
          c.source,
        ),
      });
    }
  }
  for (const k of context.kzLegalisation) {
    catalogue.add({
      name: `kz_legalisation.${k.group}.${k.category}`,
      value: k.value,
      text: contextText(k.value, 'count'),
      description: described(
        `Kazakhstan's legalisation of migrants, ${k.group}: ${k.category} (${k.source})`,
        k.source,
      ),
    });
    if (k.printed_share !== undefined)
      catalogue.add({
        name: `kz_legalisation.${k.group}.${k.category}.share`,
        value: k.printed_share,
        text: contextText(k.printed_share, 'percent'),
        description: locale === 'en' ? 'share as printed' : 'доля, как в докладе',
      });
  }
  for (const k of context.kgLocalSurveys) {
    catalogue.add({
      name: joined('kg', k.survey, k.measure, k.category),
      value: k.value,
      text: contextText(k.value, k.measure.includes('share') ? 'percent' : 'count'),
      description: described(
        `Kyrgyzstan ${k.survey.replace('_', ' ')} survey: ` +
          `${k.measure.replaceAll('_', ' ')} ${k.category} (${k.source})`,
        k.source,
      ),
    });
  }
  for (const i of context.iomIdentifiedVictims) {
    catalogue.add({
      name: `iom.${i.dataset}.${i.country}`,
      value: i.value,
      text: contextText(i.value, 'count'),
      description: described(
        `IOM-identified victims, ${i.dataset.replaceAll('_', ' ')}, ${i.period} (${i.source})`,
        i.source,
      ),
    });
    if (i.printed_share !== undefined)
      catalogue.add({
        name: `iom.${i.dataset}.${i.country}.share`,
        value: i.printed_share,
        text: contextText(i.printed_share, 'percent'),
        description: locale === 'en' ? 'share as printed' : 'доля, как в докладе',
      });
  }
  for (const o of context.otherEstimates) {
    const base = joined('other', o.study, o.measure, o.country);
    const description = described(
      `${o.study.replaceAll('_', ' ')}: ${o.measure.replaceAll('_', ' ')} (${o.source})`,
      o.source,
    );
    if (o.value !== undefined)
      catalogue.add({ name: base, value: o.value, text: contextText(o.value, o.unit), description });
    if (o.low !== undefined)
      catalogue.add({
        name: `${base}.low`,
        value: o.low,
        text: contextText(o.low, o.unit),
        description: `${description}, ${locale === 'en' ? 'low' : 'нижняя оценка'}`,
      });
    if (o.high !== undefined)
      catalogue.add({
        name: `${base}.high`,
        value: o.high,
        text: contextText(o.high, o.unit),
        description: `${description}, ${locale === 'en' ? 'high' : 'верхняя оценка'}`,
      });
  }
  return catalogue;
}

function formatPrinted(value: number, unit: Unit, locale: Locale): string {
  // a printed figure keeps its own precision, not the site's
  return unit === 'share' || unit === 'change' || unit === 'small_share'
    ? `${plain(value * 100, locale)}${PERCENT[locale]}`
    : plain(value, locale);
}
