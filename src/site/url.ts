/**
 * Addresses inside the site. The site may be served under a path (a project site at
 * https://org.github.io/report/, a folder on a ministry's server): BASE_PATH, read once at build
 * time, says which. Every internal link is written from the site's root and passed through `url`.
 */

/**
 * A base path as Astro wants it: '/' or '/report/' (leading and trailing slash, no doubled ones).
 * @example basePath('report') // => "/report/"
 */
export function basePath(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter((part) => part !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** The path the site is served under. */
export const BASE = basePath(process.env.BASE_PATH);

/**
 * A link to a page or file, given from the site's root.
 * @example url('/2009/cite/') // => "/report/2009/cite/" when BASE_PATH=/report
 */
export const url = (path: string): string => BASE + path.replace(/^\/+/, '');
