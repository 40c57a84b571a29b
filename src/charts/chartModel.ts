import type { PlotOptions } from '@observablehq/plot';
import type { EditionData } from '../generated/editionData.ts';
import type { Locale } from '../model/locale.ts';

/**
 * A row a chart draws and its data table lists. A row whose value is "" is a heading inside the
 * chart, unless it has `missing`: then it is an area the edition has no value for, drawn as a
 * note instead of a bar and listed in the data with the reason.
 */
export type ChartRow = Record<string, string | number>;

export const isHeading = (row: ChartRow) => row.value === '' && row.missing === undefined;

export interface ChartColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /**
   * The column's name in the CSV, with its unit (`victims_per_year`, `share_of_region_percent`), so that a
   * spreadsheet user never has to guess whether 27 is a percent; the key when the column holds no quantity.
   */
  csv?: string;
  /** a share the rows hold as a fraction, shown and downloaded as a percent, as the chart's axis gives it */
  percent?: boolean;
  /** words the page shows for codes the download keeps, e.g. { max: 'highest' } */
  words?: Readonly<Record<string, string>>;
}

/**
 * A chart: its data drawn from the edition, and a Plot spec drawn from that data. Every function that writes words
 * takes the language (English by default); the rows keep their codes and numbers in every language, so the CSV is
 * built from the English rows and columns whatever language the page is in.
 */
export interface ChartDefinition {
  name: string;
  title: (data: EditionData, locale?: Locale) => string;
  /** what the chart shows, for screen readers and the caption: a sentence or two */
  description: (data: EditionData, locale?: Locale) => string;
  /** the rows the chart draws; also the table a reader can open and the CSV download */
  rows: (data: EditionData, locale?: Locale) => ChartRow[];
  /** the data table's columns, labelled in the language; keys and CSV names are the same in every language */
  columns: (locale?: Locale) => ChartColumn[];
  /** Plot options for a given width, without `document` (the renderer adds it); several for stacked panels */
  spec: (rows: ChartRow[], options: { width: number; locale?: Locale }) => PlotOptions | PlotOptions[];
  /** colour key shown above the chart, if the colours carry meaning */
  legend?: (data: EditionData, locale?: Locale) => { label: string; color: string }[];
  /** the chart draws figures copied as the report prints them, not the edition's estimates: the report's terms apply */
  printed?: boolean;
  /** said under the chart: what the source does not report, and so is not drawn */
  gaps?: (data: EditionData, locale?: Locale) => string;
}
