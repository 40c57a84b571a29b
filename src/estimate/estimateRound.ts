/**
 * A survey round measured by questionnaires, from tallies to estimates: province statistics,
 * population-weighted country inputs, then the same engine as the 2009 edition, plus the
 * cluster-bootstrap limits and the province figures the charts draw.
 */
import type { EditionContext } from '../data/loadEdition.ts';
import { COUNTRY_NAMES, isCountry, REGION, type Area, type Country } from '../model/dimensions.ts';
import type { EditionInput, SurveyCount } from '../model/edition.ts';
import { buildExclusionReport, CELLS, type ExclusionReport } from '../model/questionnaire.ts';
import { exact } from '../stats/span.ts';
import { countryInput, weightedCountry } from '../survey/countryInputs.ts';
import { byProvince, provinceStatistics, type ProvinceStatistics } from '../survey/provinceStatistics.ts';
import type { SettlementTally } from '../survey/settlementTallies.ts';
import type { RoundInput } from '../survey/tallyRound.ts';
import { bootstrapStrata, clusterBootstrap, type BootstrapInput } from './clusterBootstrap.ts';
import { estimateEdition, type EditionEstimates } from './estimateEdition.ts';
import { estimateCells, type Figure, type MissingFigure } from './figure.ts';
import { reportedCases } from './reportedCases.ts';

export interface RoundEstimates extends EditionEstimates {
  context: EditionContext;
  exclusions: ExclusionReport;
}

const CELL_OF = (name: string) => CELLS.indexOf(name as (typeof CELLS)[number]);

export function estimateRound(round: RoundInput, bootstrap: { replicates: number; seed: number }): RoundEstimates {
  const { meta, tallies } = round;
  const groups = byProvince(tallies.settlements);
  const statistics = [...groups.values()].map((settlements) => provinceStatistics(settlements, meta.recallYears));
  const provincePopulation = new Map<string, Map<string, number>>();
  for (const p of round.provinces)
    provincePopulation.set(p.country, (provincePopulation.get(p.country) ?? new Map()).set(p.province, p.population));
  const measured = new Set(statistics.map((s) => `${s.country}\t${s.province}`));
  const countries = round.countries
    .map((c) => c.country)
    .filter((c): c is Country => isCountry(c) && statistics.some((s) => s.country === c));
  const sampleSize = (country: Country) => statistics.filter((s) => s.country === country).reduce((n, s) => n + s.n, 0);
  const population = (country: Country) => round.countries.find((c) => c.country === country)!.population;
  const countryInputs = countries.map((country) =>
    countryInput(
      weightedCountry(country, statistics, provincePopulation.get(country)!),
      COUNTRY_NAMES[country],
      population(country),
      sampleSize(country),
    ),
  );
  const input: EditionInput = {
    edition: meta.edition,
    meta: { ...meta, questionnairesReceived: tallies.read },
    countries: countryInputs,
    survey: surveyCounts(countries, tallies.settlements),
    published: [],
  };
  const womenShares = surveyWomenShares(countries, tallies.settlements);
  const bootstrapInput = {
    countries: countryInputs.map((c) => ({
      country: c.country,
      name: c.name,
      population: c.population.value,
      sampleSize: c.sampleSize,
    })),
    provinces: groups,
    provincePopulation,
    recallYears: meta.recallYears,
  };
  const { design, pooled } = designFigures(bootstrapInput, tallies.settlements, bootstrap);
  const estimates = estimateEdition(input, {
    // the questionnaires give the women's share of labor victims that a report prints: theirs replaces "not reported"
    figures: [...design, ...womenShares],
    cases: reportedCases(countries, tallies.settlements),
  });
  const exclusions = buildExclusionReport({
    ...tallies,
    pooledForVariance: pooled,
    datedOutsideFieldwork: round.datedOutsideFieldwork,
    provincesWithoutQuestionnaires: round.provinces
      .filter((p) => !measured.has(`${p.country}\t${p.province}`))
      .map((p) => `${p.country} ${p.province}`),
  });
  return {
    ...estimates,
    context: {
      ...provinceContext(
        statistics,
        countryInputs.map((c) => c.country),
        provincePopulation,
      ),
      placeNamesRu: round.placeNamesRu,
    },
    exclusions,
  };
}

/**
 * The design-based figures of a round. A province with one settlement is pooled with a neighbour
 * (see designStrata.ts) and reported. A country whose questionnaires come from one settlement in
 * all has no between-settlement variance to measure: its cells, and the region's, get no
 * design-based figures, only the reason, and their reliability rests on the Poisson CV.
 */
