import { REGION } from '../model/dimensions.ts';
import type { EditionInput } from '../model/edition.ts';
import { estimateCountry } from './countryEstimates.ts';
import { crossCheck } from './crossCheck.ts';
import { FigureIndex, type Figure, type MissingFigure } from './figure.ts';
import { reconcile, type Reconciliation } from './reconcile.ts';
import { estimateRegion } from './regionTotals.ts';
import { classed, reliability } from './reliability.ts';
import { compositionShares, meanShares } from './shares.ts';
import { surveyIndicators } from './surveyIndicators.ts';

export interface EditionEstimates {
  edition: string;
  figures: (Figure | MissingFigure)[];
  reconciliation: Reconciliation[];
}

/** What a round of questionnaires adds to the report's estimator. */
export interface RoundAdditions {
  /** figures the estimator does not make (design-based limits), or makes otherwise (a share the report prints) */
  figures: readonly (Figure | MissingFigure)[];
  /** the recent cases of each country's cell, counted in the questionnaires, keyed as figureKey with "victims" */
  cases: ReadonlyMap<string, number>;
}

/**
 * Every estimate of an edition, from its validated inputs, with the reliability of each cell, and
 * the audit of the printed figures: each against its recomputation (one row per line of
 * published.csv), then against each other.
 */
export function estimateEdition(input: EditionInput, round?: RoundAdditions): EditionEstimates {
  const countries = input.countries.map((c) => c.country);
  const index = new FigureIndex(input.countries.flatMap(estimateCountry));
  for (const figure of estimateRegion(countries, index)) index.add(figure);
  for (const area of [...countries, REGION]) for (const figure of compositionShares(area, index)) index.add(figure);
  for (const figure of meanShares(countries, index)) index.add(figure);
  const sampleSizes = new Map(input.countries.map((c) => [c.country, c.sampleSize]));
  for (const figure of surveyIndicators(input.survey, sampleSizes, input.meta)) index.add(figure);
  for (const figure of round?.figures ?? []) index.replace(figure);
  const { figures, classes } = reliability(index, countries, round?.cases);
  for (const figure of figures) index.add(figure);
  const reconciliation = [...reconcile(input.published, index), ...crossCheck(input.published, countries)];
  return { edition: input.edition, figures: classed(index.all(), classes), reconciliation };
}
