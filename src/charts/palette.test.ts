import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../model/dimensions.ts';
import { contrastRatio, relativeLuminance, themeColors } from './contrast.ts';
import { COUNTRY_COLORS, COUNTRY_HEX, NEUTRAL, NEUTRAL_HEX } from './palette.ts';

const css = readFileSync(new URL('../styles/site.css', import.meta.url), 'utf8');
const THEMES = ['light', 'dark'] as const;

/** Text colours and the backgrounds each is read on. */
const TEXT: [string, string[]][] = [
  ['text', ['bg', 'soft', 'group', 'note-bg']],
  ['muted', ['bg', 'soft', 'group']],
  ['quote', ['bg']],
  ['accent', ['bg', 'soft', 'group']],
  ['discrepancy', ['bg', 'group']],
  ['note-text', ['bg']],
];
/** Marks (bars, whiskers, chips) and swatch outlines, against the page. */
const MARKS = [...AREAS.map((a) => `country-${a}`), 'neutral', 'note-line'];

describe('contrast ratio (WCAG 2.1)', () => {
  it('is 21 for black on white, 1 for a colour on itself, and symmetric', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#0072B2', '#0072B2')).toBe(1);
    // WebAIM's contrast checker: #0072B2 on white, 5.19:1
    expect(contrastRatio('#0072B2', '#ffffff')).toBeCloseTo(5.19, 2);
    expect(contrastRatio('#ffffff', '#0072B2')).toBe(contrastRatio('#0072B2', '#ffffff'));
    expect(relativeLuminance('#777')).toBe(relativeLuminance('#777777'));
  });

  it('names what is not a hex colour', () => {
    expect(() => relativeLuminance('red')).toThrow('not a hex colour: red');
  });
});

describe('the palette in both themes', () => {
  const themes = themeColors(css);

  it('is the one of palette.ts, which charts and chips name as custom properties', () => {
    for (const theme of THEMES) {
      for (const area of AREAS)
        expect(themes[theme][`country-${area}`]?.toLowerCase()).toBe(COUNTRY_HEX[theme][area].toLowerCase());
      expect(themes[theme].neutral?.toLowerCase()).toBe(NEUTRAL_HEX[theme].toLowerCase());
    }
    expect(COUNTRY_COLORS.KZ).toBe('var(--country-KZ, #0072B2)');
    expect(NEUTRAL).toBe('var(--neutral, #6B6B6B)');
  });

  it.each(THEMES)('gives text 4.5:1 and marks 3:1 against the background, %s', (theme) => {
    const c = themes[theme];
    const low = [
      ...TEXT.flatMap(([fg, bgs]) => bgs.map((bg) => ({ fg, bg, min: 4.5 }))),
      ...MARKS.map((fg) => ({ fg, bg: 'bg', min: 3 })),
    ].filter(({ fg, bg, min }) => contrastRatio(c[fg]!, c[bg]!) < min);
    expect(low).toEqual([]);
  });
});
