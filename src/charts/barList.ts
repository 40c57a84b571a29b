import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { isHeading, type ChartRow } from './chartModel.ts';
import { MISSING_NOTES } from './missingNotes.ts';
import { INK, NEUTRAL } from './palette.ts';
import { RELIABILITY_CLASSES, type ReliabilityClass } from '../model/reliability.ts';

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
  },
): PlotOptions {
  const band = 40;
  const bars = rows.filter((r) => r.value !== '');
  const headings = rows.filter(isHeading);
  const gaps = rows.filter((r) => r.missing !== undefined);
  const maxValue = Math.max(
    ...bars.map((r) =>
      Math.max(Number(options.limits ? r.upper : r.value), options.designLimits ? Number(r.upper_design) : 0),
    ),
    0,
  );
  return {
    height: rows.length * band + 40,
    marginLeft: 4,
    marginRight: options.width < 400 ? 44 : 60,
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
      ...(options.tickFormat ? { tickFormat: options.tickFormat } : {}),
    },
    y: { axis: null, domain: rows.map((r) => String(r.key)), padding: 0 },
    marks: [
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
      Plot.text(bars, {
        x: 0,
        y: 'key',
        text: 'label',
        textAnchor: 'start',
        dy: -9,
        fill: INK,
        lineWidth: (options.width - 60) / 13,
        textOverflow: 'ellipsis',
      }),
      Plot.text(headings, {
        x: 0,
        y: 'key',
        text: 'label',
        textAnchor: 'start',
        dy: 4,
        fontWeight: 'bold',
        fill: INK,
      }),
      Plot.text(gaps, {
        x: 0,
        y: 'key',
        text: (r: ChartRow) => `${r.label}: ${MISSING_NOTES[r.missing as keyof typeof MISSING_NOTES]}`,
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
        text: (r: ChartRow) => `${options.format(Number(r.value))}${reliabilityMark(r)}`,
        textAnchor: 'start',
        dx: 5,
        dy: 7,
        fill: INK,
      }),
      Plot.ruleX([0]),
      ...(options.reference === undefined
        ? []
        : [Plot.ruleX([options.reference], { stroke: INK, strokeDasharray: '4,3' })]),
    ],
  };
}
