/** The words of the charts in each language: see dictionary.ts. */
import type { MissingReason } from '../model/missing.ts';
import type { ReliabilityClass } from '../model/reliability.ts';
import type { Translation } from './translation.ts';

type ProvinceStatistic = 'max' | 'min' | 'value' | 'mean';

const en = {
  // the figure around a chart
  figure: 'Figure',
  panelOf: (panel: number, panels: number) => `(panel ${panel} of ${panels})`,
  colourKey: 'Colour key:',
  dataBehind: (figure?: number) => `The data behind ${figure === undefined ? 'the figure' : `Figure ${figure}`}`,
  downloadData: (figure?: number) =>
    `Download the data of ${figure === undefined ? 'the figure' : `Figure ${figure}`} (CSV)`,
  downloadSvg: 'the chart (SVG)',
  paleBar: 'Pale bar',
  dashedOutline: 'Dashed outline',
  reliabilityColumn: 'Reliability',
  missingColumn: 'No value, because',
  /** a reliability class in the data table; English keeps the code the download has */
  reliabilityCell: (code: ReliabilityClass): string => code,
  /** a missing-value reason in the data table; English keeps the code the download has */
  missingCell: (reason: MissingReason): string => reason,
  /** written in place of a bar the edition has no value for, beside the country */
  gap: (reason: MissingReason) =>
    ({
      no_victims: 'no victims, so no share',
      no_earlier_victims: 'no earlier victims to compare with',
      not_reported: 'not reported',
      single_settlement: 'one settlement only, so no design-based limits',
    })[reason],

  // the regional charts
  country: 'Country',
  location: 'Location',
  exploitation: 'Exploitation',
  reportedVictims: 'Reported victims (n)',
  victimsPerYear: 'Victims per year',
  lowerPoisson: 'Lower 95% limit (Poisson)',
  upperPoisson: 'Upper 95% limit (Poisson)',
  lowerDesign: 'Lower 95% limit (design-based)',
  upperDesign: 'Upper 95% limit (design-based)',
  lowerLimit: 'Lower 95% limit',
  upperLimit: 'Upper 95% limit',
  rate: 'Rate',
  centralAsiaPooled: 'Central Asia, pooled',
  meanOfCountries: (countries: string) => `Mean of the ${countries} countries (as in the report)`,
  designLimitsKey: 'Dashed: design-based limits',
  /** a heading of a kind of exploitation in a location: "Labor exploitation inside the country" */
  exploitationIn: (exploitation: string, location: string) => `${exploitation} exploitation ${location}`,
  allExploitationIn: (location: string) => `All exploitation ${location}`,

  ratesTitle: 'Victims per 1,000 families and per 1,000 population, by country',
  ratesDescription:
    'Two panels. The first gives annual victims per 1,000 families, the second per 1,000 population (the ' +
    'rate per 1,000 families divided by the family size), inside the country and abroad, for each country ' +
    'and for Central Asia; whiskers give the 95% limits.',
  perThousand: (per: 'families' | 'population') => `per 1,000 ${per}`,
  perThousandPanel: (per: 'families' | 'population') => `Per 1,000 ${per}`,
  ratesAxis: (per: 'families' | 'population') => `Victims per year per 1,000 ${per}`,

  countryVictimsTitle: 'Estimated victims per year by country, inside the country and abroad together, with 95% limits',
  countryVictimsDescription: (region: string) =>
    "Bars give each country's estimated victims a year, at home and abroad together; whiskers give the " +
    `report's Poisson 95% limits. Central Asia as a whole: ${region}.`,

  regionVictimsTitle: 'Estimated victims per year by country, with 95% limits',
  regionVictimsDescription: (region: string, designLimits: boolean) =>
    `Bars give the estimated annual victims of each country inside the country, abroad and in all; ` +
    `whiskers give the report's Poisson 95% ` +
    `limits${designLimits ? ', dashed lines the design-based limits of a cluster bootstrap' : ''}. ` +
    `Central Asia as a whole: ${region} victims a year.`,

  sharesTitle: "Each country's share of the region's victims",
  sharesDescription:
    "Bars give each country's share of the estimated victims of Central Asia, inside the countries, abroad " +
    'and in all.',
  shareOfRegionColumn: 'Share of the region (%)',
  shareOfRegionAxis: 'Share of the region',

  sexualTitle: 'Share of sexual exploitation among the estimated victims',
  sexualDescription:
    'Bars give the share of the estimated victims who were sexually exploited; the rest were exploited for ' +
    "labor. Central Asia pooled is the region's sexual victims over all its victims; the plain mean of the " +
    'five countries is how the report computed its regional share.',
  sexualColumn: 'Sexual exploitation share (%)',
  sexualAxis: 'Share of victims in sexual exploitation',

  womenTitle: 'Women among the victims of labor exploitation',
  womenDescription:
    'Bars give the share of women among the estimated victims of labor exploitation; the data table gives ' +
    "the share of men beside it. Central Asia pooled is the region's women over all its labor victims.",
  womenColumn: 'Women (%)',
  menColumn: 'Men (%)',
  womenAxis: 'Share of women among labor victims',

  insideTitle: 'Share of victims exploited inside their own country',
  insideDescription:
    'Bars give the share of the estimated victims who were exploited inside their own country rather than ' +
    'abroad; beyond the half-way mark, more victims are exploited at home than abroad.',
  insideColumn: 'Share exploited inside the country (%)',
  insideAxis: 'Share of victims exploited inside the country',

  recentTitle: 'Reported victims in the last three years as a share of all reported victims',
  recentDescription:
    'Bars give, from the raw survey counts, the share of the relatives reported exploited who were ' +
    'exploited in the last three years. With two periods of equal length and no change, the share would be ' +
    'one half (the dashed line); the earlier period has no fixed length, so the comparison is rough.',
  recentColumn: 'Last three years (relatives)',
  earlierColumn: 'Earlier (relatives)',
  recentShareColumn: 'Share in the last three years (%)',
  recentAxis: 'Share of reported victims in the last three years',

  // the province charts
  sampleTitle: 'Share of the sample living in provinces the report names',
  sampleDescription:
    'Bars give the share of all respondents in each province or group of provinces that the report names.',
  respondentsAxis: 'Share of respondents (%)',
  familySizeTitle: 'Family size: the lowest and highest provinces and the average',
  familySizeDescription:
    'Bars give the average number of close relatives per respondent in the provinces the report names, and ' +
    'the average over provinces.',
  familySizeAxis: 'Close relatives per respondent',
  migrationTitle: 'Families with relatives who left to work, by province',
  migrationDescription:
    'Bars give the share of respondents whose close relatives left to work in another region of the ' +
    'country or abroad, for the provinces the report names and on average.',
  victimsShareTitle: "Provinces' shares of the victims reported in the survey",
  victimsShareDescription:
    "Bars give each named province's share of the relatives reported exploited, " +
    'by location and kind of exploitation.',
  victimsShareAxis: "Share of the country's reported victims (%)",
  riskTitle: 'Risk of exploitation per 1,000 families per year, by province',
  riskDescription:
    'Bars give the annual number of victims per 1,000 families in the lowest and highest provinces the ' +
    'report names, and the national average.',
  riskAxis: 'Victims per 1,000 families per year',

  province: 'Province',
  group: 'Group',
  asPrinted: 'As printed',
  reportSection: 'Report section',
  statistic: (statistic: ProvinceStatistic) =>
    ({ max: 'the highest', min: 'the lowest', value: 'named', mean: 'the average' })[statistic],
  /** after a province's name in its label */
  statisticMark: (statistic: ProvinceStatistic) =>
    ({ max: ' (highest)', min: ' (lowest)', value: '', mean: '' })[statistic],
  averageOverProvinces: 'Average over provinces',
  namedInReport: 'Named in the report',
  nowCalled: (province: string, today: string) => `${province}, now ${today}`,

  noProvince: 'The report gives no figure for any single province, so none is drawn.',
  someProvinces: (named: number) =>
    `The report gives this figure for ` +
    `${named === 1 ? 'one province or group of provinces' : `${named} provinces or groups`} ` +
    `only; the others are not reported and are not drawn.`,
  contradiction:
    ' As printed, the province the report calls lowest has the higher value: the figures contradict each other.',
  namesNote: " Names are the report's; today's are given beside them.",
  renamed: (province: string, today: string, year?: number) => `${province} was renamed ${today} in ${year}`,
  divided: (province: string, today: string, year?: number) => `${province} was divided into ${today} in ${year}`,
  namedAfterCapital: (province: string, today: string) => `${province} is the report's name for ${today}`,
};

