import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { buildCatalogue } from './catalogue.ts';
import type { BlocksOptions } from './remarkBlocks.ts';
import { ContentError } from './remarkValues.ts';
import { renderChapter, type ChapterMeta } from './renderChapter.ts';
import { markTranslated, sourceVersion, translationState } from './translation.ts';
import { typedNumbers } from './typedNumbers.ts';

const { estimates, context, audit } = editionData2009;
const catalogueRu = buildCatalogue(estimates, context, audit, 'ru');
const facts = { name: '2009', fieldwork: { start: '2009-09', end: '2009-11' } };
const meta: ChapterMeta = { title: 'Тест', section: '', order: 1, summary: 'Тест.', status: 'reviewed' };
const blocks: BlocksOptions = { slug: 'test', placed: new Map(), render: () => undefined, known: () => [] };
const nbsp = '\u00a0';
const anchors = [
  { depth: 2, id: 'main-findings' },
  { depth: 3, id: 'how-to-read' },
];
const renderRu = (body: string, options: { anchors?: typeof anchors } = {}) =>
  renderChapter(
    `---\ntitle: "Тест"\nsummary: "Тест."\ntranslates: "pending"\n---\n\n${body}`,
    'ru/test.md',
    catalogueRu,
    blocks,
    facts,
    {
      locale: 'ru',
      meta,
      ...options,
    },
  );
function faults(body: string, options: { anchors?: typeof anchors } = {}): string[] {
  try {
    renderRu(body, options);
  } catch (error) {
    if (error instanceof ContentError) return [...error.faults];
    throw error;
  }
  return [];
}

describe('a chapter in Russian', () => {
  it('prints the values the English binds, in Russian form', () => {
    const { html } = renderRu('Всего :n[CA.victims], доля :n[UZ.share_of_region], около :n[CA.victims]{about}.');
    // 1,132,064 victims a year; Uzbekistan's share 670,890 ÷ 1,132,064 = 59.3%
    expect(html).toContain(`>1${nbsp}132${nbsp}064<`);
    expect(html).toContain(`>59,3${nbsp}%<`);
    expect(html).toContain(`>1,1${nbsp}млн<`);
  });

  it('declines the words the data writes, in the case asked for', () => {
    const { html } = renderRu(
      'В :rank[victims]{case=prep}; :place[TM.victims] место; из :edition[countries]{case=gen} стран; ' +
        'в :edition[fieldwork]{case=prep}.',
    );
    // Uzbekistan has the most victims, Turkmenistan 97,089 the fourth most (KZ 191,905, TJ 109,418, KG 62,761)
    expect(html).toContain(
      '<p>В <span>Узбекистане</span>; <span>четвёртое</span> место; из <span>пяти</span> стран; ' +
        'в <span>сентябре–ноябре 2009 года</span>.</p>',
    );
  });

  it('checks its claims against the same data, and names a case it does not know', () => {
    expect(faults(':claim[Больше всего в Кыргызстане]{that="KG highest victims"}')).toEqual([
      // the editor's message in the page's number forms
      `ru/test.md:7:1: claim "KG highest victims" does not hold: UZ 670${nbsp}890 > KG 62${nbsp}760`,
    ]);
    expect(faults('В :rank[victims]{case=locative}.')).toEqual([
      'ru/test.md:7:3: :rank[victims]: expected a case (nom, gen, dat, acc, ins, prep), found "locative"',
    ]);
  });

  it('takes the English headings’ ids in turn, and stops when its headings differ from the English', () => {
    const { html } = renderRu('## Главные результаты\n\n### Как читать\n', { anchors });
    expect(html).toContain('<h2 id="main-findings">');
    expect(html).toContain('<h3 id="how-to-read">');
    expect(faults('## Главные результаты\n\n## Как читать\n', { anchors })).toEqual([
      'ru/test.md:9:1: the headings differ from the English chapter\'s: heading 2 ("Как читать", level 2) stands ' +
        'where the English has a heading of level 3 (#how-to-read); keep the same headings, at the same levels, ' +
        'in the same order',
    ]);
    expect(faults('## Главные результаты\n', { anchors })).toEqual([
      "ru/test.md:1:1: the headings differ from the English chapter's: it has 2, this translation 1; keep the same " +
        'headings, at the same levels, in the same order',
    ]);
  });

  it('makes the noun after a number agree with it, whatever the round gives', () => {
    // 1,132,064 ends in 4: «жертвы»; Kyrgyzstan's 62,760 in 0: «жертв» (terms.test.ts has every form)
    const { html } = renderRu(
      ':n[CA.victims]{agree="жертва жертвы жертв"}, :n[KG.victims]{agree="жертва жертвы жертв"}, ' +
        ':n[CA.victims]{about agree="человек человека человек"}, ' +
        ':n[KG.families]{agree="условная семья|условные семьи|условных семей"}.',
    );
    expect(html).toContain(`>1${nbsp}132${nbsp}064${nbsp}жертвы<`);
    expect(html).toContain(`>62${nbsp}760${nbsp}жертв<`);
    expect(html).toContain(`>1,1${nbsp}млн${nbsp}человек<`);
    // Kyrgyzstan's 417,846 families end in 6
    expect(html).toContain(`>417${nbsp}846${nbsp}условных семей<`);
    expect(faults(':n[CA.victims]{agree="жертва жертвы"}')).toEqual([
      'ru/test.md:7:1: :n[CA.victims]{agree}: expected three forms of the noun, as after 1, 3 and 5: ' +
        '"жертва жертвы жертв", or phrases between "|"',
    ]);
  });

  it('keeps a no-break space before the per cent sign', () => {
    expect(renderRu('Границы 95 % не всё.').html).toContain(`95${nbsp}%`);
  });
});

describe('typed numbers in Russian', () => {
  it('finds a value typed with a decimal comma or grouped with spaces, and passes parts of the report', () => {
    const found = typedNumbers(
      'Доля — 59,3 %, всего 1 132 064 жертвы; см. раздел 2.1 и табл. 2-1a; в 2009 году; 95 %.',
      catalogueRu,
      'ru',
    ).map((t) => [t.text, t.matches[0]]);
    expect(found).toEqual([
      ['59,3 %', 'UZ.all.all.all.share_of_region'],
      ['1 132 064', 'CA.all.all.all.victims'],
    ]);
  });
});

describe('the version a translation records', () => {
  const english = '---\ntitle: "Key findings"\n---\n\nText.\n';
  const translation = '---\ntitle: "Основные выводы"\nsummary: "С."\ntranslates: "pending"\n---\n\nТекст.\n';

  it('is the start of the SHA-256 of the English, whatever its line endings', () => {
    expect(sourceVersion(english)).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceVersion(english.replaceAll('\n', '\r\n'))).toBe(sourceVersion(english));
  });

  it('makes a translation current when marked, and stale when the English changes', () => {
    const marked = markTranslated(translation, english);
    expect(marked).toContain(`translates: "${sourceVersion(english)}"`);
    const state = (text: string, source: string) =>
      translationState(
        { title: '', summary: '', status: 'reviewed', translates: /translates: "(\w+)"/.exec(text)![1]! },
        source,
      );
    expect(state(marked, english)).toBe('current');
    expect(state(marked, english.replace('Text.', 'New text.'))).toBe('stale');
    expect(state(translation, english)).toBe('stale');
    expect(translationState(undefined, english)).toBe('missing');
  });
});
