import type { APIRoute, GetStaticPaths } from 'astro';
import { AREAS, type Area } from '../../model/dimensions.ts';
import { editionData } from '../../site/chapters.ts';
import { editions } from '../../generated/readGenerated.ts';
import { comparisonTable, roundsWith } from '../../tables/comparisonTable.ts';
import { tableCsv } from '../../tables/tableModel.ts';

export const getStaticPaths = (() =>
  AREAS.map((area) => ({ params: { name: `comparison-${area}` } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const area = params.name!.replace('comparison-', '') as Area;
  const rounds = roundsWith(editions().editions.map(editionData), area);
  return new Response(tableCsv(comparisonTable(rounds, area)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
