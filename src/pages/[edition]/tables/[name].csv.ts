import type { APIRoute, GetStaticPaths } from 'astro';
import { editionData, placedBlocks } from '../../../site/chapters.ts';
import { editions } from '../../../generated/readGenerated.ts';
import { TABLES } from '../../../tables/index.ts';
import { tableCsv } from '../../../tables/tableModel.ts';

/** The CSV of every table placed in an edition: exactly the rows and columns the page shows. */
export const getStaticPaths = (() =>
  editions().editions.flatMap((edition) =>
    [...placedBlocks(edition).values()]
      .filter((b) => b.kind === 'table')
      .map((b) => ({ params: { edition, name: b.name } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const table = TABLES[params.name!]!(editionData(params.edition!));
  return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
