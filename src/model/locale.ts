/**
 * The languages the site is published in. English is the source: its pages keep the addresses
 * that are cited (/2009/…); every other language has its own prefix (/ru/2009/…).
 */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** The BCP 47 tag of each language, for <html lang>, hreflang and Intl. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', ru: 'ru' };

/** Each language's name in itself, for the link to the other language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский' };
