/**
 * The public address of the site and the path it is served under, from the build's settings (SITE_URL, BASE_PATH,
 * DEPLOY): pure functions, so that `npm run build` can check them before Astro starts.
 */

/**
 * A base path as Astro wants it: '/' or '/report/' (leading and trailing slash, no doubled ones).
 * @example basePath('report') // => "/report/"
 */
export function basePath(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter((part) => part !== '');
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/** Where `astro dev` and `astro preview` serve the site: the address of a build that was given none. */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

export interface SiteAddress {
  /** scheme, host and port of the public address, e.g. "https://example.org" */
  origin: string;
  /** true when SITE_URL was not set: every absolute address is a local preview's, useless to readers */
  preview: boolean;
}

/**
 * The public address from the build's settings. A deploy build (DEPLOY=1) refuses to go on without SITE_URL, so
 * that no published citation points at localhost; a SITE_URL with a path must match BASE_PATH.
 * @example siteAddress({ SITE_URL: 'https://example.org/report', BASE_PATH: '/report' })
 *   // => { origin: "https://example.org", preview: false }
 * @throws Error when DEPLOY is set without SITE_URL, SITE_URL is no http(s) address or its path is not BASE_PATH
 */
export function siteAddress(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  const value = env.SITE_URL?.trim() ?? '';
  if (value === '') {
    if ((env.DEPLOY ?? '') !== '' && env.DEPLOY !== '0')
      throw new Error(
        'SITE_URL is not set: a deploy build (DEPLOY=1) needs the public address, e.g. ' +
          'SITE_URL=https://example.org/report',
      );
    return { origin: PREVIEW_ORIGIN, preview: true };
  }
  let address: URL;
  try {
    address = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an address: "${value}"`);
  }
  if (address.protocol !== 'https:' && address.protocol !== 'http:')
    throw new Error(`SITE_URL is not an http(s) address: "${value}"`);
  const base = basePath(env.BASE_PATH);
  if (address.pathname !== '/' && basePath(address.pathname) !== base)
    throw new Error(`SITE_URL's path "${address.pathname}" is not BASE_PATH "${base}": set BASE_PATH to it`);
  return { origin: address.origin, preview: false };
}
