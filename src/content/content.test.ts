import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { blockNumber } from '../model/format.ts';
import { buildCatalogue, canonicalName } from './catalogue.ts';
import { numberBlocks, type BlocksOptions } from './remarkBlocks.ts';
import { ContentError } from './remarkValues.ts';
import { renderChapter } from './renderChapter.ts';
import { typedNumbers } from './typedNumbers.ts';

const catalogue = buildCatalogue(editionData2009.estimates, editionData2009.context, editionData2009.audit);
const frontmatter = '---\ntitle: "Test"\nsection: ""\norder: 1\nsummary: "A test."\n---\n\n';
const noBlocks: BlocksOptions = {
  slug: 'test',
  placed: new Map(),
  render: () => undefined,
  known: () => [],
};
const render = (body: string, blocks: BlocksOptions = noBlocks) =>
  renderChapter(frontmatter + body, 'test.md', catalogue, blocks, {
    name: '2009',
    fieldwork: { start: '2009-09', end: '2009-11' },
  });
function faults(body: string, blocks?: BlocksOptions): string[] {
  try {
    render(body, blocks);
  } catch (error) {
    if (error instanceof ContentError) return [...error.faults];
    throw error;
  }
  return [];
}

describe('references to values', () => {
  it('reads names in any order, "all" and Central Asia by default', () => {
    expect(canonicalName('inside.KZ.victims')).toBe('KZ.inside.all.all.victims');
    expect(canonicalName('victims_upper')).toBe('CA.all.all.all.victims_upper');
    expect(canonicalName('UZ.abroad.sexual.victims.printed@3.2.2')).toBe('UZ.abroad.sexual.all.victims.printed@3.2.2');
    expect(canonicalName('russia.written_contract.illegal')).toBe('russia.written_contract.illegal');
    // two values of one dimension name nothing: the reference stays unknown
    expect(canonicalName('KZ.UZ.victims')).toBe('KZ.UZ.victims');
    expect(canonicalName('KZ.inside.abroad.victims')).toBe('KZ.inside.abroad.victims');
  });

  it("prints the edition's formatted value inside a <data> element that keeps the exact value", () => {
    const { html } = render(
      'Inside Kazakhstan: :n[KZ.inside.victims] a year, :n[KZ.inside.sexual.sexual_share] sexual.',
    );
    expect(html).toContain(
      '<data value="139984" title="estimated victims per year [KZ.inside.all.all.victims]">139,984</data> a year',
    );
    // 4.3 / 76.3 per 1,000 families
    expect(html).toContain('>5.6%</data> sexual');
  });

  it('prints a printed figure, and a province figure, by name', () => {
    expect(render(':n[CA.inside.victims.printed]').html).toContain('>413,096</data>');
    expect(render(':n[KZ.province.zhambyl.family_size]').html).toContain('>4.9</data>');
    expect(render(':n[CA.abroad.victims.printed@3.2.3]').html).toContain('>701,701</data>');
  });

  it('stops on an unknown name with the file, line, column and the closest names', () => {
    expect(faults('Line one.\n\nKazakhstan had :n[KZ.inside.victimz] victims.')).toEqual([
      'test.md:10:16: unknown reference "KZ.inside.victimz"; closest valid names: KZ.inside.all.all.victims, ' +
        'KG.inside.all.all.victims, UZ.inside.all.all.victims',
    ]);
  });

  it('keeps ordinary colons as text: "10:30", "3:1" and "Note:see"', () => {
    expect(render('At 10:30 the ratio was 3:1. Note:see').html).toContain(
      '<p>At 10:30 the ratio was 3:1. Note:see</p>',
    );
  });

  it('stops on a block it does not know', () => {
    expect(faults('::chart{name="x"}')).toEqual([
      'test.md:8:1: unknown block "::chart"; expected ::table{name="…"} or ::figure{name="…"}',
    ]);
  });
});

