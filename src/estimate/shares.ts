import {
  LOCATIONS,
  REGION,
  SEXES,
  type Area,
  type Cell,
  type Country,
  type Location,
  type OrAll,
} from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import { exact, mean, share, sum, type Span } from '../stats/span.ts';
import type { FigureIndex, Figure, MissingFigure } from './figure.ts';

const PLACES: OrAll<Location>[] = [...LOCATIONS, 'all'];

/**
 * Composition of an area's victims (sections 2.6, 3.2.1–3.2.3), pooled: the share of sexual
 * exploitation in each location, the share of women and men among labor victims and among all
 * victims, and the share of each location in the total. A share is taken as part ÷ (part +
 * rest), the two from separate inputs, so that its rounding range is not counted twice; within
 * a country the families cancel and the rates are used. A share of nothing is missing (no_victims).
 */
export function compositionShares(area: Area, index: FigureIndex): (Figure | MissingFigure)[] {
  // a country's shares are ratios of its rates; the region's, of its summed victims
  const measure = area === REGION ? 'victims' : 'rate_per_1000_families';
  const amount = (location: OrAll<Location>, exploitation: OrAll<'labor' | 'sexual'>, sex: OrAll<'women' | 'men'>) =>
    index.get(area, { location, exploitation, sex }, measure);
  const figures: (Figure | MissingFigure)[] = [];
  const add = (cell: Cell, indicator: Indicator, part: Span, rest: Span) => {
    if (part.value + rest.value > 0) figures.push({ country: area, ...cell, indicator, value: share(part, rest) });
    else figures.push({ country: area, ...cell, indicator, missing: 'no_victims' });
  };
  for (const location of PLACES) {
    add(
      { location, exploitation: 'sexual', sex: 'all' },
      'sexual_share',
      amount(location, 'sexual', 'all'),
      amount(location, 'labor', 'all'),
    );
    for (const exploitation of ['labor', 'all'] as const) {
      const whole = amount(location, exploitation, 'all');
      for (const sex of SEXES) {
        const part = amount(location, exploitation, sex);
        const other = amount(location, exploitation, sex === 'women' ? 'men' : 'women');
        // victims of unspecified sex (questionnaire rounds, whose values are exact) belong to the rest
        const unspecified = exact(whole.value - part.value - other.value);
        add({ location, exploitation, sex }, 'sex_share', part, sum([other, unspecified]));
      }
    }
  }
  for (const location of LOCATIONS) {
    add(
      { location, exploitation: 'all', sex: 'all' },
      'location_share',
      amount(location, 'all', 'all'),
      amount(location === 'inside' ? 'abroad' : 'inside', 'all', 'all'),
    );
  }
  return figures;
}

/**
 * The report's unweighted averages over countries (section 3.2.1: "8.2% … sexual exploitation"):
 * the plain mean of the five countries' shares, whatever their size; for each country the
 * mean over the other four (section 2.6); and the sex composition of labor victims (3.2.2).
 */
export function meanShares(countries: readonly Country[], index: FigureIndex): (Figure | MissingFigure)[] {
  const figures: (Figure | MissingFigure)[] = [];
  for (const location of PLACES) {
    const shareOf = (country: Country): Span | undefined =>
      index.find(country, { location, exploitation: 'sexual', sex: 'all' }, 'sexual_share')?.value;
    const shares = countries.map(shareOf).filter((s): s is Span => s !== undefined);
    if (shares.length === 0) {
      figures.push(
        {
          country: REGION,
          location,
          exploitation: 'sexual',
          sex: 'all',
          indicator: 'sexual_share_mean',
          missing: 'no_victims',
        },
        {
          country: REGION,
          location,
          exploitation: 'labor',
          sex: 'all',
          indicator: 'labor_share_mean',
          missing: 'no_victims',
        },
      );
      continue;
    }
    const sexual = mean(shares);
    figures.push(
      { country: REGION, location, exploitation: 'sexual', sex: 'all', indicator: 'sexual_share_mean', value: sexual },
      // one minus the mean, with the range turned round
      {
        country: REGION,
        location,
        exploitation: 'labor',
        sex: 'all',
        indicator: 'labor_share_mean',
        value: { value: 1 - sexual.value, lo: 1 - sexual.hi, hi: 1 - sexual.lo },
      },
    );
    for (const country of countries) {
      const others = countries
        .filter((other) => other !== country)
        .map(shareOf)
        .filter((s): s is Span => s !== undefined);
      const cell = {
        country,
        location,
        exploitation: 'sexual',
        sex: 'all',
        indicator: 'sexual_share_others_mean',
      } as const;
      figures.push(others.length > 0 ? { ...cell, value: mean(others) } : { ...cell, missing: 'no_victims' });
    }
    // section 3.2.2's "69.1% men" is the mean over the ten country × location shares
    for (const sex of SEXES) {
      const sexShares = countries
        .flatMap((country) =>
          (location === 'all' ? LOCATIONS : [location]).map(
            (l) => index.find(country, { location: l, exploitation: 'labor', sex }, 'sex_share')?.value,
          ),
        )
        .filter((s): s is Span => s !== undefined);
      const cell = { country: REGION, location, exploitation: 'labor', sex, indicator: 'sex_share_mean' } as const;
      figures.push(sexShares.length > 0 ? { ...cell, value: mean(sexShares) } : { ...cell, missing: 'no_victims' });
    }
  }
  return figures;
}
