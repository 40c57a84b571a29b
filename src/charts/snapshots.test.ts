/**
 * SVG snapshots of every chart at both widths the site draws, for the 2009 edition, the way
 * Observable Plot tests its own charts (its test/output/*.svg): the SVG is serialized deterministically
 * (floats in attributes rounded to 2 decimals, generated ids renumbered, Plot's class name made
 * stable, one element a line) and compared with `snapshots/<name>-<width>.svg`.
 *
 * On a mismatch the chart as drawn now is written beside it as `<name>-<width>-changed.svg` (open
 * both in a browser); if the change is meant, move the changed file over the snapshot. A missing
 * snapshot is created. With `CI` set, a missing or different snapshot fails and nothing is written.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editionData2009 } from '../../tests/editionData2009.ts';
import { blockNumber } from '../model/format.ts';
import type { Locale } from '../model/locale.ts';
import type { ChartDefinition } from './chartModel.ts';
import { CHARTS } from './index.ts';
import { chartSvg, WIDTHS } from './renderChart.ts';

const DIR = fileURLToPath(new URL('./snapshots/', import.meta.url));
const CI = Boolean(process.env.CI) && process.env.CI !== 'false';

/** Elements written on one line with their content: text and its tspans, titles, the style sheet. */
const INLINE = new Set(['text', 'tspan', 'title', 'desc', 'style']);

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;');
/** 68.88888888888889 → 68.89, 4.000000001 → 4, -0.001 → 0, 1e-7 → 0; integers (and hex colours) untouched */
const roundNumbers = (text: string) =>
  text.replace(/-?\d+(?:\.\d+)?e-\d+|-?\d+\.\d+/g, (n) => String(+(+n).toFixed(2) + 0));
/** Plot's scoped class (plot-d6a7b5) changes with Plot's version, not with the chart */
const stableClass = (text: string) => text.replace(/\bplot-[0-9a-f]{6}\b/g, 'plot');

/**
 * Serializes one or more SVG panels (the output of chartSvg) into a standalone SVG file: each panel
 * stacked in a wrapper that has the SVG namespace, so a browser opens the file as an image.
 */
