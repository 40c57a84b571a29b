import type { Area } from '../model/dimensions.ts';

/**
 * One colour per country on every page: the Okabe–Ito palette, which readers with the common
 * forms of colour blindness can tell apart. Each has at least 3:1 contrast against the page, as
 * WCAG 2.1 asks of graphics: in the light theme darkened where needed, in the dark theme the
 * Okabe–Ito colours themselves (Kazakhstan's blue lightened). Central Asia is grey. Every bar is
 * also labelled with its country, so colour is never the only key.
 *
 * The colours live in src/styles/site.css as custom properties (`--country-KZ`), switched by
 * `prefers-color-scheme`; charts and legend chips name the property, with the light colour as the
 * fallback for an SVG seen without the style sheet. palette.test.ts checks that the style sheet
 * holds these values and computes their contrast.
 */
export const COUNTRY_HEX: Record<'light' | 'dark', Record<Area, string>> = {
  light: { KZ: '#0072B2', KG: '#A87900', TJ: '#007A5A', TM: '#AD4C8E', UZ: '#D55E00', CA: '#4D4D4D' },
  dark: { KZ: '#3A9AD9', KG: '#E69F00', TJ: '#009E73', TM: '#CC79A7', UZ: '#D55E00', CA: '#B3B3B3' },
};

/** Secondary series inside one country's chart (an average, the other location), and design-based limits. */
export const NEUTRAL_HEX = { light: '#6B6B6B', dark: '#8F8F8F' } as const;

const themed = (property: string, light: string) => `var(--${property}, ${light})`;

/** The colour of each area for a chart or a legend chip: `var(--country-KZ, #0072B2)`. */
export const COUNTRY_COLORS = Object.fromEntries(
  Object.entries(COUNTRY_HEX.light).map(([area, hex]) => [area, themed(`country-${area}`, hex)]),
) as Record<Area, string>;

export const NEUTRAL = themed('neutral', NEUTRAL_HEX.light);

/** Text, axes, whiskers and rules: the colour of the text around the chart. */
export const INK = 'currentColor';

/** The light theme's text and page colours, for a chart downloaded as a file, away from the style sheet. */
export const INK_HEX = '#1d1d1f';
export const PAPER_HEX = '#ffffff';
