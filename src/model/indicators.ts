/**
 * Every indicator the engine publishes, with its unit and a plain description.
 * The unit decides how a value is formatted on the site; the description feeds the
 * editors' guide and the data dictionary of estimates.csv.
 */

/** Every unit an indicator is given in, with what a value in it means: the codebook prints these. */
export const UNITS = {
  count: 'a whole number of people, families or respondents',
  persons: 'persons per family',
  rate: 'victims per year per 1,000 families or per 1,000 population, as the indicator says; or a ratio',
  share: 'a fraction from 0 to 1 (0.25 is 25%), shown on the pages as a percentage',
  change: 'a relative change, (new − old) ÷ old, as a fraction (−0.1 is a fall of 10%)',
  small_share: 'a very small fraction, such as a sampling ratio (0.0002 is 0.02%)',
} as const;
export type Unit = keyof typeof UNITS;

export const INDICATORS = {
  population: { unit: 'count', description: 'population, persons' },
  family_size: { unit: 'persons', description: 'average number of close relatives per respondent (family size)' },
  families: { unit: 'count', description: 'number of families: population ÷ family size' },
  sample_size: { unit: 'count', description: 'valid questionnaires (respondents)' },
  questionnaires_received: { unit: 'count', description: 'questionnaires received before exclusions' },
  questionnaires_excluded: { unit: 'count', description: 'questionnaires excluded as incomplete or implausible' },
  sampling_ratio: { unit: 'small_share', description: 'respondents ÷ population' },
  sampling_ratio_mean: {
    unit: 'small_share',
    description: "plain mean of the countries' sampling ratios (as the report computed it)",
  },
  rate_per_1000_families: { unit: 'rate', description: 'victims per year per 1,000 families' },
  rate_per_1000_population: {
    unit: 'rate',
    description: 'victims per year per 1,000 population: rate per 1,000 families ÷ family size',
  },
  victims: { unit: 'count', description: 'estimated victims per year' },
  victims_lower: { unit: 'count', description: 'lower 95% limit of victims per year (Poisson, as in the report)' },
  victims_upper: { unit: 'count', description: 'upper 95% limit of victims per year (Poisson, as in the report)' },
  victims_lower_bootstrap: {
    unit: 'count',
    description: 'lower 95% limit of victims per year from a cluster bootstrap of settlements (design-based)',
  },
  victims_upper_bootstrap: {
    unit: 'count',
    description: 'upper 95% limit of victims per year from a cluster bootstrap of settlements (design-based)',
  },
  victims_cv_design: {
    unit: 'share',
    description:
      'coefficient of variation of victims per year from the cluster bootstrap: standard deviation of the ' +
      'replicates ÷ the estimate (design-based)',
  },
  victims_cases: {
    unit: 'count',
    description: 'reported cases in the recall window behind the victims estimate (for one sex, its part by rate)',
  },
  victims_cv: {
    unit: 'share',
    description:
      'coefficient of variation of the victims estimate that sets its reliability class: design-based where ' +
      'the questionnaires are available, else Poisson (1/√cases)',
  },
  design_effect: {
    unit: 'rate',
    description:
      'design effect of victims per year: design-based (bootstrap) variance ÷ the Poisson variance victims² ÷ ' +
      'reported recent cases; a ratio, shown to one decimal',
  },
  share_of_region: { unit: 'share', description: "the country's share of the region's victims in the same cell" },
  location_share: { unit: 'share', description: 'share of all victims exploited in this location' },
  sexual_share: { unit: 'share', description: 'share of victims in sexual exploitation (pooled)' },
  sexual_share_mean: {
    unit: 'share',
    description: "plain mean of the five countries' shares of sexual exploitation (as the report computed it)",
  },
  labor_share_mean: {
    unit: 'share',
    description: "plain mean of the five countries' shares of labor exploitation (as the report computed it)",
  },
  sexual_share_others_mean: {
    unit: 'share',
    description: "plain mean of the other four countries' shares of sexual exploitation",
  },
  sex_share: { unit: 'share', description: 'share of women (or men) among the victims of the cell' },
  sex_share_mean: {
    unit: 'share',
    description:
      "plain mean of the countries' shares of women (or men) among labor victims, each location counted " +
      'apart (as the report computed it)',
  },
  respondents_migrated: {
    unit: 'count',
    description: 'respondents with relatives who left to work inside the country or abroad',
  },
  respondents_migrated_both: {
    unit: 'count',
    description: 'respondents with relatives who left to work both inside the country and abroad',
  },
  migration_share: {
    unit: 'share',
    description: 'share of respondents with relatives who left to work inside the country or abroad',
  },
  migration_share_both: {
    unit: 'share',
    description: 'share of respondents with relatives who left to work both inside the country and abroad',
  },
  survey_victims: {
    unit: 'count',
    description: 'relatives reported exploited, whole period asked about (survey count)',
  },
  survey_victims_recent: {
    unit: 'count',
    description: 'relatives reported exploited in the recall window (last three years)',
  },
  survey_victims_earlier: { unit: 'count', description: 'relatives reported exploited before the recall window' },
  survey_recent_share: { unit: 'share', description: 'share of reported victims exploited in the recall window' },
  survey_change: {
    unit: 'change',
    description: 'change from the earlier period to the recall window, assuming periods of equal length',
  },
  survey_sexual_share: {
    unit: 'share',
    description: 'share of reported victims (whole period) in sexual exploitation',
  },
  survey_women_share: { unit: 'share', description: 'share of women among reported labor victims (as printed)' },
  survey_families_affected: { unit: 'count', description: 'respondents reporting at least one exploited relative' },
  survey_families_affected_both: {
    unit: 'count',
    description: 'respondents reporting exploited relatives both inside the country and abroad',
  },
  unweighted_rate_per_1000_families: {
    unit: 'rate',
    description:
      'victims per year per 1,000 respondent families, without provincial weighting: recent victims ÷ ' +
      'respondents ÷ years × 1,000',
  },
} as const satisfies Record<string, { unit: Unit; description: string }>;

export type Indicator = keyof typeof INDICATORS;
export const INDICATOR_NAMES = Object.keys(INDICATORS) as Indicator[];
