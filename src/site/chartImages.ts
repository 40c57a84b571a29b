/**
 * Every chart of an edition as a PNG image too, for slides and documents that take no SVG: drawn by
 * sharp from the standalone SVG file (title, colours and source written in) at twice its size, so
 * that it stays sharp on a projector. Kept apart from the list of downloads because sharp works
 * asynchronously; the downloads page and the PNG endpoint wait for it.
 */
import sharp from 'sharp';
import { CHARTS } from '../charts/index.ts';
import { chartSvgFile } from '../charts/svgFile.ts';
import type { Locale } from '../model/locale.ts';
import { editionData, placedBlocks } from './chapters.ts';
import type { PackageFile } from './dataPackage.ts';
import { drawingSource, editionDownloads } from './downloads.ts';

/** The PNG files of one edition, with their bytes. */
export type ImageFile = Omit<PackageFile, 'body'> & { body: Uint8Array };

const drawingCache = new Map<string, PackageFile[]>();

/**
 * The charts of an edition as standalone SVG drawings in a language: in English the downloads' own (they belong to
 * the data package); in another language drawn again with its words, for the links under its pages' charts.
 */
export function chartDrawings(edition: string, locale: Locale = 'en'): PackageFile[] {
  const svg = (f: PackageFile) => f.path.startsWith('figures/') && f.path.endsWith('.svg');
  if (locale === 'en') return editionDownloads(edition).filter(svg);
  const key = `${locale}/${edition}`;
  let drawings = drawingCache.get(key);
  if (!drawings) {
    const data = editionData(edition);
    const source = drawingSource(edition, locale);
    drawings = [...placedBlocks(edition, locale).values()]
      .filter((block) => block.kind === 'figure' && CHARTS[block.name])
      .map(({ name, title }) => ({
        path: `figures/${name}.svg`,
        title,
        holds: title,
        licences: CHARTS[name]!.printed ? ['report'] : ['project'],
        mediaType: 'image/svg+xml',
        body: chartSvgFile(CHARTS[name]!, data, source, locale),
      }));
    drawingCache.set(key, drawings);
  }
  return drawings;
}

const cache = new Map<string, Promise<ImageFile[]>>();

/** The charts of an edition as PNG files, drawn once per build from the English drawings of the data package. */
export function chartImages(edition: string): Promise<ImageFile[]> {
  let images = cache.get(edition);
  if (!images) {
    const drawings = chartDrawings(edition);
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
