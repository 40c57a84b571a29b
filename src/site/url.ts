/**
 * Addresses inside the site. The site may be served under a path (a project site at
 * https://org.github.io/report/, a folder on a ministry's server): BASE_PATH, read once at build
 * time, says which. Every internal link is written from the site's root and passed through `url`.
 * SITE_URL is the public address, written into citations, the sitemap and link previews.
 */
import { basePath, siteAddress } from './siteAddress.ts';

/** The path the site is served under. */
export const BASE = basePath(process.env.BASE_PATH);

/** The public address of this build. */
export const SITE = siteAddress(process.env);

/**
 * A link to a page or file, given from the site's root.
 * @example url('/2009/cite/') // => "/report/2009/cite/" when BASE_PATH=/report
 */
export const url = (path: string): string => BASE + path.replace(/^\/+/, '');

/**
 * The public address of a page or file, for citations, the sitemap and link previews.
 * @example absoluteUrl('/2009/') // => "https://example.org/report/2009/" when SITE_URL=https://example.org/report
 */
export const absoluteUrl = (path: string): string => SITE.origin + url(path);
