import type { APIRoute, GetStaticPaths } from 'astro';
import { DOWNLOADS, downloadFile, editions } from '../../../generated/readGenerated.ts';

/** The downloads of each edition, copied verbatim from generated/<edition>/. */
export const getStaticPaths = (() =>
  editions().editions.flatMap((edition) =>
    DOWNLOADS.map((file) => ({ params: { edition, file } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file as (typeof DOWNLOADS)[number];
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(downloadFile(params.edition!, file), { headers: { 'Content-Type': type } });
};
