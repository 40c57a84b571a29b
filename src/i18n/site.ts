/** The words of the site's pages in each language: see dictionary.ts. */
import type { Translation } from './translation.ts';

const en = {
  contents: 'Contents',
};

const ru: Translation<typeof en> = {
  contents: 'Содержание',
};

export const SITE_WORDS = { en, ru };
