import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { isHeading, type ChartRow } from './chartModel.ts';
import { INK, NEUTRAL } from './palette.ts';
import { words } from '../i18n/dictionary.ts';
import { formatNumber } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import type { MissingReason } from '../model/missing.ts';
import { RELIABILITY_CLASSES, type ReliabilityClass } from '../model/reliability.ts';

/** Below this many reported cases, a share is given with its n: a reader sees how little it rests on. */
export const FEW_CASES = 30;

/** The page's background behind a label, so that a grid or reference line never runs through its text. */
const HALO = { stroke: 'var(--bg, #ffffff)', strokeWidth: 3, paintOrder: 'stroke' } as const;

/** Labels start a little right of the axis line, which is drawn over them. */
const LABEL_INSET = 3;

/** Average width of a character of the charts' sans-serif text, in ems: a little generous, to be safe. */
const CHARACTER_EMS = 0.6;

/** A label's line length in ems at a chart width: the width less the room for a value at the bar's end, 13 px an em. */
const lineEms = (width: number) => (width - 60) / 13;

/**
 * The lines a bar's label takes at a chart width, at CHARACTER_EMS a character: one, or as many as its length
 * needs when it wraps (a Russian label such as «Восточно-Казахстанская область, ныне …» may need three on a phone).
 */
export function labelLines(label: string, width: number): number {
  const ems = label.length * CHARACTER_EMS;
  return ems > lineEms(width) ? Math.max(2, Math.ceil(ems / lineEms(width))) : 1;
}

const fewCases = (r: ChartRow) => typeof r.cases === 'number' && r.cases < FEW_CASES;

/** " E" or " F" after the value of an estimate that is not reliable. */
const reliabilityMark = (row: ChartRow) => {
  const mark = RELIABILITY_CLASSES[row.reliability as ReliabilityClass]?.mark;
  return mark ? ` ${mark}` : '';
};

/**
 * The layout most charts here share, made for narrow screens: one bar per row with its label
 * written above it (long province names never squeeze the plot), the value at the bar's end,
 * optional 95% limits as a whisker, and group headings as rows without a bar.
 * Rows need a unique `key`, a `label`, a `value` (a number, or "" for a heading) and a `color`;
 * `lower`/`upper` add limits (a whisker), `lower_design`/`upper_design` design-based limits (a dashed line under it).
 * A row whose `reliability` is caution is drawn pale with a solid outline, one that is unreliable as an
 * outline only (dashed), and its value carries the mark E or F: a reader sees the difference without colour.
 * A row with `cases` (the reported victims a share rests on) fewer than FEW_CASES shows "n = …" after its value.
 * A label too long for one line is wrapped, with a band of room made above its bar for each line after the first.
 * Numbers are written in the language of `locale` (English by default): "1,000" or «1 000», "59.3%" or «59,3 %».
 */
