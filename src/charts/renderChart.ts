/**
 * Draws a chart to SVG at build time (Plot with linkedom's DOM) and wraps it in a numbered,
 * accessible figure: caption, colour key, the chart at phone and at desktop width (CSS shows
 * one; no JavaScript), what the source leaves out, and the data as a table and a CSV.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import type { EditionData } from '../generated/editionData.ts';
import { words } from '../i18n/dictionary.ts';
import { reliabilityLabel } from '../i18n/terms.ts';
import { blockNumber, formatNumber } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { MISSING_REASON_NAMES } from '../model/missing.ts';
import { RELIABILITY_CLASS_NAMES, RELIABILITY_CLASSES } from '../model/reliability.ts';
import { isHeading, type ChartColumn, type ChartDefinition, type ChartRow } from './chartModel.ts';

/**
 * Text-column widths the SVGs are drawn at: a 360-pixel phone, a large phone or small tablet, and
 * the desktop column. The page shows the one nearest its column and never stretches it by more
 * than 15% (site.css), so that chart text stays below the body text's size.
 */
export const WIDTHS = { phone: 340, tablet: 460, desktop: 640 } as const;

/** The height of the source line under a chart, in pixels. */
const SOURCE_LINE = 20;

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * The chart as SVG, one element per panel.
 * @param source a line of credit written under the last panel, so that a screenshot of the chart keeps it
 * @param locale the language of the rows, which the panels' axes and numbers follow
 */
export function chartSvg(
  definition: ChartDefinition,
  rows: ChartRow[],
  width: number,
  label: string,
  description: string,
  source?: string,
  locale: Locale = 'en',
): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const specs = [definition.spec(rows, { width, locale })].flat();
  return specs
    .map((spec, i) => {
      const svg = Plot.plot({
        ...spec,
        width,
        document: document as unknown as Document,
        ariaLabel: specs.length > 1 ? `${label} ${words(locale).charts.panelOf(i + 1, specs.length)}` : label,
        ariaDescription: description,
        style: { fontFamily: 'inherit', fontSize: width < 400 ? '13px' : '12px', overflow: 'visible' },
      }) as unknown as Element;
      svg.setAttribute('role', 'img');
      // the image is announced as a whole; Plot's labels on inner groups ("bar", "rule") would be noise
      for (const inner of svg.querySelectorAll('[aria-label]')) if (inner !== svg) inner.removeAttribute('aria-label');
      // Plot's font-variant="tabular-nums" is no SVG attribute (the Nu checker refuses it): the page's CSS sets it
      for (const inner of svg.querySelectorAll('[font-variant]')) inner.removeAttribute('font-variant');
      if (source && i === specs.length - 1) {
        const height = Number(svg.getAttribute('height')) + SOURCE_LINE;
        svg.setAttribute('height', String(height));
        svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
        const credit = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        for (const [name, value] of Object.entries({
          x: 2,
          y: height - 5,
          'font-size': 11,
          'text-anchor': 'start',
          fill: 'currentColor',
        }))
          credit.setAttribute(name, String(value));
        credit.textContent = source;
        svg.append(credit as unknown as Node);
      }
      return svg.outerHTML;
    })
    .join('');
}

/**
 * The columns that hold something for these rows: a chart without groups has no group column, one with every value has
 * no "missing".
 */
function usedColumns(definition: ChartDefinition, rows: ChartRow[], locale: Locale = 'en') {
  const w = words(locale).charts;
  const extra: ChartColumn[] = [
    {
      key: 'reliability',
      label: w.reliabilityColumn,
      words: Object.fromEntries(RELIABILITY_CLASS_NAMES.map((c) => [c, w.reliabilityCell(c)])),
    },
    {
      key: 'missing',
      label: w.missingColumn,
      words: Object.fromEntries(MISSING_REASON_NAMES.map((reason) => [reason, w.missingCell(reason)])),
    },
  ];
  return [...definition.columns(locale), ...extra].filter((c) =>
    rows.some((row) => row[c.key] !== undefined && row[c.key] !== ''),
  );
}

/** A cell in the column's unit: a fraction ×100 where the column is a percent, to four decimals like the rates. */
function cellValue(row: ChartRow, column: ChartColumn): string | number {
  const value = row[column.key] ?? '';
  return column.percent && typeof value === 'number' ? +(value * 100).toFixed(4) : value;
}

/** The CSV header of a chart's data: each column's name with its unit. */
export const chartCsvColumns = (definition: ChartDefinition, data: EditionData): ChartColumn[] =>
  usedColumns(
    definition,
    definition.rows(data).filter((row) => !isHeading(row)),
  );

