import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../generated/readGenerated.ts';
import { chapters } from '../../../site/chapters.ts';
import { previewCharts, previewPng } from '../../../site/linkPreview.ts';

/** The link-preview images of an edition (og:image): one PNG per chart some page previews with. */
export const getStaticPaths = (() =>
  editions().editions.flatMap((edition) =>
    previewCharts(
      edition,
      chapters(edition).map((c) => c.slug),
    ).map((name) => ({ params: { edition, name } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await previewPng(params.edition!, params.name!)), {
    headers: { 'Content-Type': 'image/png' },
  });
