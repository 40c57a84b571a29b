import { LOCATIONS, REGION, SEXES, type Area, type Country, type Location, type OrAll } from '../model/dimensions.ts';
import { mean, over, type Span } from '../stats/span.ts';
import type { FigureIndex, Figure } from './figure.ts';

const PLACES: OrAll<Location>[] = [...LOCATIONS, 'all'];

/**
 * Composition of an area's victims (sections 2.6, 3.2.1–3.2.3), pooled: the share of sexual
 * exploitation in each location, the share of women and men among labor victims and among all
 * victims, and the share of each location in the total.
 */
export function compositionShares(area: Area, index: FigureIndex): Figure[] {
  const victims = (location: OrAll<Location>, exploitation: 'labor' | 'sexual' | 'all', sex: 'women' | 'men' | 'all') =>
    index.get(area, { location, exploitation, sex }, 'victims');
  const figures: Figure[] = [];
  for (const location of PLACES) {
    figures.push({ country: area, location, exploitation: 'sexual', sex: 'all', indicator: 'sexual_share', value: over(victims(location, 'sexual', 'all'), victims(location, 'all', 'all')) });
    for (const exploitation of ['labor', 'all'] as const) {
      for (const sex of SEXES) {
        figures.push({ country: area, location, exploitation, sex, indicator: 'sex_share', value: over(victims(location, exploitation, sex), victims(location, exploitation, 'all')) });
      }
    }
  }
  for (const location of LOCATIONS) {
    figures.push({ country: area, location, exploitation: 'all', sex: 'all', indicator: 'location_share', value: over(victims(location, 'all', 'all'), victims('all', 'all', 'all')) });
  }
  return figures;
}

/**
 * The report's unweighted averages over countries (section 3.2.1: "8.2% … sexual exploitation"):
 * the plain mean of the five countries' shares, whatever their size; for each country the
 * mean over the other four (section 2.6); and the sex composition of labor victims (3.2.2).
 */
export function meanShares(countries: readonly Country[], index: FigureIndex): Figure[] {
  const figures: Figure[] = [];
  for (const location of PLACES) {
    const shareOf = (country: Country): Span => index.get(country, { location, exploitation: 'sexual', sex: 'all' }, 'sexual_share');
    const sexual = mean(countries.map(shareOf));
    figures.push(
      { country: REGION, location, exploitation: 'sexual', sex: 'all', indicator: 'sexual_share_mean', value: sexual },
      // one minus the mean, with the range turned round
      { country: REGION, location, exploitation: 'labor', sex: 'all', indicator: 'labor_share_mean', value: { value: 1 - sexual.value, lo: 1 - sexual.hi, hi: 1 - sexual.lo } },
    );
    for (const country of countries) {
      const others = countries.filter((other) => other !== country).map(shareOf);
      figures.push({ country, location, exploitation: 'sexual', sex: 'all', indicator: 'sexual_share_others_mean', value: mean(others) });
    }
    // section 3.2.2's "69.1% men" is the mean over the ten country × location shares
    for (const sex of SEXES) {
      const shares = countries.flatMap((country) =>
        (location === 'all' ? LOCATIONS : [location]).map((l) => index.get(country, { location: l, exploitation: 'labor', sex }, 'sex_share')),
      );
      figures.push({ country: REGION, location, exploitation: 'labor', sex, indicator: 'sex_share_mean', value: mean(shares) });
    }
  }
  return figures;
}