function designFigures(
  input: BootstrapInput,
  settlements: readonly SettlementTally[],
  bootstrap: { replicates: number; seed: number },
): { design: (Figure | MissingFigure)[]; pooled: { country: string; provinces: string[]; single: string[] }[] } {
  if (bootstrap.replicates === 0) return { design: [], pooled: [] };
  const single = input.countries
    .map((c) => c.country)
    .filter((c) => settlements.filter((s) => s.country === c).length === 1);
  const kept = {
    ...input,
    countries: input.countries.filter((c) => !single.includes(c.country)),
    provinces: new Map([...input.provinces].filter(([, own]) => !single.includes(own[0]?.country as Country))),
  };
  const missing = (area: Area): MissingFigure[] =>
    estimateCells().flatMap((cell) =>
      DESIGN_INDICATORS.map((indicator) => ({
        country: area,
        ...cell,
        indicator,
        missing: 'single_settlement' as const,
      })),
    );
  const measured = kept.countries.length > 0 ? clusterBootstrap(kept, bootstrap) : [];
  return {
    design: [
      ...measured.filter((f) => single.length === 0 || f.country !== REGION),
      ...single.flatMap((c) => missing(c)),
      ...(single.length > 0 ? missing(REGION) : []),
    ],
    pooled: kept.countries.length > 0 ? bootstrapStrata(kept).collapsed : [],
  };
}

const DESIGN_INDICATORS = [
  'victims_lower_bootstrap',
  'victims_upper_bootstrap',
  'victims_cv_design',
  'design_effect',
] as const;

/** The counts the raw-count indicators use (survey_victims, migration shares, …), summed per country. */
function surveyCounts(countries: readonly Country[], settlements: readonly SettlementTally[]): SurveyCount[] {
  const counts: SurveyCount[] = [];
  for (const country of countries) {
    const own = settlements.filter((s) => s.country === country);
    const sum = (value: (s: SettlementTally) => number) => own.reduce((total, s) => total + value(s), 0);
    const source = 'questionnaires.csv';
    const migrated = {
      inside: sum((s) => s.migratedInside),
      abroad: sum((s) => s.migratedAbroad),
      both: sum((s) => s.migratedBoth),
    };
    for (const location of ['inside', 'abroad', 'both'] as const) {
      counts.push({
        country,
        measure: 'respondents_migrated',
        location,
        exploitation: 'all',
        period: 'whole',
        value: migrated[location],
        source,
      });
    }
    for (const location of ['inside', 'abroad'] as const) {
      for (const exploitation of ['labor', 'sexual'] as const) {
        const cells = CELLS.map((name, c) => (name.startsWith(`${exploitation}.${location}.`) ? c : -1)).filter(
          (c) => c >= 0,
        );
        const recent = sum((s) => cells.reduce((t, c) => t + s.recent[c]!, 0));
        const earlier = sum((s) => cells.reduce((t, c) => t + s.earlier[c]!, 0));
        counts.push(
          { country, measure: 'victims', location, exploitation, period: 'recent', value: recent, source },
          { country, measure: 'victims', location, exploitation, period: 'whole', value: recent + earlier, source },
        );
      }
    }
    const affected = (['inside', 'abroad', 'both'] as const).flatMap((location, l) =>
      (['labor', 'sexual'] as const).map((exploitation, e) => ({
        country,
        measure: 'families_affected' as const,
        location,
        exploitation,
        period: 'whole' as const,
        value: sum((s) => s.affected[e * 3 + l]!),
        source,
      })),
    );
    counts.push(...affected);
  }
  return counts;
}

/** The share of women among the labor victims the questionnaires report (both periods), per country and location. */
function surveyWomenShares(
  countries: readonly Country[],
  settlements: readonly SettlementTally[],
): (Figure | MissingFigure)[] {
  return countries.flatMap((country) =>
    (['inside', 'abroad'] as const).map((location): Figure | MissingFigure => {
      const own = settlements.filter((s) => s.country === country);
      const [w, m, u] = ['women', 'men', 'unspecified'].map((sex) => CELL_OF(`labor.${location}.${sex}`)) as [
        number,
        number,
        number,
      ];
      let women = 0;
      let all = 0;
      for (const s of own) {
        women += s.recent[w]! + s.earlier[w]!;
        all += s.recent[w]! + s.earlier[w]! + s.recent[m]! + s.earlier[m]! + s.recent[u]! + s.earlier[u]!;
      }
      const figure = { country, location, exploitation: 'labor', sex: 'all', indicator: 'survey_women_share' } as const;
      return all === 0 ? { ...figure, missing: 'no_victims' } : { ...figure, value: exact(women / all) };
    }),
  );
}

