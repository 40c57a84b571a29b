import type { APIRoute } from 'astro';
import { chapters } from '../site/chapters.ts';
import { editions } from '../generated/readGenerated.ts';

/**
 * sitemap.xml for search engines: "/", the comparison of rounds and every page of every edition, at the site's
 * public address (SITE_URL).
 */
export const GET: APIRoute = ({ site }) => {
  const paths = [
    '/',
    '/compare/',
    ...editions().editions.flatMap((edition) =>
      ['', 'cite/', 'downloads/', 'sitemap/', ...chapters(edition).map((c) => `${c.slug}/`)].map(
        (p) => `/${edition}/${p}`,
      ),
    ),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join('\n');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
