import type { APIRoute, GetStaticPaths } from 'astro';
import { editions } from '../../../generated/readGenerated.ts';
import { chartImages } from '../../../site/chartImages.ts';

/**
 * Every chart placed in an edition, as a PNG image with its title and source: the English drawings, which belong
 * to the data package and its downloads page, in every language.
 */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      editions().editions.map(async (edition) =>
        (await chartImages(edition)).map((image) => ({
          params: { edition, name: image.path.replace(/^figures\/|\.png$/g, '') },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const image = (await chartImages(params.edition!)).find((i) => i.path === `figures/${params.name}.png`)!;
  return new Response(Buffer.from(image.body), { headers: { 'Content-Type': image.mediaType } });
};
