import Papa from 'papaparse';
import { words } from '../i18n/dictionary.ts';
import { reliabilityDescription, reliabilityLabel } from '../i18n/terms.ts';
import { blockNumber } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import { RELIABILITY_CLASSES, type ReliabilityClass } from '../model/reliability.ts';

/** A cell: what the page shows, and the plain value(s) the CSV download carries. */
export interface TableCell {
  text: string;
  /** a second, smaller line under the text, such as the 95% limits */
  detail?: string;
  value: string | number | (string | number)[];
  /** an estimate's reliability: E or F beside the number, explained under the table */
  reliability?: ReliabilityClass;
  /** the language of the text when it is not the page's (English notes on a translated page) */
  lang?: string;
}

export interface TableColumn {
  key: string;
  label: string;
  numeric: boolean;
  /** the CSV columns of a cell that carries several values (its value is then an array) */
  csv?: string[];
}

export interface TableRow {
  header: TableCell;
  cells: TableCell[];
  /**
   * A row whose cells each hold several values (a range) becomes one CSV line per value, so
   * that every CSV column stays numeric: the names are added to the row's header, e.g.
   * ['lower', 'upper'] for limits.
   */
  csvLines?: string[];
  /**
   * The unit of the row's numbers where a table's rows hold different quantities (population, family size,
   * rates): the CSV then gets a `unit` column. One unit per CSV line when the row has `csvLines`.
   */
  unit?: string | string[];
}

export interface TableRowGroup {
  /** a heading row spanning the table, or none */
  label?: string;
  rows: TableRow[];
}

/** A data table, rendered to HTML and to its CSV download from the same rows. */
export interface TableModel {
  name: string;
  title: string;
  /** one or two sentences under the table: units, sources, what a reader should know */
  note: string;
  columns: TableColumn[];
  groups: TableRowGroup[];
  /**
   * How much of the table is copied as the report prints it (all: a table of context; partly: printed
   * figures beside recomputed ones); the report's terms apply to that part
   */
  printed?: 'all' | 'partly';
}

export const cell = (text: string, value: TableCell['value'] = text, detail?: string): TableCell =>
  detail === undefined ? { text, value } : { text, value, detail };

/** The download: one line per row, the group as the first column when there are groups. */
/** The table without the columns that hold nothing in any row (the ids of a round that lists none). */
function withoutEmptyColumns(table: TableModel): TableModel {
  const rows = table.groups.flatMap((g) => g.rows);
  const empty = (c: TableCell | undefined) => !c || (c.text === '' && [c.value].flat().every((v) => v === ''));
  const keep = table.columns.map((_, i) => i === 0 || rows.some((r) => !empty(r.cells[i - 1])));
  if (keep.every(Boolean)) return table;
  return {
    ...table,
    columns: table.columns.filter((_, i) => keep[i]),
    groups: table.groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => ({ ...r, cells: r.cells.filter((_, i) => keep[i + 1]) })),
    })),
  };
}

/** A column of a table's CSV: its name, what it holds in words, and whether every value in it is a number. */
export interface TableCsvField {
  name: string;
  label: string;
  numeric: boolean;
}

/** The CSV's columns and lines, from the same rows the page shows. */
export function tableCsvLines(model: TableModel): { fields: TableCsvField[]; data: (string | number)[][] } {
  const table = withoutEmptyColumns(model);
  const grouped = table.groups.some((g) => g.label);
  const withUnit = table.groups.some((g) => g.rows.some((r) => r.unit !== undefined));
  const [first, ...rest] = table.columns.flatMap((c) =>
    (c.csv ?? [c.key]).map((name) => ({
      name,
      label: c.csv && c.csv.length > 1 ? `${c.label} (${name})` : c.label,
      numeric: c.numeric,
    })),
  );
  const named = [
    ...(grouped ? [{ name: 'group', label: 'Group of rows', numeric: false }] : []),
    first!,
    ...(withUnit
      ? [{ name: 'unit', label: "The unit of the line's numbers (see the codebook's units)", numeric: false }]
      : []),
    ...rest,
  ];
  const unitOf = (row: TableRow, i: number) => (withUnit ? [[row.unit ?? ''].flat()[i] ?? ''] : []);
  const data = table.groups.flatMap((group) =>
    group.rows.flatMap((row) => {
      const prefix = grouped ? [group.label ?? ''] : [];
      if (!row.csvLines) {
        const [header, ...values] = [row.header, ...row.cells].flatMap((c) => c.value);
        return [[...prefix, header!, ...unitOf(row, 0), ...values]];
      }
      return row.csvLines.map((name, i) => [
        ...prefix,
        `${row.header.value} (${name})`,
        ...unitOf(row, i),
        ...row.cells.map((c) => (c.value as (string | number)[])[i]!),
      ]);
    }),
  );
  // a numeric column that also carries a class on some lines (the comparative table) is text to a spreadsheet
  const fields = named.map((f, i) => ({
    ...f,
    numeric: f.numeric && data.every((line) => typeof line[i] === 'number' || line[i] === ''),
  }));
  return { fields, data };
}

