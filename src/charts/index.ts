import type { ChartDefinition } from './chartModel.ts';
import { PROVINCE_CHARTS } from './provinceCharts.ts';
import { REGION_CHARTS } from './regionCharts.ts';

/** Every chart an editor can place with ::figure{name="…"}, by name. */
export const CHARTS: Record<string, ChartDefinition> = Object.fromEntries(
  [...PROVINCE_CHARTS, ...REGION_CHARTS].map((chart) => [chart.name, chart]),
);
