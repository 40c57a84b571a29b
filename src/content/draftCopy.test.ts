import { describe, expect, it } from 'vitest';
import { bindsToAnyRound, draftChapter } from './draftCopy.ts';

describe('a chapter carried over to a new round', () => {
  it('keeps references to estimates, and turns what only the old edition has into to-dos', () => {
    expect(bindsToAnyRound('KZ.inside.victims')).toBe(true);
    expect(bindsToAnyRound('KZ.inside.victims.printed')).toBe(false);
    expect(bindsToAnyRound('KZ.province.zhambyl.family_size')).toBe(false);
    expect(bindsToAnyRound('russia.written_contract.illegal')).toBe(false);
    const source =
      '---\ntitle: "T"\nsection: ""\norder: 1\nsummary: "S."\n---\n\n' +
      'Kazakhstan: :n[KZ.victims] (printed :n[KZ.victims.printed]); Zhambyl :n[KZ.province.zhambyl.family_size].\n\n' +
      '::table{name="russia-migrant-conditions"}\n\n::table{name="estimates-KZ"}\n';
    expect(draftChapter(source, '2009')).toBe(
      '---\ntitle: "T"\nsection: ""\norder: 1\nsummary: "S."\nstatus: draft\n---\n\n' +
        'Kazakhstan: :n[KZ.victims] (printed :todo[2009 only: KZ.victims.printed]); ' +
        'Zhambyl :todo[2009 only: KZ.province.zhambyl.family_size].\n\n' +
        ':todo[2009 only: the table russia-migrant-conditions]\n\n::table{name="estimates-KZ"}\n',
    );
  });

  it("drops the report's number of a figure or table, which a new round's does not have", () => {
    const source =
      '---\ntitle: "T"\n---\n\n::figure{name="KZ-risk" report="Figure 2-1e"}\n\n::table{name="estimates-KZ"}\n';
    expect(draftChapter(source, '2009')).toBe(
      '---\ntitle: "T"\nstatus: draft\n---\n\n::figure{name="KZ-risk"}\n\n::table{name="estimates-KZ"}\n',
    );
  });

  it('marks a reviewed chapter as a draft again', () => {
    const source = '---\ntitle: "T"\nstatus: reviewed\n---\n\nText.\n';
    expect(draftChapter(source, '2009')).toBe('---\ntitle: "T"\nstatus: draft\n---\n\nText.\n');
  });
});
