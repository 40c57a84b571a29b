/**
 * The words of the report's dimensions in each language, with the Russian cases a sentence needs: country names
 * («в Узбекистане»), ordinals for a place («на четвёртом месте»), the number of countries («из пяти стран») and
 * the fieldwork months («в сентябре–ноябре 2009 года»).
 */
import {
  COUNTRY_NAMES,
  EXPLOITATION_LABELS,
  LOCATION_LABELS,
  type Area,
  type Exploitation,
  type Location,
  type OrAll,
  type Sex,
} from '../model/dimensions.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Locale } from '../model/locale.ts';
import { RELIABILITY_CLASSES, type ReliabilityClass } from '../model/reliability.ts';

/** The Russian cases, by the short names an editor writes in `{case=prep}`. */
export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'] as const;
export type GrammaticalCase = (typeof CASES)[number];

type Declined = Record<GrammaticalCase, string>;
/** A masculine noun in -стан: Казахстан, Казахстана, Казахстану, Казахстан, Казахстаном, Казахстане. */
const stan = (name: string): Declined => ({
  nom: name,
  gen: `${name}а`,
  dat: `${name}у`,
  acc: name,
  ins: `${name}ом`,
  prep: `${name}е`,
});

const COUNTRY_NAMES_RU: Record<Area, Declined> = {
  KZ: stan('Казахстан'),
  KG: stan('Кыргызстан'),
  TJ: stan('Таджикистан'),
  TM: stan('Туркменистан'),
  UZ: stan('Узбекистан'),
  CA: {
    nom: 'Центральная Азия',
    gen: 'Центральной Азии',
    dat: 'Центральной Азии',
    acc: 'Центральную Азию',
    ins: 'Центральной Азией',
    prep: 'Центральной Азии',
  },
};

/** @example countryName('UZ', 'ru', 'prep') // => "Узбекистане" */
export const countryName = (area: Area, locale: Locale, grammaticalCase: GrammaticalCase = 'nom'): string =>
  locale === 'ru' ? COUNTRY_NAMES_RU[area][grammaticalCase] : COUNTRY_NAMES[area];

/** Ordinal stems with the endings of a neuter adjective («четвёртое место»); 3 is soft: «третье», «третьего». */
const ORDINAL_STEMS = ['перв', 'втор', 'трет', 'четвёрт', 'пят', 'шест', 'седьм', 'восьм', 'девят', 'десят'];
const NEUTER: Declined = { nom: 'ое', gen: 'ого', dat: 'ому', acc: 'ое', ins: 'ым', prep: 'ом' };
const NEUTER_SOFT: Declined = { nom: 'ье', gen: 'ьего', dat: 'ьему', acc: 'ье', ins: 'ьим', prep: 'ьем' };
const ENGLISH_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/**
 * A place among the countries in words; in Russian neuter, to go with «место».
 * @example ordinalWord(4, 'ru', 'prep') // => "четвёртом"
 */
export function ordinalWord(place: number, locale: Locale, grammaticalCase: GrammaticalCase = 'nom'): string {
  if (locale === 'en') return ENGLISH_ORDINALS[place - 1] ?? `${place}th`;
  const stem = ORDINAL_STEMS[place - 1];
  if (!stem) return `${place}-${NEUTER[grammaticalCase].slice(-2)}`;
  return stem + (place === 3 ? NEUTER_SOFT : NEUTER)[grammaticalCase];
}

/** Numbers of countries in words; feminine in Russian, to go with «страна». */
const CARDINALS_RU: readonly Declined[] = [
  { nom: 'ни одной', gen: 'ни одной', dat: 'ни одной', acc: 'ни одной', ins: 'ни одной', prep: 'ни одной' },
  { nom: 'одна', gen: 'одной', dat: 'одной', acc: 'одну', ins: 'одной', prep: 'одной' },
  { nom: 'две', gen: 'двух', dat: 'двум', acc: 'две', ins: 'двумя', prep: 'двух' },
  { nom: 'три', gen: 'трёх', dat: 'трём', acc: 'три', ins: 'тремя', prep: 'трёх' },
  { nom: 'четыре', gen: 'четырёх', dat: 'четырём', acc: 'четыре', ins: 'четырьмя', prep: 'четырёх' },
  ...['пят', 'шест', 'сем', 'восьм', 'девят', 'десят'].map((stem, i) => {
    const nom = ['пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'][i]!;
    return { nom, gen: `${stem}и`, dat: `${stem}и`, acc: nom, ins: `${nom}ю`, prep: `${stem}и` };
  }),
];
const ENGLISH_CARDINALS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** @example cardinalWord(5, 'ru', 'gen') // => "пяти" */
export function cardinalWord(count: number, locale: Locale, grammaticalCase: GrammaticalCase = 'nom'): string {
  if (locale === 'en') return ENGLISH_CARDINALS[count] ?? String(count);
  return CARDINALS_RU[count]?.[grammaticalCase] ?? String(count);
}

