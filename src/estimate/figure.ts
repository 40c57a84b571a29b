import type { Area, Cell, Exploitation, Location, OrAll, Sex } from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import type { MissingReason } from '../model/missing.ts';
import type { ReliabilityClass } from '../model/reliability.ts';
import type { Span } from '../stats/span.ts';

/** One computed value of an edition: an area, a cell, an indicator, and its rounding range. */
export interface Figure extends Cell {
  country: Area;
  indicator: Indicator;
  value: Span;
  /** for an estimate and its limits and rates: how far its cell can be trusted (see reliability.ts) */
  reliability?: ReliabilityClass;
}

/** A value the edition would publish but cannot, with the reason. */
export interface MissingFigure extends Cell {
  country: Area;
  indicator: Indicator;
  missing: MissingReason;
}

export const isMissing = (figure: Figure | MissingFigure): figure is MissingFigure => 'missing' in figure;

export function figureKey(f: {
  country: string;
  location: string;
  exploitation: string;
  sex: string;
  indicator: string;
}): string {
  return `${f.country}.${f.location}.${f.exploitation}.${f.sex}.${f.indicator}`;
}

/** The cells the survey can fill: sexual exploitation is recorded without sex, so it has no men's cell. */
export function estimateCells(): Cell[] {
  const cells: Cell[] = [];
  for (const location of ['inside', 'abroad', 'all'] as OrAll<Location>[]) {
    for (const exploitation of ['labor', 'sexual', 'all'] as OrAll<Exploitation>[]) {
      for (const sex of ['women', 'men', 'all'] as OrAll<Sex>[]) {
        if (exploitation === 'sexual' && sex === 'men') continue;
        cells.push({ location, exploitation, sex });
      }
    }
  }
  return cells;
}

export const TOTAL: Cell = { location: 'all', exploitation: 'all', sex: 'all' };

/** Figures indexed by key, with a lookup that names what is missing. */
export class FigureIndex {
  private readonly byKey = new Map<string, Figure | MissingFigure>();
  constructor(figures: Iterable<Figure | MissingFigure>) {
    for (const figure of figures) this.add(figure);
  }
  add(figure: Figure | MissingFigure): void {
    const key = figureKey(figure);
    if (this.byKey.has(key)) throw new Error(`figure computed twice: ${key}`);
    this.byKey.set(key, figure);
  }
  /** Sets a figure whether or not one is there: a round's own value in place of one a report would print. */
  replace(figure: Figure | MissingFigure): void {
    this.byKey.set(figureKey(figure), figure);
  }
  /** The computed figure, or undefined when it is absent or missing for a reason. */
  find(country: Area, cell: Cell, indicator: Indicator): Figure | undefined {
    const figure = this.byKey.get(figureKey({ country, ...cell, indicator }));
    return figure && !isMissing(figure) ? figure : undefined;
  }
  get(country: Area, cell: Cell, indicator: Indicator): Span {
    const key = figureKey({ country, ...cell, indicator });
    const figure = this.byKey.get(key);
    if (!figure) throw new Error(`no figure ${key}`);
    if (isMissing(figure)) throw new Error(`figure ${key} is missing: ${figure.missing}`);
    return figure.value;
  }
  all(): (Figure | MissingFigure)[] {
    return [...this.byKey.values()];
  }
}