const ru: Translation<typeof en> = {
  figure: 'Рисунок',
  panelOf: (panel, panels) => `(панель ${panel} из ${panels})`,
  colourKey: 'Условные обозначения:',
  dataBehind: (figure) => `Данные ${figure === undefined ? 'рисунка' : `рисунка ${figure}`}`,
  downloadData: (figure) => `Скачать данные ${figure === undefined ? 'рисунка' : `рисунка ${figure}`} (CSV)`,
  downloadSvg: 'рисунок (SVG)',
  paleBar: 'Бледный столбик',
  dashedOutline: 'Пунктирный контур',
  reliabilityColumn: 'Надёжность',
  missingColumn: 'Нет значения, потому что',
  reliabilityCell: (code) => ({ reliable: 'надёжная', caution: 'с осторожностью', unreliable: 'ненадёжная' })[code],
  missingCell: (reason) =>
    ({
      no_victims: 'нет жертв',
      no_earlier_victims: 'нет жертв в более ранний период',
      not_reported: 'не указано в источнике',
      single_settlement: 'анкеты только из одного населённого пункта',
    })[reason],
  gap: (reason) =>
    ({
      no_victims: 'нет жертв, поэтому нет доли',
      no_earlier_victims: 'нет более ранних жертв для сравнения',
      not_reported: 'не указано',
      single_settlement: 'один населённый пункт, границ с учётом плана выборки нет',
    })[reason],

  country: 'Страна',
  location: 'Место эксплуатации',
  exploitation: 'Эксплуатация',
  reportedVictims: 'Жертвы, названные в опросе (n)',
  victimsPerYear: 'Жертв в год',
  lowerPoisson: 'Нижняя 95-процентная граница (Пуассон)',
  upperPoisson: 'Верхняя 95-процентная граница (Пуассон)',
  lowerDesign: 'Нижняя 95-процентная граница (с учётом плана выборки)',
  upperDesign: 'Верхняя 95-процентная граница (с учётом плана выборки)',
  lowerLimit: 'Нижняя 95-процентная граница',
  upperLimit: 'Верхняя 95-процентная граница',
  rate: 'Показатель',
  centralAsiaPooled: 'Центральная Азия в целом',
  meanOfCountries: (countries) => `Среднее ${countries} стран (как в докладе)`,
  designLimitsKey: 'Пунктир: границы с учётом плана выборки',
  exploitationIn: (exploitation, location) => `${exploitation} эксплуатация ${location}`,
  allExploitationIn: (location) => `Все виды эксплуатации ${location}`,

  ratesTitle: 'Жертвы на 1000 семей и на 1000 человек населения по странам',
  ratesDescription:
    'Две панели. На первой — число жертв в год на 1000 семей, на второй — на 1000 человек населения ' +
    '(показатель на 1000 семей, делённый на размер семьи), внутри страны и за рубежом, по каждой стране ' +
    'и по Центральной Азии; «усы» показывают 95-процентные границы.',
  perThousand: (per) => (per === 'families' ? 'на 1000 семей' : 'на 1000 человек населения'),
  perThousandPanel: (per) => (per === 'families' ? 'На 1000 семей' : 'На 1000 человек населения'),
  ratesAxis: (per) => `Жертв в год ${per === 'families' ? 'на 1000 семей' : 'на 1000 человек населения'}`,

  countryVictimsTitle:
    'Оценка числа жертв торговли людьми в год по странам, внутри страны и за рубежом вместе, ' +
    'с 95-процентными границами',
  countryVictimsDescription: (region) =>
    'Столбики показывают оценку числа жертв в год по каждой стране, внутри страны и за рубежом вместе; ' +
    `«усы» — 95-процентные границы по Пуассону, как в докладе. Всего по Центральной Азии: ${region}.`,

  regionVictimsTitle: 'Оценка числа жертв торговли людьми в год по странам, с 95-процентными границами',
  regionVictimsDescription: (region, designLimits) =>
    'Столбики показывают оценку числа жертв в год по каждой стране: внутри страны, за рубежом и всего; ' +
    '«усы» — 95-процентные границы по Пуассону, как в докладе' +
    `${designLimits ? ', пунктир — границы с учётом плана выборки (кластерный бутстреп)' : ''}. ` +
    `Всего по Центральной Азии: ${region} в год.`,

  sharesTitle: 'Доля каждой страны в числе жертв региона',
  sharesDescription:
    'Столбики показывают долю каждой страны в оценке числа жертв Центральной Азии: внутри стран, ' +
    'за рубежом и всего.',
  shareOfRegionColumn: 'Доля в регионе (%)',
  shareOfRegionAxis: 'Доля в регионе',

  sexualTitle: 'Доля сексуальной эксплуатации среди оценённого числа жертв',
  sexualDescription:
    'Столбики показывают долю жертв сексуальной эксплуатации в оценке числа жертв; остальные — жертвы ' +
    'трудовой эксплуатации. «Центральная Азия в целом» — жертвы сексуальной эксплуатации региона, делённые на ' +
    'всех его жертв; простое среднее пяти стран — так региональную долю рассчитал доклад.',
  sexualColumn: 'Доля сексуальной эксплуатации (%)',
  sexualAxis: 'Доля жертв сексуальной эксплуатации',

  womenTitle: 'Женщины среди жертв трудовой эксплуатации',
  womenDescription:
    'Столбики показывают долю женщин в оценке числа жертв трудовой эксплуатации; таблица данных приводит ' +
    'рядом долю мужчин. «Центральная Азия в целом» — женщины региона, делённые на всех его жертв трудовой ' +
    'эксплуатации.',
  womenColumn: 'Женщины (%)',
  menColumn: 'Мужчины (%)',
  womenAxis: 'Доля женщин среди жертв трудовой эксплуатации',

  insideTitle: 'Доля жертв, эксплуатируемых в собственной стране',
  insideDescription:
    'Столбики показывают долю жертв, которых эксплуатировали в собственной стране, а не за рубежом; ' +
    'правее отметки в половину внутри страны эксплуатируют больше жертв, чем за рубежом.',
  insideColumn: 'Доля эксплуатируемых внутри страны (%)',
  insideAxis: 'Доля жертв, эксплуатируемых внутри страны',

  recentTitle: 'Жертвы за последние три года как доля всех жертв, названных в опросе',
  recentDescription:
    'Столбики показывают по первичным данным опроса долю родственников, ставших жертвами эксплуатации ' +
    'за последние три года, среди всех названных. При двух периодах равной длины и без изменений доля ' +
    'составила бы половину (пунктир); более ранний период не имеет определённой длины, поэтому сравнение ' +
    'приблизительно.',
  recentColumn: 'Последние три года (родственники)',
  earlierColumn: 'Ранее (родственники)',
  recentShareColumn: 'Доля за последние три года (%)',
  recentAxis: 'Доля жертв за последние три года',

  sampleTitle: 'Доля выборки, живущая в регионах, названных в докладе',
  sampleDescription:
    'Столбики показывают долю всех респондентов в каждом регионе или группе регионов, названных в докладе.',
  respondentsAxis: 'Доля респондентов (%)',
  familySizeTitle: 'Размер семьи: регионы с минимальным и максимальным значением и среднее',
  familySizeDescription:
    'Столбики показывают среднее число близких родственников на одного респондента в регионах, названных ' +
    'в докладе, и среднее по регионам.',
  familySizeAxis: 'Близких родственников на респондента',
  migrationTitle: 'Семьи, родственники которых уехали на заработки, по регионам',
  migrationDescription:
    'Столбики показывают долю респондентов, близкие родственники которых уехали на заработки в другой ' +
    'регион страны или за рубеж, по регионам, названным в докладе, и в среднем.',
  victimsShareTitle: 'Доли регионов в числе жертв, названных в опросе',
  victimsShareDescription:
    'Столбики показывают долю каждого названного региона среди родственников, ставших жертвами ' +
    'эксплуатации, по месту и виду эксплуатации.',
  victimsShareAxis: 'Доля в числе жертв страны, названных в опросе (%)',
  riskTitle: 'Риск эксплуатации на 1000 семей в год по регионам',
  riskDescription:
    'Столбики показывают число жертв в год на 1000 семей в регионах с минимальным и максимальным значением, ' +
    'названных в докладе, и среднее по стране.',
  riskAxis: 'Жертв на 1000 семей в год',

  province: 'Регион',
  group: 'Группа',
  asPrinted: 'Как в докладе',
  reportSection: 'Раздел доклада',
  statistic: (statistic) => ({ max: 'максимум', min: 'минимум', value: 'названо', mean: 'среднее' })[statistic],
  statisticMark: (statistic) => ({ max: ' (максимум)', min: ' (минимум)', value: '', mean: '' })[statistic],
  averageOverProvinces: 'Среднее по регионам',
  namedInReport: 'Названы в докладе',
  nowCalled: (province, today) => `${province}, ныне ${today}`,

  noProvince: 'Доклад не приводит этот показатель ни для одного отдельного региона, поэтому регионы не показаны.',
  someProvinces: (named) =>
    `Доклад приводит этот показатель только для ` +
    `${named === 1 ? 'одного региона или группы регионов' : `${named} регионов или групп регионов`}; ` +
    'остальные в докладе не указаны и не показаны.',
  contradiction:
    ' В докладе у региона, названного регионом с минимумом, значение больше, чем у региона с максимумом: цифры ' +
    'противоречат друг другу.',
  namesNote: ' Названия даны по докладу; нынешние указаны рядом.',
  renamed: (province, today, year) => `${province}: с ${year} года — ${today}`,
  divided: (province, today, year) => `${province}: с ${year} года — ${today}`,
  namedAfterCapital: (province, today) => `«${province}» в докладе — это ${today}`,
};

export const CHART_WORDS = { en, ru };