function serializeSvg(markup: string): string {
  // parsed as XML, so that SVG's camel-case names (clipPath, viewBox) are kept
  const root = new DOMParser().parseFromString(`<root>${markup}</root>`, 'text/xml').documentElement;
  const panels = [...root.children];
  // generated ids (clip paths, markers, patterns) come from process-wide counters: number them in document order
  const ids = new Map<string, string>();
  for (const element of root.querySelectorAll('[id]')) ids.set(element.getAttribute('id')!, `id-${ids.size + 1}`);
  const attributeValue = (name: string, value: string) => {
    let v =
      name === 'id'
        ? (ids.get(value) ?? value)
        : value.replace(/url\(#([^)]+)\)/g, (all, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : all));
    if (/^(xlink:)?href$/.test(name) && v.startsWith('#') && ids.has(v.slice(1))) v = `#${ids.get(v.slice(1))}`;
    return stableClass(roundNumbers(v));
  };
  const attributes = (element: Element) =>
    [...element.attributes].map((a) => ` ${a.name}="${escapeAttribute(attributeValue(a.name, a.value))}"`).join('');
  const openTag = (element: Element) => `<${element.localName}${attributes(element)}`;
  const inline = (node: Node): string => {
    if (node.nodeType === 3) return escapeText(stableClass(node.textContent ?? ''));
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    return `${openTag(element)}>${[...element.childNodes].map(inline).join('')}</${element.localName}>`;
  };
  const block = (element: Element, indent: string): string[] => {
    if (INLINE.has(element.localName)) return [indent + inline(element)];
    const children = [...element.children];
    if (children.length === 0) return [`${indent}${openTag(element)}/>`];
    return [
      `${indent}${openTag(element)}>`,
      ...children.flatMap((child) => block(child, `${indent}  `)),
      `${indent}</${element.localName}>`,
    ];
  };
  const width = Math.max(...panels.map((p) => Number(p.getAttribute('width'))));
  const lines: string[] = [];
  let y = 0;
  for (const panel of panels) {
    lines.push(`  <g transform="translate(0,${y})">`, ...block(panel, '    '), '  </g>');
    y += Number(panel.getAttribute('height'));
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">`,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}

function drawn(chart: ChartDefinition, width: number, locale: Locale = 'en'): string {
  const label = `${blockNumber('Figure', 1, undefined, locale)}. ${chart.title(editionData2009, locale)}`;
  const rows = chart.rows(editionData2009, locale);
  return serializeSvg(
    chartSvg(chart, rows, width, label, chart.description(editionData2009, locale), undefined, locale),
  );
}

function expectSnapshot(name: string, actual: string) {
  const file = join(DIR, `${name}.svg`);
  const changed = join(DIR, `${name}-changed.svg`);
  let expected: string | undefined;
  try {
    expected = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (expected === undefined) {
    if (CI) expect.fail(`missing snapshot ${name}.svg; run the tests without CI set to create it`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (actual === expected) {
    if (!CI) rmSync(changed, { force: true });
    return;
  }
  if (!CI) writeFileSync(changed, actual);
  expect(actual, `${name}.svg differs from the chart as drawn${CI ? '' : ` (written to ${name}-changed.svg)`}`).toBe(
    expected,
  );
}

const CASES = Object.values(CHARTS).flatMap((chart) =>
  Object.values(WIDTHS).map((width) => ({ chart, width, name: `${chart.name}-${width}` })),
);
/** A few charts in Russian: a chart of panels, one of shares, and one of provinces with today's names beside them. */
const RUSSIAN_CASES = ['rates-by-country', 'region-shares', 'KZ-risk'].flatMap((name) =>
  Object.values(WIDTHS).map((width) => ({ chart: CHARTS[name]!, width, name: `ru-${name}-${width}` })),
);

describe('chart snapshots, 2009 edition, in English and (a few) in Russian', () => {
  it.each(CASES)('$name', ({ chart, width, name }) => expectSnapshot(name, drawn(chart, width)));

  it.each(RUSSIAN_CASES)('$name', ({ chart, width, name }) => expectSnapshot(name, drawn(chart, width, 'ru')));

  it('keeps no snapshot of a chart or width that is no longer drawn', () => {
    const stored = readdirSync(DIR).filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'));
    const expected = new Set([...CASES, ...RUSSIAN_CASES].map((c) => `${c.name}.svg`));
    expect(stored.filter((f) => !expected.has(f))).toEqual([]);
  });
});

describe('snapshot serialization', () => {
  const panel = (id: string, x: number) =>
    '<svg class="plot-d6a7b5" width="100" height="50"><style>.plot-d6a7b5 { fill: red }</style>' +
    `<clipPath id="${id}"><rect width="10" height="5"/></clipPath>` +
    `<g clip-path="url(#${id})"><rect x="${x}" y="-0.0001" width="1e-7"/><use href="#${id}"/></g>` +
    `<text transform="translate(${x},2)">A &amp; 1.23456<tspan>b</tspan></text></svg>`;

  it('rounds floats in attributes, renumbers ids, makes the class stable and puts one element a line', () => {
    expect(serializeSvg(panel('plot-clip-17', 68.88888888888889))).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50">',
        '  <g transform="translate(0,0)">',
        '    <svg class="plot" width="100" height="50">',
        '      <style>.plot { fill: red }</style>',
        '      <clipPath id="id-1">',
        '        <rect width="10" height="5"/>',
        '      </clipPath>',
        '      <g clip-path="url(#id-1)">',
        '        <rect x="68.89" y="0" width="0"/>',
        '        <use href="#id-1"/>',
        '      </g>',
        // text content is kept as drawn: a label is a formatted figure, not a coordinate
        '      <text transform="translate(68.89,2)">A &amp; 1.23456<tspan>b</tspan></text>',
        '    </svg>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('gives the same file whatever the process-wide id counter had reached, and stacks panels', () => {
    expect(serializeSvg(panel('plot-clip-3', 1) + panel('plot-clip-4', 2))).toBe(
      serializeSvg(panel('plot-clip-90', 1) + panel('plot-clip-91', 2)),
    );
    expect(serializeSvg(panel('a', 1) + panel('b', 2))).toContain('<g transform="translate(0,50)">');
    expect(serializeSvg(panel('a', 1) + panel('b', 2))).toContain('height="100" viewBox="0 0 100 100"');
  });
});
