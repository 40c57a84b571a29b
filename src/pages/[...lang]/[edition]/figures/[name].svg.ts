import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../../generated/readGenerated.ts';
import { chartDrawings } from '../../../../site/chartImages.ts';
import { localeOf, localeParams } from '../../../../site/locales.ts';

/** Every chart placed in an edition, as a standalone SVG file with its title and source, in each language. */
export const getStaticPaths = (() =>
  localeParams().flatMap(({ lang, locale }) =>
    editions().editions.flatMap((edition) =>
      chartDrawings(edition, locale).map((f) => ({
        params: { lang, edition, name: f.path.replace(/^figures\/|\.svg$/g, '') },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = chartDrawings(params.edition!, localeOf(params.lang)).find(
    (f) => f.path === `figures/${params.name}.svg`,
  )!;
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
