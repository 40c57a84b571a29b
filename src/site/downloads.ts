/**
 * Every file an edition offers for download, with what it holds, its licence and its bytes: the
 * downloads page lists these (with sizes from the same bytes), the endpoints serve them, and
 * datapackage.json and the codebook describe them. One list, so that the page cannot name a file
 * the site does not serve, nor give a size other than the served file's.
 */
import { CHARTS } from '../charts/index.ts';
import { chartCsv, chartCsvColumns } from '../charts/renderChart.ts';
import { chartSvgFile } from '../charts/svgFile.ts';
import type { Locale } from '../model/locale.ts';
import {
  ESTIMATE_COLUMNS,
  ESTIMATE_KEY,
  estimateRow,
  RECONCILIATION_COLUMNS,
  reconciliationRow,
} from '../generated/contract.ts';
import type { EditionData } from '../generated/editionData.ts';
import { downloadFile, editions, manifest } from '../generated/readGenerated.ts';
import { MISSING_REASON_NAMES } from '../model/missing.ts';
import { RELIABILITY_CLASS_NAMES } from '../model/reliability.ts';
import { TABLES } from '../tables/index.ts';
import { tableCsv, tableCsvLines } from '../tables/tableModel.ts';
import { editionData, placedBlocks } from './chapters.ts';
import { surnames } from './citation.ts';
import { editionWordsIn } from './locales.ts';
import { codebookCsv, CODEBOOK_SCHEMA, codeEntries, columnEntries, indicatorEntries } from './codebook.ts';
import { dataPackage, type PackageFile } from './dataPackage.ts';
import { PUBLISHER, type Licence } from './publisher.ts';
import { schemaFromZod, type TableSchema, type TableSchemaField } from './tableSchema.ts';

const CSV = 'text/csv; charset=utf-8';
const LICENCE_OF = { all: ['report'], partly: ['project', 'report'] } as const;
/** Columns of codes in figure and table CSVs, wherever they stand. */
const CODES: Record<string, readonly string[]> = {
  reliability: RELIABILITY_CLASS_NAMES,
  missing: MISSING_REASON_NAMES,
};

const field = (name: string, title: string, numeric: boolean, codes?: readonly string[]): TableSchemaField => ({
  name,
  title,
  type: numeric ? 'number' : 'string',
  ...((codes ?? CODES[name]) ? { constraints: { enum: codes ?? CODES[name]! } } : {}),
});

const schemaFromContract = (file: 'estimates' | 'reconciliation'): TableSchema =>
  file === 'estimates'
    ? schemaFromZod(estimateRow, ESTIMATE_COLUMNS, ESTIMATE_KEY)
    : schemaFromZod(reconciliationRow, RECONCILIATION_COLUMNS);

/** The source lines a standalone chart drawing carries under it, in its language. */
export function drawingSource(edition: string, locale: Locale = 'en'): string[] {
  const { meta } = manifest(edition);
  const own = editionWordsIn(meta, locale);
  return locale === 'ru'
    ? [
        `Источник: ${surnames(own.authors).replaceAll(' and ', ' и ')} (${meta.source.year}), ${own.title}.`,
        `Веб-издание, раунд опроса ${edition} года; издатель:`,
        `${PUBLISHER.name}.`,
      ]
    : [
        `Source: ${surnames(own.authors)} (${meta.source.year}), ${own.title}.`,
        // a line of its own, as a publisher's name may be long: the drawing is 640 pixels wide
        `Web edition, ${edition} survey round, published by`,
        `${PUBLISHER.name}.`,
      ];
}

function figureFiles(edition: string, data: EditionData, names: readonly string[]): PackageFile[] {
  const source = drawingSource(edition);
  return names.flatMap((name) => {
    const chart = CHARTS[name]!;
    const title = chart.title(data);
    const licences: Licence[] = chart.printed ? ['report'] : ['project'];
    return [
      {
        path: `figures/${name}.csv`,
        title,
        holds: `The data drawn in the chart “${title}”.`,
        licences,
        mediaType: CSV,
        body: chartCsv(chart, data),
        schema: {
          fields: chartCsvColumns(chart, data).map((c) =>
            field(c.csv ?? c.key, c.label, Boolean(c.numeric), c.words && Object.keys(c.words)),
          ),
          missingValues: [''],
        },
      },
      {
        path: `figures/${name}.svg`,
        title,
        holds: `The chart “${title}” as a standalone drawing, with its title and source.`,
        licences,
        mediaType: 'image/svg+xml',
        body: chartSvgFile(chart, data, source),
      },
    ];
  });
}

