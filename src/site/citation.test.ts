import { describe, expect, it } from 'vitest';
import { loaded2009 } from '../../tests/edition2009.ts';
import { chartCredit, citation, citationRu } from './citation.ts';

describe('citation', () => {
  const cite = citation(loaded2009.input.meta, '2009', 'https://example.org/2009/');

  it('credits the original authors, IOM and RCMRI, with the ISBN', () => {
    expect(cite.text).toBe(
      'Kydyrov, T. and Abakirova, J. (2010). The Scale of Human Trafficking in Central Asia. Bishkek: ' +
        'Regional Center for Migration and Refugee Issues (RCMRI); International Organization for Migration ' +
        '(IOM). ISBN 978-9967-26-155-6. Web edition, 2009 survey round, with every estimate recomputed from its ' +
        'data files. Published by The Scale of Human Trafficking in Central Asia web edition project. ' +
        'https://example.org/2009/',
    );
  });

  it('gives BibTeX and RIS records', () => {
    expect(cite.bibtex).toContain('@book{kydyrov2010scale-2009,');
    expect(cite.bibtex).toContain('  author = {Kydyrov, Taalaibek and Abakirova, Jypara},');
    expect(cite.ris.split('\r\n').slice(0, 3)).toEqual([
      'TY  - BOOK',
      'AU  - Kydyrov, Taalaibek',
      'AU  - Abakirova, Jypara',
    ]);
    expect(cite.ris).toContain('SN  - 978-9967-26-155-6');
    expect(cite.bibtex).toContain('  url = {https://example.org/2009/}\n}');
  });

  it('leaves the date of access to the reader', () => {
    expect(cite.bibtex).not.toContain('urldate');
    expect(cite.ris).not.toMatch(/^Y2 {2}-/m);
    expect(cite.text).not.toContain('accessed');
  });

  it('is written in Russian the Russian way, surname first, with the Russian title of the report', () => {
    const nbsp = '\u00a0';
    expect(citationRu(loaded2009.input.meta, '2009', 'https://example.org/ru/2009/')).toBe(
      `Кыдыров${nbsp}Т., Абакирова${nbsp}Ж. Масштабы торговли людьми в Центральной Азии. — Бишкек : ` +
        'Региональный центр по проблемам миграции и беженцев (RCMRI); Международная организация по миграции ' +
        '(МОМ), 2010. — ISBN 978-9967-26-155-6. — Веб-издание: раунд опроса 2009 года, все оценки пересчитаны по ' +
        'файлам данных ; издатель веб-издания — The Scale of Human Trafficking in Central Asia web edition ' +
        'project. — URL: https://example.org/ru/2009/',
    );
    expect(chartCredit(loaded2009.input.meta, '2009', 'ru')).toBe(
      'Источник: Кыдыров и Абакирова, 2010; веб-издание 2009',
    );
    expect(chartCredit(loaded2009.input.meta, '2009')).toBe('Source: Kydyrov & Abakirova 2010; web edition 2009');
  });
});
