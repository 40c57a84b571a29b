/**
 * Link previews: the image a social network or a chat shows beside a shared link. Each chapter shows its key
 * figure, drawn again as a PNG (sites that show previews do not read SVG); a page without a figure shows the
 * edition's headline chart, the one its front page opens with.
 */
import sharp from 'sharp';
import { CHARTS } from '../charts/index.ts';
import { chartSvg, WIDTHS } from '../charts/renderChart.ts';
import { editionData, placedBlocks } from './chapters.ts';

/** The chart an edition's front page opens with: victims per year by country. */
export const HEADLINE_CHART = 'country-victims';

/** The size Open Graph readers ask for (Facebook, LinkedIn, Mastodon crop to 1.91:1). */
const SIZE = { width: 1200, height: 630 } as const;
/** The page colour and text colour of the light theme (--bg and --text in src/styles/site.css) */
const PAPER = '#ffffff';
const INK = '#1d1d1f';

/**
 * The chart a page of an edition previews with: its chapter's chart of victims (what the report counts: a country
 * chapter opens with its sample, which says little out of context), else its first figure, else the headline chart.
 */
export function previewChart(edition: string, slug: string | undefined): string {
  const figures = [...placedBlocks(edition).values()]
    .filter((b) => b.kind === 'figure' && b.slug === slug)
    .sort((a, b) => a.number - b.number);
  return (figures.find((b) => b.name.endsWith('victims')) ?? figures[0])?.name ?? HEADLINE_CHART;
}

/** Words for a preview image, for readers who cannot see it: the chart's title. */
export function previewAlt(edition: string, name: string): string {
  return CHARTS[name]!.title(editionData(edition));
}

/** Every chart some page of the edition previews with, each once: a PNG is drawn per chart, not per page. */
export function previewCharts(edition: string, slugs: readonly string[]): string[] {
  return [...new Set([HEADLINE_CHART, ...slugs.map((slug) => previewChart(edition, slug))])].sort();
}

/**
 * A chart of an edition as a PNG of 1200 × 630 pixels on white. The SVG is the page's desktop drawing, made to
 * stand alone: an image renderer knows neither the page's colour properties (each `var(--country-KZ, #0072B2)`
 * becomes its light colour), nor the text colour that `currentColor` inherits, nor the page's sans-serif font.
 */
export async function previewPng(edition: string, name: string): Promise<Buffer> {
  const chart = CHARTS[name];
  if (!chart) throw new Error(`no chart named "${name}" to preview`);
  const data = editionData(edition);
  const svgs = chartSvg(chart, chart.rows(data), WIDTHS.desktop, chart.title(data), chart.description(data));
  // a chart of several panels previews with its first
  const first = svgs.slice(0, svgs.indexOf('</svg>') + '</svg>'.length);
  const standalone = first
    .replace('<svg ', `<svg xmlns="http://www.w3.org/2000/svg" color="${INK}" `)
    .replace('font-family:inherit', 'font-family:sans-serif')
    .replace(/var\(--[\w-]+,\s*(#[0-9A-Fa-f]{3,8})\)/g, '$1');
  const margin = 40;
  // drawn at about the size it is shown (1.8 × 640 pixels), so that its text is sharp rather than enlarged
  const drawn = await sharp(Buffer.from(standalone), { density: 72 * 1.8 })
    .resize(SIZE.width - 2 * margin, SIZE.height - 2 * margin, { fit: 'inside' })
    .png()
    .toBuffer();
  return sharp({ create: { ...SIZE, channels: 3, background: PAPER } })
    .composite([{ input: drawn, gravity: 'center' }])
    .png()
    .toBuffer();
}
