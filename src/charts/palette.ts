import type { Area } from '../model/dimensions.ts';

/**
 * One colour per country on every page: the Okabe–Ito palette, which readers with the common
 * forms of colour blindness can tell apart, darkened where needed so that each has at least 3:1
 * contrast against white, as WCAG 2.1 asks of graphics; Central Asia in dark grey. Every bar is
 * also labelled with its country, so colour is never the only key.
 */
export const COUNTRY_COLORS: Record<Area, string> = {
  KZ: '#0072B2',
  KG: '#A87900',
  TJ: '#007A5A',
  TM: '#AD4C8E',
  UZ: '#D55E00',
  CA: '#4D4D4D',
};

/** Secondary series inside one country's chart (an average, the other location). */
export const NEUTRAL = '#6B6B6B';
