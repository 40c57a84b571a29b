import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site/url.ts';

/** robots.txt: crawlers may read everything; the Sitemap line must be an absolute address (sitemaps.org). */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
