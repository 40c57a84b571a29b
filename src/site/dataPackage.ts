/**
 * datapackage.json: the edition's data as a Frictionless Data Package
 * (https://specs.frictionlessdata.io/data-package/), so that tools such as frictionless-py, R's
 * frictionless or datapackage-js load every CSV with its types, codes and keys. It lives at the
 * edition's root because a package's resource paths may not climb out of its folder with "../".
 */
import type { EditionMeta } from '../model/edition.ts';
import { LICENCES, PUBLISHER, type Licence } from './publisher.ts';
import type { TableSchema } from './tableSchema.ts';

/** A file of the package: its address inside the edition and what it holds. */
export interface PackageFile {
  path: string;
  title: string;
  holds: string;
  licences: readonly Licence[];
  mediaType: string;
  body: string;
  schema?: TableSchema;
}

const licence = (name: Licence) => {
  const l = LICENCES[name];
  return { name: l.name, title: l.title, ...('path' in l ? { path: l.path } : {}) };
};

/** A resource name as the specification wants it: lower case, digits, ".", "-" and "_". */
export const resourceName = (path: string) =>
  path
    .replace(/\.[a-z]+$/, '')
    .replaceAll('/', '-')
    .toLowerCase();

export function dataPackage(edition: string, meta: EditionMeta, files: readonly PackageFile[]): string {
  const { authors, title, publisher, place, year, isbn } = meta.source;
  const descriptor = {
    profile: 'tabular-data-package',
    name: `${resourceName(meta.title.replaceAll(' ', '-'))}-${edition}`,
    title: `${meta.title}: web edition, ${edition} survey round`,
    description:
      `Estimates recomputed from the ${edition} survey round, the reconciliation of every printed figure, and the ` +
      'data of each table and chart of the web edition. See codebook.csv for every column, code and indicator.',
    licenses: [licence('project')],
    sources: [
      { title: `${authors.join(' and ')}, ${title}. ${place}: ${publisher}, ${year}${isbn ? `. ISBN ${isbn}` : ''}` },
    ],
    contributors: [
      ...authors.map((name) => ({ title: name, role: 'author' })),
      { title: PUBLISHER.name, role: 'publisher', email: PUBLISHER.corrections.replace(/^mailto:/, '') },
    ],
    resources: files
      .filter((file) => file.schema)
      .map((file) => ({
        name: resourceName(file.path),
        path: file.path,
        profile: 'tabular-data-resource',
        title: file.title,
        description: file.holds,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        // said outright: left to guess, readers' tools take a comma inside quotes for the delimiter
        dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\n' },
        bytes: Buffer.byteLength(file.body),
        licenses: file.licences.map(licence),
        schema: file.schema,
      })),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
