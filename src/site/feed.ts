/**
 * The site's Atom feed (RFC 4287, /feed.xml): an entry when an edition is published and one for
 * each correction to a published edition, so that readers who cite a figure learn when it changes.
 * Addresses are absolute, from the site's public address (SITE_URL).
 */
import type { RecordSummary } from '../generated/contract.ts';
import { url } from './url.ts';

export interface FeedEdition {
  edition: string;
  title: string;
  record: RecordSummary;
}

interface Entry {
  id: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// a record keeps days; Atom wants an instant: midnight UTC of that day
const instant = (date: string) => `${date}T00:00:00Z`;

/** The anchor of a correction on its edition's contents page; corrections are numbered from the first made. */
export const correctionAnchor = (number: number) => `correction-${number}`;

function entries(site: URL, editions: readonly FeedEdition[]): Entry[] {
  return editions.flatMap(({ edition, title, record }) => {
    if (record.published === null) return [];
    const page = new URL(url(`/${edition}/`), site).href;
    const count = record.corrections.length;
    return [
      {
        id: page,
        title: `The ${edition} edition is published`,
        date: record.published,
        summary: `The ${edition} edition of ${title}: estimates from the ${edition} survey round.`,
      },
      // corrections are kept latest first
      ...record.corrections.map((c, i) => ({
        id: `${page}#${correctionAnchor(count - i)}`,
        title: `Correction to the ${edition} edition`,
        date: c.date,
        summary: `${c.what} ${c.why} Figures changed: ${c.changes.length}.`,
      })),
    ];
  });
}

/**
 * The feed's XML, entries latest first.
 * @param built the day of the build, the feed's date while no edition is published
 */
export function atomFeed(site: URL, title: string, editions: readonly FeedEdition[], built: string): string {
  const list = entries(site, editions).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const home = new URL(url('/'), site).href;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(title)}: editions and corrections</title>`,
    `  <id>${escape(home)}</id>`,
    `  <link rel="self" href="${escape(new URL(url('/feed.xml'), site).href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(home)}"/>`,
    `  <updated>${instant(list[0]?.date ?? built)}</updated>`,
    `  <author><name>${escape(title)}, web edition</name></author>`,
    ...list.flatMap((entry) => [
      '  <entry>',
      `    <id>${escape(entry.id)}</id>`,
      `    <title>${escape(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(entry.id)}"/>`,
      `    <updated>${instant(entry.date)}</updated>`,
      `    <summary>${escape(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
