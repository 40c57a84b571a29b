/**
 * Every chart of an edition as a PNG image too, for slides and documents that take no SVG: drawn by
 * sharp from the standalone SVG file (title, colours and source written in) at twice its size, so
 * that it stays sharp on a projector. Kept apart from the list of downloads because sharp works
 * asynchronously; the downloads page and the PNG endpoint wait for it.
 */
import sharp from 'sharp';
import type { PackageFile } from './dataPackage.ts';
import { editionDownloads } from './downloads.ts';

/** The PNG files of one edition, with their bytes. */
export type ImageFile = Omit<PackageFile, 'body'> & { body: Uint8Array };

const cache = new Map<string, Promise<ImageFile[]>>();

/** The charts of an edition as PNG files, drawn once per build. */
export function chartImages(edition: string): Promise<ImageFile[]> {
  let images = cache.get(edition);
  if (!images) {
    const drawings = editionDownloads(edition).filter((f) => f.path.startsWith('figures/') && f.path.endsWith('.svg'));
    images = Promise.all(
      drawings.map(async ({ schema: _, ...svg }) => ({
        ...svg,
        path: svg.path.replace(/\.svg$/, '.png'),
        holds: `The chart “${svg.title}” as a PNG image (twice the SVG's size), with its title and source.`,
        mediaType: 'image/png',
        body: new Uint8Array(await sharp(Buffer.from(svg.body), { density: 144 }).png().toBuffer()),
      })),
    );
    cache.set(edition, images);
  }
  return images;
}