/** The months in the three cases a date range takes in Russian: «сентябрь», «сентября», «в сентябре». */
const MONTHS_RU: Record<'nom' | 'gen' | 'prep', readonly string[]> = {
  nom: [
    'январь',
    'февраль',
    'март',
    'апрель',
    'май',
    'июнь',
    'июль',
    'август',
    'сентябрь',
    'октябрь',
    'ноябрь',
    'декабрь',
  ],
  gen: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  prep: [
    'январе',
    'феврале',
    'марте',
    'апреле',
    'мае',
    'июне',
    'июле',
    'августе',
    'сентябре',
    'октябре',
    'ноябре',
    'декабре',
  ],
};
export const MONTH_CASES = ['nom', 'gen', 'prep'] as const;

/**
 * The fieldwork months, "2009-09" to "2009-11".
 * @example fieldworkWords({ start: '2009-09', end: '2009-11' }, 'ru', 'prep') // => "сентябре–ноябре 2009 года"
 */
export function fieldworkWords(
  fieldwork: { start: string; end: string },
  locale: Locale,
  grammaticalCase: (typeof MONTH_CASES)[number] = 'nom',
): string {
  const { start, end } = fieldwork;
  const year = end.slice(0, 4);
  const sameYear = start.slice(0, 4) === year;
  if (locale === 'en') {
    const month = (date: string) =>
      new Date(`${date.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', timeZone: 'UTC' });
    return start.slice(0, 7) === end.slice(0, 7)
      ? `${month(end)} ${year}`
      : `${month(start)}${sameYear ? '' : ` ${start.slice(0, 4)}`} to ${month(end)} ${year}`;
  }
  const month = (date: string) => MONTHS_RU[grammaticalCase][Number(date.slice(5, 7)) - 1]!;
  return start.slice(0, 7) === end.slice(0, 7)
    ? `${month(end)} ${year} года`
    : `${month(start)}${sameYear ? '' : ` ${start.slice(0, 4)} года`}–${month(end)} ${year} года`;
}

const LOCATION_LABELS_RU: Record<OrAll<Location>, string> = {
  inside: 'Внутри страны',
  abroad: 'За рубежом',
  all: 'Внутри страны и за рубежом',
};
const EXPLOITATION_LABELS_RU: Record<Exploitation, string> = { labor: 'Трудовая', sexual: 'Сексуальная' };
const SEX_LABELS: Record<Locale, Record<Sex, string>> = {
  en: { women: 'Women', men: 'Men' },
  ru: { women: 'Женщины', men: 'Мужчины' },
};

/** A location as a heading: "Abroad", «За рубежом». */
export const locationLabel = (location: OrAll<Location>, locale: Locale): string =>
  (locale === 'ru' ? LOCATION_LABELS_RU : LOCATION_LABELS)[location];

/** A location inside a sentence: "abroad", «за рубежом». */
export const locationPhrase = (location: OrAll<Location>, locale: Locale): string => {
  const label = locationLabel(location, locale);
  return label.charAt(0).toLowerCase() + label.slice(1);
};

/** A kind of exploitation as a label: "Labor", «Трудовая» (эксплуатация). */
export const exploitationLabel = (exploitation: Exploitation, locale: Locale): string =>
  (locale === 'ru' ? EXPLOITATION_LABELS_RU : EXPLOITATION_LABELS)[exploitation];

export const sexLabel = (sex: Sex, locale: Locale): string => SEX_LABELS[locale][sex];

const RELIABILITY_RU: Record<ReliabilityClass, { label: string; description: string }> = {
  reliable: { label: 'надёжная', description: 'коэффициент вариации не выше 16,5\u00a0%, не менее 10 случаев' },
  caution: { label: 'использовать с осторожностью', description: 'коэффициент вариации от 16,6 до 33,3\u00a0%' },
  unreliable: {
    label: 'слишком ненадёжна для отдельной публикации',
    description: 'коэффициент вариации выше 33,3\u00a0% или менее 10 случаев',
  },
};

/** What an estimate's reliability class means, short: "use with caution", «использовать с осторожностью». */
export const reliabilityLabel = (reliability: ReliabilityClass, locale: Locale): string =>
  (locale === 'ru' ? RELIABILITY_RU : RELIABILITY_CLASSES)[reliability].label;

/** The band of a reliability class: "coefficient of variation from 16.6% to 33.3%". */
export const reliabilityDescription = (reliability: ReliabilityClass, locale: Locale): string =>
  (locale === 'ru' ? RELIABILITY_RU : RELIABILITY_CLASSES)[reliability].description;

const INDICATOR_LABELS_RU: Record<Indicator, string> = {
  population: 'население',
  family_size: 'размер семьи',
  families: 'число семей',
  sample_size: 'объём выборки',
  questionnaires_received: 'получено анкет',
  questionnaires_excluded: 'исключено анкет',
  sampling_ratio: 'доля выборки в населении',
  sampling_ratio_mean: 'средняя доля выборки в населении',
  rate_per_1000_families: 'жертв в год на 1000 семей',
  rate_per_1000_population: 'жертв в год на 1000 человек населения',
  victims: 'жертв в год',
  victims_lower: 'нижняя 95-процентная граница числа жертв',
  victims_upper: 'верхняя 95-процентная граница числа жертв',
  victims_lower_bootstrap: 'нижняя 95-процентная граница числа жертв с учётом плана выборки',
  victims_upper_bootstrap: 'верхняя 95-процентная граница числа жертв с учётом плана выборки',
  victims_cv_design: 'коэффициент вариации с учётом плана выборки',
  victims_cases: 'случаи, на которых основана оценка',
  victims_cv: 'коэффициент вариации',
  design_effect: 'эффект плана выборки',
  share_of_region: 'доля в регионе',
  location_share: 'доля по месту эксплуатации',
  sexual_share: 'доля сексуальной эксплуатации',
  sexual_share_mean: 'средняя доля сексуальной эксплуатации',
  labor_share_mean: 'средняя доля трудовой эксплуатации',
  sexual_share_others_mean: 'средняя доля сексуальной эксплуатации в остальных странах',
  sex_share: 'доля по полу',
  sex_share_mean: 'средняя доля по полу',
  respondents_migrated: 'респонденты, родственники которых уехали на заработки',
  respondents_migrated_both: 'респонденты, родственники которых уехали на заработки и внутри страны, и за рубеж',
  migration_share: 'доля респондентов, родственники которых уехали на заработки',
  migration_share_both: 'доля респондентов, родственники которых уехали на заработки и внутри страны, и за рубеж',
  survey_victims: 'жертвы, названные в опросе',
  survey_victims_recent: 'жертвы за последние три года, названные в опросе',
  survey_victims_earlier: 'более ранние жертвы, названные в опросе',
  survey_recent_share: 'доля жертв за последние три года по опросу',
  survey_change: 'изменение по опросу',
  survey_sexual_share: 'доля сексуальной эксплуатации по опросу',
  survey_women_share: 'доля женщин по опросу',
  survey_families_affected: 'семьи, в которых есть жертвы',
  survey_families_affected_both: 'семьи, в которых есть жертвы и внутри страны, и за рубежом',
  unweighted_rate_per_1000_families: 'невзвешенный показатель на 1000 семей',
};

/** An indicator inside a figure's name: "rate per 1000 families", «жертв в год на 1000 семей». */
export const indicatorLabel = (indicator: Indicator, locale: Locale): string =>
  locale === 'ru' ? INDICATOR_LABELS_RU[indicator] : indicator.replaceAll('_', ' ');

const RUSSIAN_PLURALS = new Intl.PluralRules('ru-RU');

/**
 * The form of a Russian noun that agrees with a number: «1 год», «3 года», «5 лет»; a fraction takes the form of
 * «года» («2,5 года»).
 * @example agreeing(21, ['жертва', 'жертвы', 'жертв']) // => "жертва"
 */
export function agreeing(count: number, [one, few, many]: readonly [string, string, string]): string {
  switch (RUSSIAN_PLURALS.select(count)) {
    case 'one':
      return one;
    case 'many':
      return many;
    default:
      return few;
  }
}
