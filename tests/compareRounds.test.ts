/**
 * /compare/ as built: with one edition, its message and a footer link that says so; with three (2009, a copy of
 * 2009 named 2010, and the small questionnaire round), the rates per 1,000 population of every round with their
 * limits, the caution between consecutive rounds, every round's source, a link from every page of every edition,
 * downloads whose columns each hold one kind of value, and a sitemap that lists every page built.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfProject, root, run, unpublish } from './projectCopy.ts';

const BUILD_MS = 240_000;
const copy = copyOfProject('compare-');
const build = async () => {
  const built = await run('npm', ['run', 'build'], copy);
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.output}`);
};
const read = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');
const documentOf = (path: string) => parseHTML(read(path)).document;

/**
 * Every HTML page of dist/, as its address: dist/2009/cite/index.html is /2009/cite/. Not 404.html: a host shows
 * it for an address that has no page, and it has no address of its own.
 */
function builtPages(): string[] {
  const dist = join(copy, 'dist');
  return (readdirSync(dist, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => `/${relative(dist, join(dist, file)).replace(/index\.html$/, '')}`)
    .sort();
}
const sitemapPages = () =>
  [...read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();

/** A table's row, for the round `round` in the group `group`: each cell as "text | detail" (the limits). */
function rowOf(table: string, group: string, round: string): string[] {
  const bodies = [...documentOf('compare/index.html').querySelectorAll(`#table-${table} tbody`)];
  const body = bodies.find((b) => b.querySelector('tr.group th')?.textContent === group)!;
  const row = [...body.querySelectorAll('tr')].find((r) => r.querySelector('th[scope=row]')?.textContent === round)!;
  return [...row.querySelectorAll('td')].map((td) => {
    const detail = td.querySelector('.detail')?.textContent ?? '';
    const text = td.textContent!.slice(0, td.textContent!.length - detail.length);
    return detail ? `${text} | ${detail}` : text;
  });
}

/** What kinds of value a CSV column holds: number, true/false, or text (empty cells aside). */
function kindsOf(values: readonly string[]): Set<string> {
  const kind = (v: string) =>
    /^-?\d+(\.\d+)?$/.test(v) ? 'number' : v === 'true' || v === 'false' ? 'boolean' : 'text';
  return new Set(values.filter((v) => v !== '').map(kind));
}

describe('/compare/ with one edition', () => {
  beforeAll(() => build(), BUILD_MS);

  it('keeps its message, and every page links to it from the footer in words that fit one round', () => {
    expect(read('compare/index.html')).toContain('There is one survey round so far (2009)');
    for (const page of builtPages().filter((p) => p.startsWith('/2009/'))) {
      const footer = documentOf(`${page.slice(1)}index.html`).querySelector('footer.site a[href="/compare/"]');
      expect(footer?.textContent, page).toBe('Survey rounds (one so far)');
    }
    // the header's link waits for a second round
    expect(documentOf('2009/index.html').querySelector('header.site a[href="/compare/"]')).toBeNull();
  });

  it('is in sitemap.xml with "/" and every page built', () => {
    expect(sitemapPages()).toEqual(builtPages());
    expect(sitemapPages()).toEqual(expect.arrayContaining(['/', '/compare/', '/2009/']));
  });
});

describe('/compare/ with three editions', () => {
  beforeAll(async () => {
    // 2010: the 2009 round again under another name, so that its estimates lie within the 2009 limits
    cpSync(join(copy, 'data/2009'), join(copy, 'data/2010'), { recursive: true });
    unpublish(copy, '2010');
    const meta = join(copy, 'data/2010/edition.json');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('"edition": "2009"', '"edition": "2010"'));
    cpSync(join(root, 'tests/fixtures/small-round/small'), join(copy, 'data/small'), { recursive: true });
    await build();
  }, BUILD_MS);

  it("shows each round's rate per 1,000 population and victims per year, with limits", () => {
    // Kyrgyzstan 2009, inside: 35.4 per 1,000 families ÷ 13 = 2.72 per 1,000 population; Poisson limits
    // 10,028 and 20,057 victims ÷ 5,432 thousand = 1.85 and 3.69
    expect(rowOf('comparison-KG', 'Inside the country', '2009')).toEqual(['2.7 | 1.8–3.7', '14,792 | 10,028–20,057']);
    expect(rowOf('comparison-KG', 'Inside the country', '2010')).toEqual(['2.7 | 1.8–3.7', '14,792 | 10,028–20,057']);
    // small, inside: 402,778 victims ÷ 5,500 thousand = 73.2; Poisson 367,500 and 439,167 ÷ 5,500 = 66.8 and 79.8
    const [rate, victims] = rowOf('comparison-KG', 'Inside the country', 'small');
    expect(rate).toMatch(/^73\.2F \(too unreliable to publish alone\) \| Poisson 66\.8–79\.8; design-based \d/);
    expect(victims).toMatch(/^402,778F .* \| Poisson 367,500–439,167; design-based \d/);
    // per 1,000 families only in the secondary table, which says why
    expect(read('compare/index.html')).toContain('Per 1,000 families: not comparable across rounds');
    expect(rowOf('comparison-families', 'Kyrgyzstan', 'small')[0]).toBe('6.6');
  });

  it('says, for each pair of consecutive rounds, where the later estimate lies, as a caution', () => {
    const steps = [...documentOf('compare/index.html').querySelectorAll('#area-KG ~ ul li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(steps.find((s) => s.startsWith('Inside the country, 2009 to 2010:'))).toContain(
      '2.7 (Poisson 1.8–3.7), then 2.7 (Poisson 1.8–3.7) per 1,000 population. The later estimate lies within the ' +
        'earlier 95% limits, and the two ranges overlap: the difference lies within the limits: no change can be ' +
        'read from it.',
    );
    // 73.2 against 1.8–3.7: outside, and 9.0 and up does not reach 3.7
    expect(steps.find((s) => s.startsWith('Inside the country, 2010 to small:'))).toMatch(
      /lies outside the earlier 95% limits, and the two ranges do not overlap\. That is no test of significance/,
    );
    // Central Asia of Kyrgyzstan alone is not Central Asia of the five countries
    expect(read('compare/index.html')).toContain(
      '2010 to small: not compared, because the rounds cover other countries (2010: KZ, KG, TJ, TM, UZ; small: KG)',
    );
  });

  it("cites every round's source", () => {
    const sources = documentOf('compare/index.html').querySelector('#sources + ol')!.textContent!.replace(/\s+/g, ' ');
    expect(sources).toContain('2009 edition: after Taalaibek Kydyrov and Jypara Abakirova, The Scale of Human');
    expect(sources).toContain('2010 edition: after Taalaibek Kydyrov');
    expect(sources).toContain('small edition: after Test fixture, Small test round, Test fixture, not a publication');
    expect(sources).toContain('Nowhere 2012');
  });

  it('is in Russian too, with the same values in Russian form', () => {
    const russian = documentOf('ru/compare/index.html');
    expect(russian.querySelector('h1')!.textContent).toBe('Сравнение раундов опроса');
    const english = documentOf('compare/index.html');
    const captions = (document: typeof english) =>
      [...document.querySelectorAll('figcaption')].map((c) => c.textContent!.replace(/\s+/g, ' '));
    expect(captions(russian)).toContain(
      'Таблица 2. Казахстан: число жертв на 1000 человек населения и в год в каждом раунде опроса, с 95-процентными ' +
        'границами',
    );
    // the same cells, the Russian in Russian form: "12.2" is «12,2», "191,905" is «191 905»
    const cells = (document: typeof english) =>
      [...document.querySelectorAll('#table-comparison-KZ td')].map((td) => td.textContent!.replace(/\s+/g, ''));
    expect(cells(russian)).toEqual(cells(english).map((c) => c.replaceAll(',', '').replaceAll('.', ',')));
  });

  it('is linked from the header and the footer of every page of every edition', () => {
    const pages = builtPages().filter((p) => /^\/(2009|2010|small)\//.test(p));
    // 2009's chapters, and the contents, cite and sitemap pages of the two rounds without chapters
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const document = documentOf(`${page.slice(1)}index.html`);
      expect(document.querySelector('header.site a[href="/compare/"]'), page).not.toBeNull();
      expect(document.querySelector('footer.site a[href="/compare/"]')?.textContent, page).toBe(
        'Compare survey rounds',
      );
    }
  });

  it('downloads tables whose every column holds one kind of value, limits in their own numeric columns', () => {
    const files = readdirSync(join(copy, 'dist/compare')).filter((f) => f.endsWith('.csv'));
    expect(files).toContain('comparison-KG.csv');
    for (const file of files) {
      const { data, meta } = Papa.parse<Record<string, string>>(read(`compare/${file}`), {
        header: true,
        skipEmptyLines: true,
      });
      // an edition is a name, even one of digits
      for (const column of meta.fields!.filter((name) => name !== 'edition')) {
        const kinds = kindsOf(data.map((row) => row[column]!));
        expect(kinds.size, `${file}: ${column} holds ${[...kinds].join(' and ')}`).toBeLessThanOrEqual(1);
        if (/rate|lower|upper|victims|family_size/.test(column))
          expect([...kinds], `${file}: ${column}`).toEqual(['number']);
      }
    }
    const kg = read('compare/comparison-KG.csv').split('\n');
    expect(kg[0]).toBe(
      'group,edition,rate_per_1000_population,rate_lower,rate_upper,rate_lower_design,rate_upper_design,' +
        'within_previous_limits,overlaps_previous_limits,victims,victims_lower,victims_upper,victims_lower_design,' +
        'victims_upper_design,reliability',
    );
    expect(kg).toContain('Inside the country,2010,2.72,1.85,3.69,,,true,true,14792,10028,20057,,,reliable');
  });

  it('is in sitemap.xml with "/" and every page of every edition', () => {
    expect(sitemapPages()).toEqual(builtPages());
    expect(sitemapPages()).toEqual(expect.arrayContaining(['/', '/compare/', '/2010/', '/small/']));
  });
});
