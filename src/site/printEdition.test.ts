import { describe, expect, it } from 'vitest';
import { printChapterHtml } from './printEdition.ts';

describe('a chapter on the print page', () => {
  const slugs = new Set(['kazakhstan', 'methodology']);
  const fit = (html: string) =>
    printChapterHtml(html, { slug: 'kazakhstan', title: '2.1 Kazakhstan' }, '/2009/kazakhstan/', slugs);

  it('moves headings one level down and makes ids and the links to them unique on the page', () => {
    expect(
      fit('<h2 id="sample">Sample<a class="anchor" href="#sample">#</a></h2><p><a href="#sample">up</a></p>'),
    ).toBe('<h3 id="kazakhstan--sample">Sample</h3><p><a href="#kazakhstan--sample">up</a></p>');
    expect(
      fit(
        '<figure id="figure-KZ-risk" aria-labelledby="figure-KZ-risk-caption"><figcaption id="figure-KZ-risk-caption">',
      ),
    ).toBe(
      '<figure id="kazakhstan--figure-KZ-risk" aria-labelledby="kazakhstan--figure-KZ-risk-caption">' +
        '<figcaption id="kazakhstan--figure-KZ-risk-caption"></figcaption></figure>',
    );
  });

  it("names a scrolling table after its chapter too, since every country chapter has a table under 'Sample'", () => {
    expect(fit('<div class="table-wrap" role="region" aria-label="Table: Sample" tabindex="0"></div>')).toBe(
      '<div class="table-wrap" role="region" aria-label="2.1 Kazakhstan, Table: Sample" tabindex="0"></div>',
    );
  });

  it('turns a link to another chapter into a link within the page, and any other relative link into a path', () => {
    expect(fit('<a href="../methodology/#the-95-limits">a</a><a href="../methodology/">b</a>')).toBe(
      '<a href="#methodology--the-95-limits">a</a><a href="#methodology">b</a>',
    );
    expect(
      fit('<a href="../cite/">c</a><a href="/2009/figures/KZ-risk.csv">d</a><a href="https://iom.int/">e</a>'),
    ).toBe('<a href="/2009/cite/">c</a><a href="/2009/figures/KZ-risk.csv">d</a><a href="https://iom.int/">e</a>');
  });

  it('keeps the chart drawn for print, and leaves out the narrow drawings and the data behind it', () => {
    const chart =
      '<div class="chart-svg phone"><svg id="a"></svg></div><div class="chart-svg tablet"><svg></svg></div>' +
      '<div class="chart-svg desktop"><svg><clipPath id="plot-clip-3"></clipPath></svg></div>' +
      '<details class="chart-data"><summary>The data</summary></details>';
    expect(fit(chart)).toBe('<div class="chart-svg desktop"><svg><clipPath id="plot-clip-3"></clipPath></svg></div>');
  });
});