describe('tables, figures and cross-references', () => {
  const chapters = [
    { file: 'a.md', slug: 'a', source: '::figure{name="KZ-risk"}\n\n::table{name="estimates-KZ"}\n' },
    { file: 'b.md', slug: 'b', source: '::table{name="comparative"}\n' },
  ];

  it('numbers tables and figures in chapter order across the edition', () => {
    const placed = numberBlocks(chapters);
    expect([...placed.values()].map((b) => `${b.kind} ${b.number} ${b.name} in ${b.slug}`)).toEqual([
      'figure 1 KZ-risk in a',
      'table 1 estimates-KZ in a',
      'table 2 comparative in b',
    ]);
  });

  it('links a cross-reference to the numbered block, in another chapter too', () => {
    const placed = numberBlocks(chapters);
    const blocks: BlocksOptions = {
      slug: 'b',
      placed,
      render: (b) => `<div id="${b.kind}-${b.name}"></div>`,
      known: () => [],
    };
    const { html } = render('See :ref[estimates-KZ] and :ref[comparative].\n\n::table{name="comparative"}', blocks);
    expect(html).toContain(
      'See <a href="../a/#table-estimates-KZ">Table 1</a> and <a href="#table-comparative">Table 2</a>.',
    );
    expect(faults(':ref[nothing]', blocks)).toEqual([
      'test.md:8:1: :ref[nothing] names no table or figure placed in this edition',
    ]);
  });

  it("keeps the report's own number beside the edition's, for the caption", () => {
    const placed = numberBlocks([
      {
        file: 'a.md',
        slug: 'a',
        source: '::figure{name="KZ-sample"}\n\n::figure{name="KZ-risk" report=" Figure 2-1e "}\n',
      },
    ]);
    expect(placed.get('KZ-risk')).toEqual({
      kind: 'figure',
      name: 'KZ-risk',
      number: 2,
      report: 'Figure 2-1e',
      slug: 'a',
    });
    expect(placed.get('KZ-sample')!.report).toBeUndefined();
    expect(blockNumber('Figure', 2, placed.get('KZ-risk')!.report)).toBe('Figure 2 (report: Figure 2-1e)');
    expect(blockNumber('Table', 8)).toBe('Table 8');
  });

  it('refuses a table placed twice', () => {
    expect(() =>
      numberBlocks([...chapters, { file: 'c.md', slug: 'c', source: '::table{name="comparative"}\n' }]),
    ).toThrow('c.md: table "comparative" is placed twice (also in b)');
  });
});

describe('numbers typed into the prose', () => {
  it('finds a typed figure that the data holds, and leaves years, sections and small counts alone', () => {
    const found = typedNumbers(
      'In 2009, section 2.1.6 says 30 relatives; Kazakhstan had 139,984 victims and 8.6 relatives, 5.6% ' +
        'sexual, at the 2.5% and 97.5% points (sections 2.1.6 and 2.3).',
      catalogue,
    );
    expect(found.map((f) => f.text)).toEqual(['139,984', '8.6', '5.6%']);
  });

  it('finds it however it is written: in brackets, in a range, without separators, rounded', () => {
    const found = typedNumbers(
      'Inside (139,984 victims, 76.3 per 1,000 families), limits 110,079–172,457; also 139984 and 139 984; ' +
        'about 6% sexual (1.1).',
      catalogue,
    );
    expect(found.map((f) => f.text)).toEqual(['139,984', '76.3', '110,079', '172,457', '139984', '139 984', '6%']);
  });

  it("reads a claim's words as prose and its formula as no prose, and gives each number its column", () => {
    const found = typedNumbers(
      'Most: :claim[139,984 people]{that="UZ.share_of_region > 0.5"}, and 8.6 more.',
      catalogue,
    );
    expect(found.map((f) => [f.text, f.column])).toEqual([
      ['139,984', 14],
      ['8.6', 68],
    ]);
  });

  it('finds none in the chapters of the 2009 edition', () => {
    const dir = new URL('../../content/2009/', import.meta.url);
    const typed = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((file) =>
        typedNumbers(readFileSync(new URL(file, dir), 'utf8'), catalogue).map(
          (t) => `${file}:${t.line}: ${t.text} (${t.matches.join(', ')})`,
        ),
      );
    expect(typed).toEqual([]);
  });
});

