import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../../generated/readGenerated.ts';
import { chartImages } from '../../../../site/chartImages.ts';
import { localeOf, localeParams } from '../../../../site/locales.ts';

/** Every chart placed in an edition, as a PNG image with its title and source, in each language. */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      localeParams().flatMap(({ lang, locale }) =>
        editions().editions.map(async (edition) =>
          (await chartImages(edition, locale)).map((image) => ({
            params: { lang, edition, name: image.path.replace(/^figures\/|\.png$/g, '') },
          })),
        ),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const image = (await chartImages(params.edition!, localeOf(params.lang))).find(
    (i) => i.path === `figures/${params.name}.png`,
  )!;
  return new Response(Buffer.from(image.body), { headers: { 'Content-Type': image.mediaType } });
};
