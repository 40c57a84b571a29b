/** The HTML pages of the site, as addresses from its root: the edition switcher and sitemap.xml list the same. */
import { editions } from '../generated/readGenerated.ts';
import { chapters } from './chapters.ts';

/**
 * The pages of one edition, inside it: "" (its contents), cite/, downloads/, sitemap/, print/ (every chapter on one
 * page), search/ and a page per chapter.
 */
export const editionPaths = (edition: string): string[] => [
  '',
  'cite/',
  'downloads/',
  'sitemap/',
  'print/',
  'search/',
  ...chapters(edition).map((c) => `${c.slug}/`),
];

/** Every page a reader can reach: "/", the comparison of rounds and every page of every edition (not the 404 page). */
export const sitePaths = (): string[] => [
  '/',
  '/compare/',
  ...editions().editions.flatMap((edition) => editionPaths(edition).map((path) => `/${edition}/${path}`)),
];
