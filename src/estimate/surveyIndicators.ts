import {
  EXPLOITATIONS,
  LOCATIONS,
  REGION,
  type Area,
  type Country,
  type Exploitation,
  type Location,
  type OrAll,
} from '../model/dimensions.ts';
import type { EditionMeta, SurveyCount } from '../model/edition.ts';
import type { Indicator } from '../model/indicators.ts';
import { exact, over, printed, scale, sum, type Span } from '../stats/span.ts';
import { TOTAL, type Figure, type MissingFigure } from './figure.ts';
import type { MissingReason } from '../model/missing.ts';

type Place = OrAll<Location>;
type Kind = OrAll<Exploitation>;

/**
 * What the raw counts of the country chapters say before any weighting (sections 2.x.3–2.x.6):
 * reported victims over the whole period and in the recall window, the share that is recent,
 * the change between the two periods (taking them as equally long, as the report did when it
 * compared them), the share of sexual exploitation, the migration shares, and the unweighted
 * annual rate per 1,000 respondent families: recent victims ÷ respondents ÷ years × 1,000.
 * For Central Asia the counts are summed, and the questionnaires received and excluded are added.
 */
export function surveyIndicators(
  counts: readonly SurveyCount[],
  sampleSizes: ReadonlyMap<Country, number>,
  meta: EditionMeta,
): (Figure | MissingFigure)[] {
  const countries = [...sampleSizes.keys()];
  const figures: (Figure | MissingFigure)[] = [];
  const areas: [Area, Country[]][] = [...countries.map((c): [Area, Country[]] => [c, [c]]), [REGION, countries]];
  for (const [area, members] of areas) {
    const n = sum(members.map((c) => exact(sampleSizes.get(c)!)));
    const count = (
      measure: SurveyCount['measure'],
      location: Location | 'both',
      exploitation: Kind,
      period: SurveyCount['period'],
    ): Span | undefined => {
      const rows = counts.filter(
        (r) =>
          members.includes(r.country) &&
          r.measure === measure &&
          r.location === location &&
          r.exploitation === exploitation &&
          r.period === period,
      );
      return rows.length === members.length ? exact(rows.reduce((total, r) => total + r.value, 0)) : undefined;
    };
    const victims = (location: Place, exploitation: Kind, period: 'whole' | 'recent'): Span | undefined => {
      const parts: (Span | undefined)[] = [];
      for (const l of location === 'all' ? LOCATIONS : [location]) {
        for (const e of exploitation === 'all' ? EXPLOITATIONS : [exploitation])
          parts.push(count('victims', l, e, period));
      }
      return parts.every((p) => p !== undefined) ? sum(parts as Span[]) : undefined;
    };
    // a count the source does not give is not_reported; a ratio over nothing, no_victims
    const push = (
      location: Place,
      exploitation: Kind,
      indicator: Indicator,
      value: Span | undefined,
      otherwise: MissingReason = 'not_reported',
    ) => {
      const cell = { country: area, location, exploitation, sex: 'all', indicator } as const;
      if (value === undefined) figures.push({ ...cell, missing: 'not_reported' });
      else figures.push(Number.isFinite(value.value) ? { ...cell, value } : { ...cell, missing: otherwise });
    };

    for (const location of [...LOCATIONS, 'all'] as Place[]) {
      for (const exploitation of [...EXPLOITATIONS, 'all'] as Kind[]) {
        const whole = victims(location, exploitation, 'whole');
        const recent = victims(location, exploitation, 'recent');
        const earlier = whole && recent ? exact(whole.value - recent.value) : undefined;
        push(location, exploitation, 'survey_victims', whole);
        push(location, exploitation, 'survey_victims_recent', recent);
        push(location, exploitation, 'survey_victims_earlier', earlier);
        push(location, exploitation, 'survey_recent_share', whole && recent && over(recent, whole), 'no_victims');
        push(
          location,
          exploitation,
          'survey_change',
          earlier && recent && exact(recent.value / earlier.value - 1),
          'no_earlier_victims',
        );
        push(
          location,
          exploitation,
          'unweighted_rate_per_1000_families',
          recent && scale(over(recent, n), 1000 / meta.recallYears),
        );
      }
      const sexual = victims(location, 'sexual', 'whole');
      const all = victims(location, 'all', 'whole');
      push(location, 'sexual', 'survey_sexual_share', sexual && all && over(sexual, all), 'no_victims');
    }
    for (const location of LOCATIONS) {
      const migrated = count('respondents_migrated', location, 'all', 'whole');
      push(location, 'all', 'respondents_migrated', migrated);
      push(location, 'all', 'migration_share', migrated && over(migrated, n));
      for (const exploitation of EXPLOITATIONS)
        push(
          location,
          exploitation,
          'survey_families_affected',
          count('families_affected', location, exploitation, 'whole'),
        );
      if (area !== REGION) {
        const women = count('women_share_percent', location, 'labor', 'whole');
        push(location, 'labor', 'survey_women_share', women && scale(printed(women.value, 0.5), 0.01));
      }
    }
    const both = count('respondents_migrated', 'both', 'all', 'whole');
    push('all', 'all', 'respondents_migrated_both', both);
    push('all', 'all', 'migration_share_both', both && over(both, n));
    for (const exploitation of EXPLOITATIONS)
      push(
        'all',
        exploitation,
        'survey_families_affected_both',
        count('families_affected', 'both', exploitation, 'whole'),
      );
  }
  const valid = sum(countries.map((c) => exact(sampleSizes.get(c)!)));
  figures.push(
    { country: REGION, ...TOTAL, indicator: 'questionnaires_received', value: exact(meta.questionnairesReceived) },
    {
      country: REGION,
      ...TOTAL,
      indicator: 'questionnaires_excluded',
      value: exact(meta.questionnairesReceived - valid.value),
    },
  );
  return figures;
}
