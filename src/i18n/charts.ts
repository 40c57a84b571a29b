/** The words of the charts in each language: see dictionary.ts. */
import type { Translation } from './translation.ts';

const en = {};

const ru: Translation<typeof en> = {};

export const CHART_WORDS = { en, ru };