export function barList(
  rows: ChartRow[],
  options: {
    width: number;
    xLabel: string;
    format: (value: number) => string;
    limits?: boolean;
    designLimits?: boolean;
    tickFormat?: (value: number) => string;
    /** a dashed vertical line at this value, such as the half-way mark of a share */
    reference?: number;
    /** the title of one panel of a chart of several */
    panelTitle?: string;
    locale?: Locale;
  },
): PlotOptions {
  const locale = options.locale ?? 'en';
  const band = 40;
  const wraps = (r: ChartRow) => labelLines(String(r.label), options.width) > 1;
  // rows that only lay the chart out (its title, room above a wrapped label) are marked, so that nothing takes them
  // for a heading or a gap in the data
  const panel: ChartRow[] = options.panelTitle
    ? [{ key: 'panel title', label: options.panelTitle, value: '', layout: 'title' }]
    : [];
  const room = (r: ChartRow): ChartRow[] =>
    Array.from({ length: r.value !== '' ? labelLines(String(r.label), options.width) - 1 : 0 }, (_, i) => ({
      key: `${r.key} (room${i === 0 ? '' : ` ${i + 1}`})`,
      label: '',
      value: '',
      layout: 'room',
    }));
  rows = [...panel, ...rows.flatMap((r) => [...room(r), r])];
  const bars = rows.filter((r) => r.value !== '');
  const headings = rows.filter((r) => isHeading(r) && r.layout === undefined);
  const gaps = rows.filter((r) => r.missing !== undefined);
  const maxValue = Math.max(
    ...bars.map((r) =>
      Math.max(Number(options.limits ? r.upper : r.value), options.designLimits ? Number(r.upper_design) : 0),
    ),
    0,
  );
  return {
    height: rows.length * band + 40,
    // room for half the 0 tick's label, which is centred on the axis
    marginLeft: 12,
    // a value followed by "(n = …)" needs more room after its bar
    marginRight: (options.width < 400 ? 44 : 60) + (bars.some(fewCases) ? 48 : 0),
    marginTop: 8,
    marginBottom: 36,
    x: {
      label: options.xLabel,
      grid: true,
      nice: true,
      domain: [0, maxValue * 1.08],
      labelAnchor: 'left',
      labelArrow: 'none',
      ticks: options.width < 400 ? 4 : 8,
      // Plot's own ticks are English ("20,000"): another language gets its numbers written its way
      ...(options.tickFormat
        ? { tickFormat: options.tickFormat }
        : locale === 'en'
          ? {}
          : { tickFormat: (v: number) => formatNumber(v, locale) }),
    },
    y: { axis: null, domain: rows.map((r) => String(r.key)), padding: 0 },
    marks: [
      // first, so that bars and labels are drawn over it
      ...(options.reference === undefined
        ? []
        : [Plot.ruleX([options.reference], { stroke: INK, strokeDasharray: '4,3' })]),
      Plot.barX(
        bars.filter((r) => r.reliability !== 'caution' && r.reliability !== 'unreliable'),
        { x: 'value', y: 'key', fill: 'color', insetTop: 19, insetBottom: 5 },
      ),
      Plot.barX(
        bars.filter((r) => r.reliability === 'caution'),
        {
          x: 'value',
          y: 'key',
          fill: 'color',
          fillOpacity: 0.35,
          stroke: 'color',
          strokeWidth: 1.5,
          insetTop: 19,
          insetBottom: 5,
        },
      ),
      Plot.barX(
        bars.filter((r) => r.reliability === 'unreliable'),
        {
          x: 'value',
          y: 'key',
          fill: 'none',
          stroke: 'color',
          strokeWidth: 1.5,
          strokeDasharray: '3,2',
          insetTop: 19,
          insetBottom: 5,
        },
      ),
      ...(options.limits
        ? [
            Plot.ruleY(bars, { x1: 'lower', x2: 'upper', y: 'key', dy: 7, stroke: INK, strokeWidth: 1.5 }),
            Plot.tickX(bars, { x: 'lower', y: 'key', insetTop: 21, insetBottom: 7, stroke: INK }),
            Plot.tickX(bars, { x: 'upper', y: 'key', insetTop: 21, insetBottom: 7, stroke: INK }),
          ]
        : []),
      ...(options.designLimits
        ? [
            Plot.ruleY(bars, {
              x1: 'lower_design',
              x2: 'upper_design',
              y: 'key',
              dy: 12,
              stroke: NEUTRAL,
              strokeWidth: 2,
              strokeDasharray: '3,2',
            }),
          ]
        : []),
      Plot.text(
        bars.filter((r) => !wraps(r)),
        { x: 0, dx: LABEL_INSET, y: 'key', text: 'label', textAnchor: 'start', dy: -10, fill: INK, ...HALO },
      ),
      // a long label, wrapped, grows upwards from just above its bar into the band left free for it
      Plot.text(bars.filter(wraps), {
        x: 0,
        dx: LABEL_INSET,
        y: 'key',
        text: 'label',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineWidth: lineEms(options.width),
        dy: -4,
        fill: INK,
        ...HALO,
      }),
      Plot.text(panel, {
        x: 0,
        dx: LABEL_INSET,
        y: 'key',
        text: 'label',
        textAnchor: 'start',
        fontWeight: 'bold',
        fontSize: '1.15em',
      }),
      Plot.text(headings, {
        x: 0,
        dx: LABEL_INSET,
        y: 'key',
        text: 'label',
        textAnchor: 'start',
        dy: 4,
        fontWeight: 'bold',
        fill: INK,
      }),
      Plot.text(gaps, {
        x: 0,
        dx: LABEL_INSET,
        y: 'key',
        text: (r: ChartRow) => `${r.label}: ${words(locale).charts.gap(r.missing as MissingReason)}`,
        textAnchor: 'start',
        dy: 4,
        fill: INK,
      }),
      Plot.text(bars, {
        x: (r: ChartRow) =>
          options.limits
            ? Math.max(Number(r.upper), options.designLimits ? Number(r.upper_design) : 0)
            : Number(r.value),
        y: 'key',
        text: (r: ChartRow) =>
          `${options.format(Number(r.value))}${reliabilityMark(r)}` + (fewCases(r) ? ` (n = ${r.cases})` : ''),
        textAnchor: 'start',
        dx: 5,
        dy: 7,
        fill: INK,
        ...HALO,
      }),
      Plot.ruleX([0]),
    ],
  };
}
