import type { APIRoute, GetStaticPaths } from 'astro';
import { AREAS, type Area } from '../../model/dimensions.ts';
import { editionData } from '../../site/chapters.ts';
import { editions, manifest } from '../../generated/readGenerated.ts';
import { comparisonTable, familiesComparisonTable, roundsTable } from '../../tables/comparisonTable.ts';
import { tableCsv, type TableModel } from '../../tables/tableModel.ts';

/** The downloads of /compare/: one per area, the rounds themselves, and the rates per 1,000 families. */
const NAMES = [...AREAS.map((area) => `comparison-${area}`), 'comparison-rounds', 'comparison-families'];

export const getStaticPaths = (() => NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

function model(name: string): TableModel {
  const names = editions().editions;
  const data = names.map(editionData);
  if (name === 'comparison-rounds')
    return roundsTable(names.map((edition, i) => ({ data: data[i]!, manifest: manifest(edition) })));
  if (name === 'comparison-families') return familiesComparisonTable(data);
  return comparisonTable(data, name.replace('comparison-', '') as Area);
}

export const GET: APIRoute = ({ params }) =>
  new Response(tableCsv(model(params.name!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