export function chartCsv(definition: ChartDefinition, data: EditionData): string {
  const rows = definition.rows(data).filter((row) => !isHeading(row));
  const columns = usedColumns(definition, rows);
  const fields = columns.map((c) => c.csv ?? c.key);
  const body = rows.map((row) => columns.map((c) => cellValue(row, c)));
  return `${Papa.unparse({ fields, data: body }, { newline: '\n' })}\n`;
}

interface LegendItem {
  label: string;
  color: string;
  /** a bar drawn otherwise: pale (caution) or outlined (unreliable) */
  kind?: 'caution' | 'unreliable';
}

/** The key to the bars drawn for estimates that are not reliable, when the chart has any. */
function reliabilityKey(rows: ChartRow[], locale: Locale): LegendItem[] {
  const w = words(locale).charts;
  return (['caution', 'unreliable'] as const)
    .filter((kind) => rows.some((r) => r.reliability === kind))
    .map((kind) => ({
      label:
        `${kind === 'caution' ? w.paleBar : w.dashedOutline}, ` +
        `${RELIABILITY_CLASSES[kind].mark}: ${reliabilityLabel(kind, locale)}`,
      color: kind === 'caution' ? 'var(--caution-swatch)' : 'transparent',
      kind,
    }));
}

/**
 * @param number the figure's number in its edition; undefined for a figure outside the chapters (the front page)
 * @param options the number the report gave the figure, if it had one; the chart as a standalone SVG file, where
 *   the edition offers one; the line of credit under the chart, in the page's language; the page's language (the
 *   CSV it links to stays English)
 */
export function chartHtml(
  definition: ChartDefinition,
  data: EditionData,
  number: number | undefined,
  csvHref: string,
  options: { report?: string; svgHref?: string; source?: string; locale?: Locale } = {},
): string {
  const { report, svgHref, source, locale = 'en' } = options;
  const w = words(locale).charts;
  const figure = number === undefined ? w.figure : blockNumber('Figure', number, report, locale);
  const id = `figure-${definition.name}`;
  const rows = definition.rows(data, locale);
  // rows without a value are headings inside the chart, not data
  const dataRows = rows.filter((row) => !isHeading(row));
  const title = definition.title(data, locale);
  const description = definition.description(data, locale);
  const label = `${figure}. ${title}`;
  const legend = [...(definition.legend?.(data, locale) ?? []), ...reliabilityKey(dataRows, locale)];
  const gaps = definition.gaps?.(data, locale);
  const columns = usedColumns(definition, dataRows, locale);
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escape(c.label)}</th>`).join('');
  const cellHtml = (row: ChartRow, c: (typeof columns)[number], i: number) => {
    const value = cellValue(row, c);
    // numbers as a reader of the language reads them (139,984; 139 984), every digit the download has kept
    const code = typeof value === 'number' ? formatNumber(value, locale) : String(value);
    const text = escape(c.words?.[code] ?? code);
    return i === 0 ? `<th scope="row">${text}</th>` : `<td${c.numeric ? ' class="num"' : ''}>${text}</td>`;
  };
  const body = dataRows.map((row) => `<tr>${columns.map((c, i) => cellHtml(row, c, i)).join('')}</tr>`).join('');
  const swatch = (l: LegendItem) =>
    `<li><span class="swatch${l.kind ? ` ${l.kind}` : ''}" style="background:${l.color}"></span>` +
    `${escape(l.label)}</li>`;
  const table = `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  return (
    `<figure class="chart" id="${id}" aria-labelledby="${id}-caption">` +
    `<figcaption id="${id}-caption"><span class="number">${figure}.</span> ${escape(title)}</figcaption>` +
    (legend.length > 0
      ? `<p class="visually-hidden">${w.colourKey}</p><ul class="legend">${legend.map(swatch).join('')}</ul>`
      : '') +
    (Object.keys(WIDTHS) as (keyof typeof WIDTHS)[])
      .map((size) => {
        const svg = chartSvg(definition, rows, WIDTHS[size], label, description, source, locale);
        return `<div class="chart-svg ${size}">${svg}</div>`;
      })
      .join('') +
    `<p class="chart-note">${escape(description)}${gaps ? ` ${escape(gaps)}` : ''}</p>` +
    `<details class="chart-data"><summary>${w.dataBehind(number)}</summary>` +
    `<div class="table-wrap">${table}</div></details>` +
    `<p class="download"><a href="${csvHref}" download>${w.downloadData(number)}</a>` +
    (svgHref ? ` · <a href="${svgHref}" download>${w.downloadSvg}</a>` : '') +
    `</p>` +
    `</figure>`
  );
}
