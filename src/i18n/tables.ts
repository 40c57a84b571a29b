/** The words of the tables in each language: see dictionary.ts. */
import type { Translation } from './translation.ts';

const en = {};

const ru: Translation<typeof en> = {};

export const TABLE_WORDS = { en, ru };
