import type { APIRoute } from 'astro';
import { editionFile, editions, manifest } from '../generated/readGenerated.ts';
import { atomFeed } from '../site/feed.ts';

/** The Atom feed of published editions and their corrections, at the site's public address (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const list = editions();
  const feedEditions = list.editions.map((edition) => ({
    edition,
    title: manifest(edition).meta.title,
    record: editionFile(edition, 'record.json'),
  }));
  const title = manifest(list.latest).meta.title;
  const xml = atomFeed(site!, title, feedEditions, new Date().toISOString().slice(0, 10));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml' } });
};