export function tableCsv(model: TableModel): string {
  const { fields, data } = tableCsvLines(model);
  return `${Papa.unparse({ fields: fields.map((f) => f.name), data }, { newline: '\n' })}\n`;
}

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The mark of a cell that is not reliable: a superscript letter, with its meaning for screen readers. */
function flag(reliability: ReliabilityClass | undefined, locale: Locale): string {
  if (!reliability || reliability === 'reliable') return '';
  const { mark } = RELIABILITY_CLASSES[reliability];
  const label = reliabilityLabel(reliability, locale);
  return `<sup class="flag" title="${label}">${mark}<span class="visually-hidden"> (${label})</span></sup>`;
}

/** The footnote for the marks a table uses. */
function flagNote(table: TableModel, locale: Locale): string {
  const used = new Set(
    table.groups
      .flatMap((g) => g.rows.flatMap((r) => r.cells.map((c) => c.reliability)))
      .filter((r) => r && r !== 'reliable'),
  );
  if (used.size === 0) return '';
  const notes = (['caution', 'unreliable'] as const)
    .filter((r) => used.has(r))
    .map(
      (r) => `${RELIABILITY_CLASSES[r].mark}: ${reliabilityLabel(r, locale)} (${reliabilityDescription(r, locale)}).`,
    );
  return ` ${notes.join(' ')}${words(locale).tables.seeReliability}`;
}

/** From this many columns, a table takes the wide layout: at 42rem they squeeze row labels to a word a line. */
const WIDE_COLUMNS = 7;

/**
 * The table as HTML: caption with its number, headers with scopes, a scrolling wrapper for phones.
 * @param report the number the report gave the table, if it had one
 * @param locale the language of the page, which the model is written in (the CSV it links to stays English)
 */
export function tableHtml(
  model: TableModel,
  number: number,
  csvHref: string,
  report?: string,
  locale: Locale = 'en',
): string {
  const table = withoutEmptyColumns(model);
  const id = `table-${table.name}`;
  const head = table.columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escape(c.label)}</th>`)
    .join('');
  const body = table.groups
    .map((group) => {
      const label = group.label
        ? `<tr class="group"><th scope="colgroup" colspan="${table.columns.length}">${escape(group.label)}</th></tr>`
        : '';
      const rows = group.rows
        .map(
          (row) =>
            `<tr><th scope="row">${escape(row.header.text)}</th>${row.cells
              .map(
                (c, i) =>
                  `<td${table.columns[i + 1]?.numeric ? ' class="num"' : ''}${c.lang ? ` lang="${c.lang}"` : ''}>` +
                  `${escape(c.text)}${flag(c.reliability, locale)}` +
                  (c.detail ? `<br><span class="detail">${escape(c.detail)}</span>` : '') +
                  '</td>',
              )
              .join('')}</tr>`,
        )
        .join('');
      return `<tbody>${label}${rows}</tbody>`;
    })
    .join('');
  // the title stands outside the scrolling box, so that it wraps to the screen on a phone; a table of many columns
  // is marked to step out of the text column on a wide screen
  const kind = table.columns.length >= WIDE_COLUMNS ? 'data-table wide' : 'data-table';
  return (
    `<figure class="${kind}" id="${id}" aria-labelledby="${id}-caption">` +
    `<figcaption id="${id}-caption"><span class="number">${blockNumber('Table', number, report, locale)}.</span> ` +
    `${escape(table.title)}</figcaption>` +
    `<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">` +
    `<table aria-labelledby="${id}-caption">` +
    `<thead><tr>${head}</tr></thead>${body}</table></div>` +
    `<p class="table-note">${escape(table.note)}${flagNote(table, locale)} ` +
    `<a href="${csvHref}" download>${words(locale).tables.downloadTable(number)}</a></p>` +
    `</figure>`
  );
}
