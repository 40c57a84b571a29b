import type { Area, Cell, Exploitation, Location, OrAll, Sex } from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Span } from '../stats/span.ts';

/** One computed value of an edition: an area, a cell, an indicator, and its rounding range. */
export interface Figure extends Cell {
  country: Area;
  indicator: Indicator;
  value: Span;
}

export function figureKey(f: { country: string; location: string; exploitation: string; sex: string; indicator: string }): string {
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
  private readonly byKey = new Map<string, Figure>();
  constructor(figures: Iterable<Figure>) {
    for (const figure of figures) this.add(figure);
  }
  add(figure: Figure): void {
    const key = figureKey(figure);
    if (this.byKey.has(key)) throw new Error(`figure computed twice: ${key}`);
    this.byKey.set(key, figure);
  }
  find(country: Area, cell: Cell, indicator: Indicator): Figure | undefined {
    return this.byKey.get(figureKey({ country, ...cell, indicator }));
  }
  get(country: Area, cell: Cell, indicator: Indicator): Span {
    const figure = this.find(country, cell, indicator);
    if (!figure) throw new Error(`no figure ${figureKey({ country, ...cell, indicator })}`);
    return figure.value;
  }
  all(): Figure[] {
    return [...this.byKey.values()];
  }
}
