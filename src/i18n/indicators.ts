/**
 * The indicators' descriptions and the reasons for a missing value, in each language: the tooltip of every
 * number a chapter prints. English is the source (src/model/); a Russian one missing is a type error.
 */
import { INDICATORS, UNITS, type Indicator, type Unit } from '../model/indicators.ts';
import type { Locale } from '../model/locale.ts';
import { MISSING_REASONS, type MissingReason } from '../model/missing.ts';

const INDICATOR_DESCRIPTIONS_RU: Record<Indicator, string> = {
  population: 'численность населения, человек',
  family_size: 'среднее число близких родственников на одного респондента (размер семьи)',
  families: 'число семей: население ÷ размер семьи',
  sample_size: 'действительные анкеты (респонденты)',
  questionnaires_received: 'анкеты, полученные до исключений',
  questionnaires_excluded: 'анкеты, исключённые как неполные или неправдоподобные',
  sampling_ratio: 'респонденты ÷ население',
  sampling_ratio_mean: 'простое среднее долей выборки по странам (как в докладе)',
  rate_per_1000_families: 'жертв в год на 1000 семей',
  rate_per_1000_population: 'жертв в год на 1000 человек населения: показатель на 1000 семей ÷ размер семьи',
  victims: 'оценка числа жертв в год',
  victims_lower: 'нижняя 95-процентная граница числа жертв в год (распределение Пуассона, как в докладе)',
  victims_upper: 'верхняя 95-процентная граница числа жертв в год (распределение Пуассона, как в докладе)',
  victims_lower_bootstrap: 'нижняя 95-процентная граница числа жертв в год по кластерному бутстрепу населённых пунктов',
  victims_upper_bootstrap:
    'верхняя 95-процентная граница числа жертв в год по кластерному бутстрепу населённых пунктов',
  victims_cv_design:
    'коэффициент вариации числа жертв в год по кластерному бутстрепу: стандартное отклонение повторов ÷ оценка',
  victims_cases: 'случаи за период припоминания, на которых основана оценка числа жертв',
  victims_cv:
    'коэффициент вариации оценки числа жертв, определяющий класс надёжности: по плану выборки, где есть анкеты, ' +
    'иначе по Пуассону (1/√случаев)',
  design_effect: 'эффект плана выборки: дисперсия по бутстрепу ÷ дисперсия по Пуассону',
  share_of_region: 'доля страны в числе жертв региона в той же ячейке',
  location_share: 'доля всех жертв, эксплуатируемых в этом месте',
  sexual_share: 'доля жертв сексуальной эксплуатации',
  sexual_share_mean: 'простое среднее долей сексуальной эксплуатации по пяти странам (как в докладе)',
  labor_share_mean: 'простое среднее долей трудовой эксплуатации по пяти странам (как в докладе)',
  sexual_share_others_mean: 'простое среднее долей сексуальной эксплуатации по четырём другим странам',
  sex_share: 'доля женщин (или мужчин) среди жертв в ячейке',
  sex_share_mean: 'простое среднее долей женщин (или мужчин) среди жертв трудовой эксплуатации (как в докладе)',
  respondents_migrated: 'респонденты, чьи родственники уезжали на заработки внутри страны или за рубеж',
  respondents_migrated_both: 'респонденты, чьи родственники уезжали на заработки и внутри страны, и за рубеж',
  migration_share: 'доля респондентов, чьи родственники уезжали на заработки внутри страны или за рубеж',
  migration_share_both: 'доля респондентов, чьи родственники уезжали на заработки и внутри страны, и за рубеж',
  survey_victims: 'родственники, о чьей эксплуатации сообщили респонденты, за весь период опроса',
  survey_victims_recent: 'родственники, о чьей эксплуатации сообщили, за период припоминания (три последних года)',
  survey_victims_earlier: 'родственники, о чьей эксплуатации сообщили, до периода припоминания',
  survey_recent_share: 'доля жертв, эксплуатируемых в период припоминания',
  survey_change: 'изменение от более раннего периода к периоду припоминания при равной длине периодов',
  survey_sexual_share: 'доля жертв сексуальной эксплуатации за весь период (по опросу)',
  survey_women_share: 'доля женщин среди жертв трудовой эксплуатации (как в докладе)',
  survey_families_affected: 'респонденты, сообщившие хотя бы об одном родственнике-жертве',
  survey_families_affected_both: 'респонденты, сообщившие о родственниках-жертвах и внутри страны, и за рубежом',
  unweighted_rate_per_1000_families:
    'жертв в год на 1000 семей респондентов без взвешивания по областям: жертвы ÷ респонденты ÷ годы × 1000',
};

const MISSING_REASONS_RU: Record<MissingReason, string> = {
  no_victims: 'в этой ячейке нет жертв, поэтому доли нет',
  no_earlier_victims: 'до периода припоминания жертв не было, поэтому изменение не определено',
  not_reported: 'в источнике не приводится',
  single_settlement:
    'все действительные анкеты страны — из одного населённого пункта, поэтому границ по плану выборки нет',
};

/** @example indicatorDescription('victims', 'ru') // => "оценка числа жертв в год" */
export const indicatorDescription = (indicator: Indicator, locale: Locale): string =>
  locale === 'ru' ? INDICATOR_DESCRIPTIONS_RU[indicator] : INDICATORS[indicator].description;

/** @example missingReason('not_reported', 'ru') // => "в источнике не приводится" */
export const missingReason = (reason: MissingReason, locale: Locale): string =>
  locale === 'ru' ? MISSING_REASONS_RU[reason] : MISSING_REASONS[reason];

const UNITS_RU: Record<Unit, string> = {
  count: 'целое число людей, семей или респондентов',
  persons: 'человек на семью',
  rate: 'жертв в год на 1000 семей или на 1000 человек населения, как указано в показателе; или отношение',
  share: 'доля от 0 до 1 (0.25 — это 25 %), на страницах показана в процентах',
  change: 'относительное изменение, (новое − старое) ÷ старое, в долях (−0.1 — снижение на 10 %)',
  small_share: 'очень малая доля, например доля выборки (0.0002 — это 0,02 %)',
};

/** @example unitDescription('persons', 'ru') // => "человек на семью" */
export const unitDescription = (unit: Unit, locale: Locale): string => (locale === 'ru' ? UNITS_RU[unit] : UNITS[unit]);
