import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../../charts/index.ts';
import { chartCsv } from '../../../charts/renderChart.ts';
import { editionData, placedBlocks } from '../../../site/chapters.ts';
import { editions } from '../../../generated/readGenerated.ts';

/** The data of every chart placed in an edition, as drawn. */
export const getStaticPaths = (() =>
  editions().editions.flatMap((edition) =>
    [...placedBlocks(edition).values()]
      .filter((b) => b.kind === 'figure')
      .map((b) => ({ params: { edition, name: b.name } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(CHARTS[params.name!]!, editionData(params.edition!)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
