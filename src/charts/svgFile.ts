/**
 * A chart as a file to download: the same drawing as the page's desktop SVG, made to stand alone.
 * On the page the colours are CSS custom properties (switched by the dark theme) and the text takes
 * the page's colour and font; a file opened in an editor or pasted into a slide has no style sheet,
 * so every colour is resolved to the light theme's value, and the figure's title and its source are
 * written into the drawing.
 */
import { DOMParser } from 'linkedom';
import type { EditionData } from '../generated/editionData.ts';
import type { Locale } from '../model/locale.ts';
import type { ChartDefinition } from './chartModel.ts';
import { INK_HEX, PAPER_HEX } from './palette.ts';
import { chartSvg, WIDTHS } from './renderChart.ts';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const LINE = 18;

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** `var(--country-KZ, #0072B2)` → `#0072B2`; the text's `currentColor` → the light theme's ink. */
const resolveColours = (markup: string) =>
  markup.replace(/var\(--[\w-]+,\s*(#[0-9A-Fa-f]{3,8})\)/g, '$1').replaceAll('currentColor', INK_HEX);

/**
 * The chart as a standalone SVG document: title above, panels stacked, "Source: …" below.
 * @param source the lines of credit under the chart, the first beginning "Source:" (in the chart's language)
 * @param locale the language of the title, the labels and the numbers
 */
export function chartSvgFile(
  definition: ChartDefinition,
  data: EditionData,
  source: readonly string[],
  locale: Locale = 'en',
): string {
  const width = WIDTHS.desktop;
  const title = definition.title(data, locale);
  const rows = definition.rows(data, locale);
  const markup = chartSvg(definition, rows, width, title, definition.description(data, locale), undefined, locale);
  // parsed as XML, so that SVG's camel-case names (clipPath, viewBox) survive the round trip
  const root = new DOMParser().parseFromString(`<root>${resolveColours(markup)}</root>`, 'text/xml').documentElement;
  const top = LINE * 2;
  let y = top;
  const panels = [...root.children].map((panel) => {
    panel.setAttribute('style', `font-family:${FONT};font-size:12px;overflow:visible`);
    panel.setAttribute('y', String(y));
    y += Number(panel.getAttribute('height'));
    return panel.toString();
  });
  const height = y + LINE * (source.length + 1);
  const text = (at: number, content: string, weight = 'normal') =>
    `<text x="4" y="${at}" font-family='${FONT}' font-size="13" font-weight="${weight}" fill="${INK_HEX}">` +
    `${escapeText(content)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-label="${escapeText(title).replaceAll('"', '&quot;')}">\n` +
    `<rect width="100%" height="100%" fill="${PAPER_HEX}"/>\n` +
    `${text(LINE, title, 'bold')}\n${panels.join('\n')}\n` +
    `${source.map((line, i) => text(y + LINE * (i + 1.5), line)).join('\n')}\n</svg>\n`
  );
}
