import type { APIRoute } from 'astro';
import { sitePages } from '../site/pages.ts';
import { absoluteUrl } from '../site/url.ts';

/**
 * sitemap.xml for search engines: every page of the site at its public address (SITE_URL and BASE_PATH), each with
 * its twins in the other languages, as search engines read hreflang from a sitemap.
 */
export const GET: APIRoute = () => {
  const urls = sitePages()
    .map(({ path, twins }) => {
      const alternates = twins.map(
        (twin) => `    <xhtml:link rel="alternate" hreflang="${twin.locale}" href="${absoluteUrl(twin.path)}"/>`,
      );
      return [`  <url>`, `    <loc>${absoluteUrl(path)}</loc>`, ...alternates, `  </url>`].join('\n');
    })
    .join('\n');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
