/**
 * How far each victims estimate can be trusted: the reported cases it rests on, its coefficient
 * of variation (CV), and the class these give (src/model/reliability.ts). The CV is design-based
 * where a round has its questionnaires (the bootstrap's `victims_cv_design`); otherwise it is the
 * Poisson CV the report's own limits assume: 1/√k for a country's k cases, and for the region the
 * CV of a sum of independent country estimates, √(Σ victims²/k) ÷ Σ victims.
 */
import {
  REGION,
  type Area,
  type Cell,
  type Country,
  type Exploitation,
  type Location,
  type OrAll,
} from '../model/dimensions.ts';
import { CLASSED, reliabilityClass, type ReliabilityClass } from '../model/reliability.ts';
import { exact } from '../stats/span.ts';
import { estimateCells, figureKey, type Figure, type FigureIndex, type MissingFigure } from './figure.ts';

const cellKey = (area: Area, cell: Cell) => figureKey({ country: area, ...cell, indicator: 'victims' });
const each = <T extends string>(value: OrAll<T>, all: readonly T[]): readonly T[] =>
  value === 'all' ? all : [value as T];

/**
 * The recent cases behind a country's cell, from the raw counts a report prints per location and
 * exploitation (`survey_victims_recent`). The counts are not split by sex, so a cell of one sex
 * gets the part of the cases its rate is of the rate of both sexes.
 * @example casesFromCounts(index2009, 'KZ', { location: 'inside', exploitation: 'labor', sex: 'all' }) // => 467
 */
export function casesFromCounts(index: FigureIndex, country: Country, cell: Cell): number {
  let cases = 0;
  for (const location of each<Location>(cell.location, ['inside', 'abroad'])) {
    for (const exploitation of each<Exploitation>(cell.exploitation, ['labor', 'sexual'])) {
      const whole = { location, exploitation, sex: 'all' } as const;
      const k = index.get(country, whole, 'survey_victims_recent').value;
      if (cell.sex === 'all' || exploitation === 'sexual') {
        // sexual exploitation is counted among women
        if (cell.sex !== 'men') cases += k;
        continue;
      }
      const rate = index.get(country, whole, 'rate_per_1000_families').value;
      const part = index.get(country, { ...whole, sex: cell.sex }, 'rate_per_1000_families').value;
      if (rate > 0) cases += (k * part) / rate;
    }
  }
  return cases;
}

/**
 * Cases, CV and class for every cell of every country and of the region.
 * @param cases the recent cases of each country's cell, keyed as cellKey; absent: taken from the printed counts
 * @returns the figures `victims_cases` and `victims_cv`, and each cell's class
 */
export function reliability(
  index: FigureIndex,
  countries: readonly Country[],
  cases?: ReadonlyMap<string, number>,
): { figures: (Figure | MissingFigure)[]; classes: Map<string, ReliabilityClass> } {
  const figures: (Figure | MissingFigure)[] = [];
  const classes = new Map<string, ReliabilityClass>();
  for (const cell of estimateCells()) {
    const k = (c: Country) => cases?.get(cellKey(c, cell)) ?? casesFromCounts(index, c, cell);
    const victims = (c: Country) => index.get(c, cell, 'victims').value;
    for (const area of [...countries, REGION] as Area[]) {
      const members = area === REGION ? countries : [area as Country];
      const total = members.reduce((sum, c) => sum + victims(c), 0);
      const count = members.reduce((sum, c) => sum + k(c), 0);
      const design = index.find(area, cell, 'victims_cv_design')?.value.value;
      const poisson = Math.sqrt(members.reduce((sum, c) => sum + (k(c) > 0 ? victims(c) ** 2 / k(c) : 0), 0)) / total;
      const cv = design ?? poisson;
      figures.push({ country: area, ...cell, indicator: 'victims_cases', value: exact(Math.round(count)) });
      figures.push(
        Number.isFinite(cv)
          ? { country: area, ...cell, indicator: 'victims_cv', value: exact(cv) }
          : { country: area, ...cell, indicator: 'victims_cv', missing: 'no_victims' },
      );
      classes.set(cellKey(area, cell), reliabilityClass(cv, count));
    }
  }
  return { figures, classes };
}

/** The figures with each cell's class on the figures it governs (CLASSED). */
export function classed(
  figures: readonly (Figure | MissingFigure)[],
  classes: ReadonlyMap<string, ReliabilityClass>,
): (Figure | MissingFigure)[] {
  return figures.map((f) => {
    if (!CLASSED.includes(f.indicator)) return f;
    const reliability = classes.get(cellKey(f.country, f));
    return reliability ? { ...f, reliability } : f;
  });
}
