/**
 * Contrast ratio of two colours, as WCAG 2.1 defines it
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): (L1 + 0.05) / (L2 + 0.05), where L1 is the
 * relative luminance of the lighter colour. Text needs 4.5:1 (AA), graphics 3:1 (1.4.11).
 *
 * @param a, b colours as `#rgb` or `#rrggbb`
 * @returns the ratio, from 1 (same luminance) to 21 (black on white)
 * @throws on anything but a hex colour: `not a hex colour: red`
 * @example contrastRatio('#0072B2', '#ffffff') // => 5.19 (to two decimals)
 */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Relative luminance of an sRGB colour, 0 for black to 1 for white (WCAG 2.1, "relative luminance"). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`not a hex colour: ${hex}`);
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(digits.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The colour custom properties of a style sheet in each theme: those of its first `:root` block (light),
 * overridden by a `:root` inside `@media … (prefers-color-scheme: dark)`.
 */
export function themeColors(css: string): Record<'light' | 'dark', Record<string, string>> {
  const properties = (block: string) =>
    Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
  const light = properties(/:root\s*{([^}]*)}/.exec(css)?.[1] ?? '');
  const dark = /prefers-color-scheme:\s*dark\)\s*{\s*:root\s*{([^}]*)}/.exec(css)?.[1];
  if (dark === undefined) throw new Error('no dark theme: @media (prefers-color-scheme: dark) { :root { … } }');
  return { light, dark: { ...light, ...properties(dark) } };
}
