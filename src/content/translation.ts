/**
 * A chapter's translation: content/<edition>/<locale>/<file>.md beside the English source it was written from.
 * Its frontmatter records the version of the English it translates (`translates`: the start of the English
 * file's SHA-256), so that a translation cannot fall behind without the page and `check:content` saying so.
 * Numbers, claims, tables and figures are the English chapter's directives, bound to the same data: they never go
 * stale, only the words around them can.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const translationFrontmatter = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** the English version translated: 12 hex digits of its SHA-256 (`npm run translations -- --mark`) */
    translates: z.string().regex(/^([0-9a-f]{12}|pending)$/, 'expected 12 hex digits, or "pending" for a new file'),
    status: z.enum(['draft', 'reviewed']).default('reviewed'),
  })
  .strict();
export type TranslationMeta = z.infer<typeof translationFrontmatter>;

/**
 * The version of an English chapter, as a translation records it: its line endings made one, so that a checkout
 * on another system gives the same version.
 * @example sourceVersion('---\ntitle: "Key findings"\n---\n') // => "f092d64b1a0e"
 */
export const sourceVersion = (englishSource: string): string =>
  createHash('sha256').update(englishSource.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 12);

/**
 * How a translation stands against its English source: current; stale (the English has changed since the version
 * it records); or missing (no translation yet: the page shows the English text).
 */
export type TranslationState = 'current' | 'stale' | 'missing';

export const translationState = (meta: TranslationMeta | undefined, englishSource: string): TranslationState =>
  meta === undefined ? 'missing' : meta.translates === sourceVersion(englishSource) ? 'current' : 'stale';

/** Writes the English version a translation now follows into its frontmatter (`npm run translations -- --mark`). */
export const markTranslated = (translation: string, englishSource: string): string =>
  translation.replace(
    /^(---\r?\n[\s\S]*?)translates:[^\n]*(\r?\n)/,
    `$1translates: "${sourceVersion(englishSource)}"$2`,
  );
