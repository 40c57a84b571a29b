import type { APIRoute, GetStaticPaths } from 'astro';
import { citation } from '../../../site/citation.ts';
import { editions, manifest } from '../../../generated/readGenerated.ts';
import { absoluteUrl } from '../../../site/url.ts';

export const getStaticPaths = (() =>
  editions().editions.flatMap((edition) =>
    ['citation.bib', 'citation.ris'].map((file) => ({ params: { edition, file } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const edition = params.edition!;
  const cite = citation(manifest(edition).meta, edition, absoluteUrl(`/${edition}/`));
  const bib = params.file === 'citation.bib';
  return new Response(bib ? cite.bibtex : cite.ris, {
    headers: {
      'Content-Type': bib
        ? 'application/x-bibtex; charset=utf-8'
        : 'application/x-research-info-systems; charset=utf-8',
    },
  });
};
