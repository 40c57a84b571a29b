/** The HTML pages of the site, as addresses from its root: the edition switcher and sitemap.xml list the same. */
import { editions } from '../generated/readGenerated.ts';
import { LOCALES } from '../model/locale.ts';
import { chapters } from './chapters.ts';
import { localePath } from './locales.ts';

/**
 * The pages of one edition, inside it: "" (its contents), cite/, downloads/, sitemap/, print/ (every chapter on one
 * page), search/ and a page per chapter. Every language has the same pages.
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

/** The pages of the site in one language, from its root: "/", the comparison of rounds and every edition's pages. */
const pathsInOneLanguage = (): string[] => [
  '/',
  '/compare/',
  ...editions().editions.flatMap((edition) => editionPaths(edition).map((path) => `/${edition}/${path}`)),
];

/**
 * Every page a reader can reach, in every language (not the 404 page), each with its twins in the other languages:
 * English at the cited addresses, then each other language under its prefix.
 */
export const sitePages = (): { path: string; twins: { locale: string; path: string }[] }[] =>
  LOCALES.flatMap((locale) =>
    pathsInOneLanguage().map((path) => ({
      path: localePath(locale, path),
      twins: LOCALES.map((other) => ({ locale: other, path: localePath(other, path) })),
    })),
  );

/** Every page a reader can reach, in every language (not the 404 page). */
export const sitePaths = (): string[] => sitePages().map((page) => page.path);
