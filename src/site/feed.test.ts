import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedEdition } from './feed.ts';

const site = new URL('https://example.org');
const checksum = '0'.repeat(64);
const editions: FeedEdition[] = [
  {
    edition: '2009',
    title: 'Scale & scope',
    record: {
      published: '2026-11-30',
      corrections: [
        {
          date: '2027-02-01',
          what: 'Rates <per 1,000> fixed.',
          why: 'A slip.',
          changes: [{ figure: 'KZ.all.all.all.population', old: 1, new: 2 }],
          checksum,
        },
        { date: '2027-01-15', what: 'First.', why: 'Found.', changes: [], checksum },
      ],
    },
  },
  { edition: '2031', title: 'Scale & scope', record: { published: null, corrections: [] } },
];

describe('the Atom feed', () => {
  it('has an entry per published edition and per correction, the latest first, with absolute addresses', () => {
    const xml = atomFeed(site, 'Scale & scope', editions, '2027-03-01');
    const { document } = parseHTML(xml.replace(/^<\?xml[^>]*>\n/, ''));
    const entries = [...document.querySelectorAll('entry')].map((e) => ({
      id: e.querySelector('id')?.textContent,
      updated: e.querySelector('updated')?.textContent,
    }));
    expect(entries).toEqual([
      { id: 'https://example.org/2009/#correction-2', updated: '2027-02-01T00:00:00Z' },
      { id: 'https://example.org/2009/#correction-1', updated: '2027-01-15T00:00:00Z' },
      { id: 'https://example.org/2009/', updated: '2026-11-30T00:00:00Z' },
    ]);
    // the feed is as new as its latest entry, so that the same data builds the same feed
    expect(xml).toContain('  <updated>2027-02-01T00:00:00Z</updated>\n');
    expect(xml).toContain('<summary>Rates &lt;per 1,000&gt; fixed. A slip. Figures changed: 1.</summary>');
    expect(xml).toContain('<title>Scale &amp; scope: editions and corrections</title>');
  });

  it('is dated by the build while no edition is published', () => {
    const xml = atomFeed(site, 'T', [editions[1]!], '2027-03-01');
    expect(xml).not.toContain('<entry>');
    expect(xml).toContain('  <updated>2027-03-01T00:00:00Z</updated>\n');
  });
});