function tableFiles(data: EditionData, names: readonly string[]): PackageFile[] {
  return names.map((name) => {
    const table = TABLES[name]!(data);
    return {
      path: `tables/${name}.csv`,
      title: table.title,
      holds: `The rows and columns of the table “${table.title}”, as the page shows them.`,
      licences: table.printed ? LICENCE_OF[table.printed] : ['project'],
      mediaType: CSV,
      body: tableCsv(table),
      schema: {
        fields: tableCsvLines(table).fields.map((f) => field(f.name, f.label, f.numeric)),
        missingValues: [''],
      },
    };
  });
}

function editionFiles(edition: string, data: EditionData): PackageFile[] {
  const placed = [...placedBlocks(edition).values()];
  const blocks = (kind: string) => placed.filter((b) => b.kind === kind).map((b) => b.name);
  const offered: PackageFile[] = [
    {
      path: 'data/estimates.csv',
      title: 'Estimates',
      holds:
        'Every estimate of the edition in long form: one line per country, location, kind of exploitation, sex ' +
        'and indicator, with the reliability class and, for a gap, the reason.',
      licences: ['project'],
      mediaType: CSV,
      body: downloadFile(edition, 'estimates.csv'),
      schema: schemaFromContract('estimates'),
    },
    {
      path: 'data/estimates.json',
      title: 'Estimates (JSON)',
      holds: 'The same lines as estimates.csv, as an array of JSON objects.',
      licences: ['project'],
      mediaType: 'application/json',
      body: downloadFile(edition, 'estimates.json'),
    },
    {
      path: 'data/reconciliation.csv',
      title: 'Reconciliation',
      holds:
        'Every figure the report prints beside its recomputed value or another print of it, with the difference ' +
        'and its class.',
      licences: ['project', 'report'],
      mediaType: CSV,
      body: downloadFile(edition, 'reconciliation.csv'),
      schema: schemaFromContract('reconciliation'),
    },
    ...tableFiles(data, blocks('table')),
    ...figureFiles(edition, data, blocks('figure')),
  ];
  const codebookPath = 'data/codebook.csv';
  const entries = [
    ...columnEntries([...offered, { path: codebookPath, schema: CODEBOOK_SCHEMA }]),
    ...codeEntries(),
    ...indicatorEntries(),
  ];
  const codebook: PackageFile = {
    path: codebookPath,
    title: 'Codebook',
    holds: 'Every column of every CSV here, every code they use and every indicator, with its unit and definition.',
    licences: ['project'],
    mediaType: CSV,
    body: codebookCsv(entries),
    schema: CODEBOOK_SCHEMA,
  };
  const files = [...offered, codebook];
  return [
    ...files,
    {
      path: 'datapackage.json',
      title: 'Data package descriptor',
      holds: 'A Frictionless Data Package: every CSV here with its Table Schema, licences and sources.',
      licences: ['project'],
      mediaType: 'application/json',
      body: dataPackage(edition, manifest(edition).meta, files),
    },
  ];
}

/** Computed once per edition's data: a build asks for the list from every page and endpoint. */
const cache = new WeakMap<EditionData, PackageFile[]>();

/** The files an edition offers, in the order the downloads page lists them. */
export function editionDownloads(edition: string): PackageFile[] {
  const data = editionData(edition);
  const files = cache.get(data) ?? editionFiles(edition, data);
  cache.set(data, files);
  return files;
}

/**
 * One file of an edition, by its address inside the edition.
 * @throws Error when the edition offers no such file
 */
export function downloadAt(edition: string, path: string): PackageFile {
  const file = editionDownloads(edition).find((f) => f.path === path);
  if (!file) throw new Error(`${edition}/${path} is not a download of the edition`);
  return file;
}

/**
 * The static paths of an edition's files in a folder with an ending, for an endpoint `<folder>/[name]<ending>`.
 * @example downloadPaths('tables', '.csv')[0] // => { params: { edition: '2009', name: 'estimates-KZ' } }
 */
export const downloadPaths = (folder: string, ending: string) =>
  editions().editions.flatMap((edition) =>
    editionDownloads(edition)
      .filter((f) => f.path.startsWith(`${folder}/`) && f.path.endsWith(ending))
      .map((f) => ({ params: { edition, name: f.path.slice(folder.length + 1, f.path.length - ending.length) } })),
  );

/** A file served with its media type, byte for byte what the downloads page measured. */
export function downloadResponse(edition: string, path: string): Response {
  const file = downloadAt(edition, path);
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
}

/**
 * A file's size as the downloads page gives it, in kilobytes of 1,000 bytes (of its UTF-8 text, for a text).
 * @example kilobytes('x'.repeat(2_345)) // => "2.3 kB"
 */
export const kilobytes = (body: string | Uint8Array, locale: Locale = 'en') => {
  const size = ((typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength) / 1000).toFixed(1);
  return locale === 'ru' ? `${size.replace('.', ',')}\u00a0кБ` : `${size} kB`;
};
