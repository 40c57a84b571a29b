import type { APIRoute } from 'astro';
import { sitePaths } from '../site/pages.ts';
import { absoluteUrl } from '../site/url.ts';

/** sitemap.xml for search engines: every page of the site at its public address (SITE_URL and BASE_PATH). */
export const GET: APIRoute = () => {
  const urls = sitePaths()
    .map((path) => `  <url><loc>${absoluteUrl(path)}</loc></url>`)
    .join('\n');
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
