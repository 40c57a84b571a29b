import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { buildCatalogue } from './catalogue.ts';
import { glossaryTerms, type GlossaryTerm } from './remarkGlossary.ts';
import { renderChapter } from './renderChapter.ts';

const catalogue = buildCatalogue(editionData2009.estimates, editionData2009.context, editionData2009.audit);
const frontmatter = '---\ntitle: "Test"\nsection: ""\norder: 1\nsummary: "A test."\n---\n\n';
const facts = { name: '2009', fieldwork: { start: '2009-09', end: '2009-11' } };

const GLOSSARY = `${frontmatter}Words used in a special sense.

## Close relatives and family size

*Also: family size, close relatives*

The circle a respondent answers for.

## Family (in the estimate)

*Also: notional families*

Population ÷ family size.

## Oblast, velayat, province

*Also: oblast, velayat, province*

A province.

## Rate per 1,000 families

*Also: per 1,000 families*

Victims a year.

## Design-based limits and the Rao–Wu bootstrap

*Also: Rao–Wu bootstrap*

Resampling settlements.

## Design effect

Emphasis that is *not a list of synonyms*.
`;
const terms = glossaryTerms(GLOSSARY);

/** The chapter's glossary links as [link text, anchor]. */
function links(body: string, slug = 'test', glossary: readonly GlossaryTerm[] = terms): string[][] {
  const blocks = { slug, placed: new Map(), render: () => undefined, known: () => [] };
  const { html } = renderChapter(frontmatter + body, `${slug}.md`, catalogue, blocks, facts, { glossary });
  return [...html.matchAll(/<a href="\.\.\/glossary\/#([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[2]!, m[1]!]);
}

describe('glossary terms', () => {
  it('reads each ## heading with the id the glossary page gives it, and the synonyms of its "Also:" line', () => {
    expect(terms).toEqual([
      {
        term: 'Close relatives and family size',
        slug: 'close-relatives-and-family-size',
        synonyms: ['family size', 'close relatives'],
      },
      { term: 'Family (in the estimate)', slug: 'family-in-the-estimate', synonyms: ['notional families'] },
      {
        term: 'Oblast, velayat, province',
        slug: 'oblast-velayat-province',
        synonyms: ['oblast', 'velayat', 'province'],
      },
      // the comma of 1,000 and the en dash of Rao–Wu leave the id, as rehype-slug writes it
      { term: 'Rate per 1,000 families', slug: 'rate-per-1000-families', synonyms: ['per 1,000 families'] },
      {
        term: 'Design-based limits and the Rao–Wu bootstrap',
        slug: 'design-based-limits-and-the-raowu-bootstrap',
        synonyms: ['Rao–Wu bootstrap'],
      },
      // italics that do not start with "Also:" are text, not synonyms
      { term: 'Design effect', slug: 'design-effect', synonyms: [] },
    ]);
  });

  it("gives every term of the 2009 glossary an anchor that the glossary's page has", () => {
    const source = readFileSync(new URL('../../content/2009/glossary.md', import.meta.url), 'utf8');
    const blocks = { slug: 'glossary', placed: new Map(), render: () => undefined, known: () => [] };
    const { headings } = renderChapter(source, 'content/2009/glossary.md', catalogue, blocks, facts);
    const all = glossaryTerms(source);
    expect(all.length).toBeGreaterThan(15);
    expect(all.map((t) => t.slug)).toEqual(headings.filter((h) => h.depth === 2).map((h) => h.id));
  });
});

describe('links to the glossary', () => {
  it('links the first use of a term only', () => {
    expect(links('The family size matters.\n\nA second family size is not linked.')).toEqual([
      ['family size', 'close-relatives-and-family-size'],
    ]);
  });

  it('matches any case and keeps the words as written', () => {
    expect(links('FAMILY SIZE and Rao-Wu Bootstrap.')).toEqual([
      ['FAMILY SIZE', 'close-relatives-and-family-size'],
      // a hyphen stands for the en dash
      ['Rao-Wu Bootstrap', 'design-based-limits-and-the-raowu-bootstrap'],
    ]);
  });

  it('links a synonym, and only once for all the words of one term', () => {
    expect(links('Each oblast, each velayat and each province.')).toEqual([['oblast', 'oblast-velayat-province']]);
    expect(links('Close relatives first, then family size.')).toEqual([
      ['Close relatives', 'close-relatives-and-family-size'],
    ]);
  });

  it('matches whole words, and plurals', () => {
    expect(links('Subprovince and provincial are other words.')).toEqual([]);
    expect(links('Two oblasts.')).toEqual([['oblasts', 'oblast-velayat-province']]);
  });

  it('takes the longest term at a place, and never links part of a term used before', () => {
    expect(links('Victims per 1,000 families, then notional families.')).toEqual([
      ['per 1,000 families', 'rate-per-1000-families'],
      ['notional families', 'family-in-the-estimate'],
    ]);
    expect(links('Per 1,000 families; again per 1,000 families; notional families.')).toEqual([
      ['Per 1,000 families', 'rate-per-1000-families'],
      ['notional families', 'family-in-the-estimate'],
    ]);
  });

  it('leaves headings, links, code, quotations, italics and directives alone, and links the first plain use', () => {
    const body = [
      '## Family size',
      '',
      'See [the family size](../methodology/), `family size`, *Family Size* and ' +
        ':claim[a small family size]{that="KZ lowest family_size"}.',
      '',
      '> A family size quoted.',
      '',
      '```',
      'family size',
      '```',
      '',
      'Kazakhstan :n[KZ.family_size] has a family size.',
    ].join('\n');
    expect(links(body)).toEqual([['family size', 'close-relatives-and-family-size']]);
    // the one link is the last sentence's
    const blocks = { slug: 'test', placed: new Map(), render: () => undefined, known: () => [] };
    const { html } = renderChapter(frontmatter + body, 'test.md', catalogue, blocks, facts, { glossary: terms });
    expect(html).toContain('has a <a href="../glossary/#close-relatives-and-family-size"');
    expect(html).toContain(
      '<span class="claim" title="checked against the data: KZ lowest family_size">a small family size',
    );
  });

  it('links nothing in the glossary itself, or in an edition without a glossary', () => {
    expect(links('The family size.', 'glossary')).toEqual([]);
    expect(links('The family size.', 'test', [])).toEqual([]);
  });
});