describe('claims and words from the data', () => {
  it('print the words the data gives: the first and last country, a place, the fieldwork', () => {
    const { html } = render(
      ':rank[rate_per_1000_population] ranks first and :rank[rate_per_1000_population]{place=last} last; ' +
        'Turkmenistan comes :place[TM.victims] of the :edition[countries]; fieldwork :edition[fieldwork].',
    );
    expect(html).toContain(
      '<span>Uzbekistan</span> ranks first and <span>Kyrgyzstan</span> last; Turkmenistan comes <span>fourth</span> ' +
        'of the <span>five</span>; fieldwork <span>September to November 2009</span>.',
    );
  });

  it('print a claim that holds as its words, and stop at one the data contradicts, with its place and values', () => {
    expect(
      render(':claim[the risk is highest in Uzbekistan]{that="UZ highest rate_per_1000_population"}.').html,
    ).toContain('the risk is highest in Uzbekistan</span>.');
    expect(faults('Some text.\n\nAnd :claim[Tajikistan leads]{that="TJ highest rate_per_1000_population"}.')).toEqual([
      'test.md:10:5: claim "TJ highest rate_per_1000_population" does not hold: UZ 24.3 > TJ 14.9',
    ]);
    expect(faults(':claim[no formula] and :rank[victims]{place=9}.')).toEqual([
      'test.md:8:1: :claim[no formula]: a claim needs its formula: :claim[words]{that="…"}',
      'test.md:8:24: :rank[victims]: expected a place from 1 to 5 or "last", found "9"',
    ]);
  });
});

describe('drafts', () => {
  const draft = '---\ntitle: "Test"\nsection: ""\norder: 1\nsummary: "A test."\nstatus: draft\n---\n\n';
  const renderDraft = (body: string) =>
    renderChapter(draft + body, 'test.md', catalogue, noBlocks, {
      name: '2009',
      fieldwork: { start: '2009-09', end: '2009-11' },
    });

  it('show a marker, not a wrong word, where a reference or claim fails, and list it for the editor', () => {
    const { html, warnings } = renderDraft(
      'Inside: :n[KZ.insid.victims]. :claim[Tajikistan leads]{that="TJ highest rate_per_1000_population"}. ' +
        ':todo[describe the provinces of this round]\n\n::table{name="russia"}',
    );
    expect(html).toContain('<mark class="draft-marker"');
    expect(html).toContain('[a figure this edition does not have]');
    expect(html).toContain('[a statement the data of this edition contradicts]');
    expect(html).toContain('[to be written for this edition: describe the provinces of this round]');
    expect(html).not.toContain('Tajikistan leads');
    expect(warnings).toEqual([
      'test.md:9:9: unknown reference "KZ.insid.victims"; closest valid names: KZ.inside.all.all.victims, ' +
        'KG.inside.all.all.victims, UZ.inside.all.all.victims',
      'test.md:9:31: claim "TJ highest rate_per_1000_population" does not hold: UZ 24.3 > TJ 14.9',
      'test.md:9:101: to do: describe the provinces of this round',
      'test.md:11:1: unknown table "russia"',
    ]);
  });

  it('stop the build for the same faults once the chapter is reviewed', () => {
    expect(faults(':todo[write this]')).toEqual(['test.md:8:1: to do: write this']);
  });
});

describe('headline precision', () => {
  it('rounds a count to two significant figures with {about}, and leaves shares as they are', () => {
    const { html } = render(
      'About :n[CA.victims]{about} a year; :n[KZ.victims]{about} in Kazakhstan; :n[UZ.share_of_region]{about}.',
    );
    expect(html).toContain('>1.1 million</data> a year; ');
    expect(html).toContain('>190,000</data> in Kazakhstan; ');
    expect(html).toContain('>59.3%</data>.');
  });
});