/** Province figures for the charts: every province's value, and the national (weighted) mean. */
function provinceContext(
  statistics: readonly ProvinceStatistics[],
  countries: readonly Country[],
  population: ReadonlyMap<string, ReadonlyMap<string, number>>,
): EditionContext {
  const rows: EditionContext['provinceFigures'] = [];
  const round1 = (value: number) => Math.round(value * 10) / 10;
  for (const country of countries) {
    const own = statistics.filter((s) => s.country === country);
    const weighted = weightedCountry(country, statistics, population.get(country)!);
    const n = own.reduce((t, s) => t + s.n, 0);
    const row = (
      province: string,
      statistic: 'value' | 'mean',
      measure: EditionContext['provinceFigures'][number]['measure'],
      value: number,
      unit: EditionContext['provinceFigures'][number]['unit'],
      location: '' | 'inside' | 'abroad' = '',
      exploitation: '' | 'labor' | 'sexual' = '',
    ) =>
      rows.push({
        country,
        province,
        statistic,
        measure,
        location,
        exploitation,
        value: round1(value),
        unit,
        source: 'questionnaires.csv',
      });
    const laborRate = (rates: number[], location: string) =>
      ['women', 'men', 'unspecified'].reduce((t, sex) => t + rates[CELL_OF(`labor.${location}.${sex}`)]!, 0);
    const victims = (p: ProvinceStatistics, location: string, exploitation: string) =>
      CELLS.reduce((t, name, c) => (name.startsWith(`${exploitation}.${location}.`) ? t + p.victims[c]! : t), 0);
    for (const s of own) {
      for (const location of ['inside', 'abroad'] as const) {
        for (const exploitation of ['labor', 'sexual'] as const) {
          const count = victims(s, location, exploitation);
          const total = own.reduce((t, p) => t + victims(p, location, exploitation), 0);
          row(s.province, 'value', 'victims', count, 'victims', location, exploitation);
          if (total > 0)
            row(s.province, 'value', 'victims_share', (count / total) * 100, 'percent', location, exploitation);
        }
      }
      row(s.province, 'value', 'respondents_share', (s.n / n) * 100, 'percent');
      row(s.province, 'value', 'family_size', s.familySize, 'persons');
      row(s.province, 'value', 'migration_share', s.migrationInside * 100, 'percent', 'inside');
      row(s.province, 'value', 'migration_share', s.migrationAbroad * 100, 'percent', 'abroad');
      for (const location of ['inside', 'abroad'] as const) {
        row(
          s.province,
          'value',
          'rate_per_1000_families',
          laborRate(s.rates, location),
          'per_1000_families',
          location,
          'labor',
        );
        row(
          s.province,
          'value',
          'rate_per_1000_families',
          s.rates[CELL_OF(`sexual.${location}.women`)]!,
          'per_1000_families',
          location,
          'sexual',
        );
      }
    }
    row('', 'mean', 'family_size', weighted.familySize, 'persons');
    const migration = (share: (p: ProvinceStatistics) => number) =>
      own.reduce((t, p) => t + weighted.weights.get(p.province)! * share(p), 0) * 100;
    row(
      '',
      'mean',
      'migration_share',
      migration((p) => p.migrationInside),
      'percent',
      'inside',
    );
    row(
      '',
      'mean',
      'migration_share',
      migration((p) => p.migrationAbroad),
      'percent',
      'abroad',
    );
    for (const location of ['inside', 'abroad'] as const) {
      row(
        '',
        'mean',
        'rate_per_1000_families',
        laborRate(weighted.rates, location),
        'per_1000_families',
        location,
        'labor',
      );
      row(
        '',
        'mean',
        'rate_per_1000_families',
        weighted.rates[CELL_OF(`sexual.${location}.women`)]!,
        'per_1000_families',
        location,
        'sexual',
      );
    }
  }
  return {
    provinceFigures: rows,
    provinceNotes: [],
    placeNames: [],
    placeNamesRu: [],
    migrantConditionsRussia: [],
    kzLegalisation: [],
    kgLocalSurveys: [],
    iomIdentifiedVictims: [],
    otherEstimates: [],
  };
}
