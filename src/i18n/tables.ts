/** The words of the tables in each language: see dictionary.ts. */
import type { ExclusionReport } from '../model/questionnaire.ts';
import { agreeing } from './terms.ts';
import type { Translation } from './translation.ts';

type ExclusionCode = ExclusionReport['excluded'][number]['reason'];
type AuditClass = 'reproduced' | 'within_rounding' | 'agrees' | 'discrepancy';

const en = {
  // every table
  downloadTable: (table: number) => `Download Table ${table} (CSV)`,
  seeReliability: ' See the methodology on reliability.',
  country: 'Country',
  inAll: 'In all',
  limitsDetail: (poisson: string, design: string) => `Poisson ${poisson}; design-based ${design}`,

  // the estimate tables of a country
  labor: 'Labor',
  women: '· women',
  men: '· men',
  sexualWomen: 'Sexual (women)',
  bothKinds: 'Both kinds',
  exploitation: 'Exploitation',
  perThousandFamilies: 'Per 1,000 families',
  victimsWithLimits: 'Victims per year (95% limits)',
  estimatesTitle: (area: string, edition: string) => `${area}: estimated victims of trafficking per year, ${edition}`,
  estimatesNote: (population: string, familySize: string, families: string, region: boolean) =>
    `Population ${population}; average family size ${familySize}; ` +
    `${families} families. Victims = families × rate per 1,000 families ÷ 1,000; ` +
    `95% limits from the Poisson quantiles of the rate${region ? ', summed over the countries' : ''}; ` +
    'limits over both locations are the sums of the limits inside and abroad.',
  designNote:
    ' Design-based limits: 2.5% and 97.5% points of a Rao–Wu bootstrap that redraws settlements within provinces.',
  pooledNote: (provinces: readonly string[], country: string, single: readonly string[]) =>
    ` ${provinces.join(' and ')} (${country}) are pooled: ${single.join(', ')} had one settlement.`,
  singleSettlementNote: ' No design-based limits: the questionnaires come from one settlement only.',

  // the region and the five countries compared
  regionTitle: (edition: string) =>
    `Estimated victims of trafficking per year in Central Asia, with 95% limits, ${edition}`,
  regionNote:
    'Each cell gives the estimate and, under it, its 95% limits. Central Asia is the sum of the countries, and ' +
    "its limits are the sums of the countries' limits, as in the report: wider than a 95% interval of the total " +
    'would be, since the countries are unlikely all to err in the same direction.',
  shareOfRegion: 'Share of the region',
  noVictims: 'no victims',
  comparativeTitle: (edition: string) =>
    `The five countries compared: rates and estimated victims per year, ${edition}`,
  comparativeNote:
    'Central Asia is the sum of the five countries; its rates are its victims over its families or ' +
    "population. Limits are 95% Poisson limits, as in the report; Central Asia's are the sums of the countries' " +
    'limits, which is wider than a 95% interval of the total.',
  indicator: 'Indicator',
  population: 'Population',
  familySize: 'Average family size',
  families: 'Families',
  /** a row of the comparative table: a kind of exploitation (or all) in a location */
  kindIn: (kind: 'labor' | 'sexual' | 'all', location: 'inside' | 'abroad' | 'all') =>
    `${{ labor: 'Labor', sexual: 'Sexual', all: 'All' }[kind]}, ` +
    `${{ inside: 'inside the country', abroad: 'abroad', all: 'inside and abroad' }[location]}`,
  ratesPerFamilies: 'Victims per 1,000 families per year',
  ratesPerPopulation: 'Victims per 1,000 population per year',
  estimatedVictims: 'Estimated victims per year',
  victimLimits: '95% limits of the victims per year',

  // migrants in Russia
  migrantsTitle: 'Working conditions of legal and illegal migrants from CIS countries in Russia',
  migrantsNote:
    'Percentages of migrants surveyed, except hours and pay. Source: the report, section 3.2.1, citing an ' +
    'EU-IOM-ILO study of 2008.',
  condition: 'Condition',
  legalMigrants: 'Legal migrants',
  illegalMigrants: 'Illegal migrants',
  characteristic: (code: string) =>
    ({
      written_contract: 'Have a written contract',
      working_hours: 'Working hours per week',
      monthly_salary: 'Monthly pay (US dollars)',
      health_insurance: 'Have health insurance',
      can_be_fired_any_time: 'Can be dismissed at any time',
      passport_taken_by_employer: 'Passport kept by the employer',
      forced_unpaid_overtime: 'Made to work overtime without pay',
      forced_unpaid_partial_work: 'Made to do part of the work without pay',
      restricted_movement: 'Freedom of movement restricted',
      complete_isolation: 'Kept in complete isolation',
    })[code] ?? code.replaceAll('_', ' '),

  // the questionnaires
  exclusionsTitle: (edition: string) => `Questionnaires received, excluded and kept, ${edition}`,
  noQuestionnaire: (provinces: readonly string[]) =>
    `No valid questionnaire in ${provinces.join(', ')}: these provinces carry no weight. `,
  firstReason: 'A questionnaire is excluded for the first reason that applies, in the order listed.',
  questionnaires: 'Questionnaires',
  number: 'Number',
  identifiers: 'Identifiers',
  received: 'Received',
  /** a reason to exclude a questionnaire; English gives the description the exclusion report carries */
  excluded: (_reason: ExclusionCode, description: string) => `Excluded: ${description}`,
  kept: 'Kept (valid)',
  andMore: (ids: string, more: number) => `${ids} and ${more} more (see the CSV)`,

  // the audit of the printed figures
  auditClass: (auditClass: AuditClass) =>
    ({
      reproduced: 'Reproduced',
      within_rounding: 'Within rounding',
      agrees: 'Agrees',
      discrepancy: 'Discrepancy',
    })[auditClass],
  chapterText: (chapter: string) => `Chapter ${chapter} text`,
  /** where a figure was printed: a table of the report as the data names it ("Table 2-6a"), or a section */
  printedPlace: (source: string) => source,
  /** a printed figure's name; English gives the one the reconciliation writes */
  figureName: (
    _parts: { area: string; indicator: string; location?: string; kind?: string; sex?: string },
    figure: string,
  ) => figure,
  /** a note of the reconciliation; it is written in English only */
  auditNote: (note: string) => note,
  summaryTitle:
    'The checks of the printed figures at a glance: how many fell in each class, by where they were printed',
  summaryNote:
    'Each printed figure is recomputed from its printed inputs (reproduced, within rounding or a discrepancy); ' +
    'a figure printed twice, or a total printed beside its parts, is also compared with that other print ' +
    '(agrees or a discrepancy). Every comparison is listed in the table below.',
  printedIn: 'Printed in',
  checks: 'Checks',
  recomputedDiscrepancy: 'Discrepancy with the recomputation',
  agreesWithPrint: 'Agrees with another print',
  printedDiscrepancy: 'Discrepancy between prints',
  wholeReport: 'The whole report',
  allPlaces: 'All places',
  auditTitle: (checks: number) =>
    `Every check of a printed figure (${checks}), by where it was printed, discrepancies first`,
  auditNoteText:
    'Shares are fractions (0.62 = 62%). Compared with: another print of the same figure, the sum of its printed ' +
    'parts, or the value recomputed from the printed inputs. Agrees: both prints can be roundings of one ' +
    'value, so two prints of the same precision agree only when they are equal. Within rounding: the printed ' +
    'figure lies in the range the recomputed value can take when each printed input moves by half a unit of ' +
    'its last digit.',
  figure: 'Figure',
  printed: 'Printed',
  checkedAgainst: 'Checked against',
  valueCheckedAgainst: 'Value checked against',
  class: 'Class',
  note: 'Note',
  anotherPrint: 'another print',
  recomputation: 'recomputation',
  placeChecks: (place: string, checks: number, discrepancies: number) =>
    `${place}: ${checks} checks, ${discrepancies} ${discrepancies === 1 ? 'discrepancy' : 'discrepancies'}`,
  // the survey rounds compared (/compare/)
  roundPair: (earlier: string, later: string) => `${earlier} to ${later}`,
  notCompared: (pair: string, earlier: string, later: string) =>
    `${pair}: not compared, because the rounds cover other countries (${earlier}; ${later}), so Central Asia is ` +
    'not the same area in both.',
  limitsKind: (kind: 'Poisson' | 'design-based'): string => kind,
  rateWithLimits: (rate: string, kind: string, range: string) => `${rate} (${kind} ${range})`,
  roundStep: (where: string, earlier: string, later: string, caution: string) =>
    `${where}: ${earlier}, then ${later} per 1,000 population. ${caution}`,
  laterWithin: 'The later estimate lies within the earlier 95% limits',
  laterOutside: 'The later estimate lies outside the earlier 95% limits',
  rangesOverlap: 'the two ranges overlap',
  rangesApart: 'the two ranges do not overlap',
  cautionWithin: (lies: string, ranges: string) =>
    `${lies}, and ${ranges}: the difference lies within the limits: no change can be read from it.`,
  cautionOverlap: (lies: string, ranges: string) =>
    `${lies}, but ${ranges}: read the difference with caution, as it may be no change at all.`,
  cautionApart: (lies: string, ranges: string) =>
    `${lies}, and ${ranges}. That is no test of significance: the ways the rounds differ, listed above, may ` +
    'account for part or all of the difference.',
  roundCovering: (edition: string, countries: string) => `${edition} (${countries} only)`,
  comparisonTitle: (area: string) =>
    `${area}: victims per 1,000 population and per year in each survey round, with 95% limits`,
  comparisonNote: (withDesign: boolean) =>
    'Limits of a rate are the limits of the victims divided by the population. Poisson limits follow the report' +
    (withDesign
      ? '; design-based limits come from a cluster bootstrap of settlements, in rounds that have questionnaires, ' +
        'and are the ones the comparison between rounds reads.'
      : '.'),
  surveyRound: 'Survey round',
  perThousandPopulation: 'Per 1,000 population',
  victimsPerYear: 'Victims per year',
  familiesComparisonTitle: 'Victims per 1,000 families per year in each survey round, beside the average family size',
  familiesComparisonNote:
    'Not comparable across rounds: a rate per 1,000 families counts families, and a family of one size in one ' +
    'round and of another size in the next are not the same unit. The same victims in the same population give ' +
    'a higher rate per 1,000 families when families are taken to be larger. Rates per 1,000 population divide ' +
    'the family size out, which is why the tables above use them.',
  roundsTitle: 'The survey rounds: fieldwork, sample, recall window and what the estimates are computed from',
  roundsNote:
    'A round recomputed from printed rates has Poisson limits only; a round of questionnaires also has ' +
    'design-based limits.',
  fieldwork: 'Fieldwork',
  fieldworkSpan: (start: string, end: string) => `${start} to ${end}`,
  validQuestionnaires: 'Valid questionnaires',
  recallWindowYears: 'Recall window, years',
  computedFrom: 'Estimates computed from',
  limits95: '95% limits',
  itsQuestionnaires: 'its questionnaires',
  printedRates: 'rates per 1,000 families printed in the report',
  poissonAndDesign: 'Poisson and design-based',
  poissonOnly: 'Poisson only',
};

const ru: Translation<typeof en> = {
  downloadTable: (table) => `Скачать таблицу ${table} (CSV)`,
  seeReliability: ' О надёжности см. раздел о методологии.',
  country: 'Страна',
  inAll: 'Всего',
  limitsDetail: (poisson, design) => `Пуассон: ${poisson}; с учётом плана выборки: ${design}`,

  labor: 'Трудовая',
  women: '· женщины',
  men: '· мужчины',
  sexualWomen: 'Сексуальная (женщины)',
  bothKinds: 'Оба вида',
  exploitation: 'Эксплуатация',
  perThousandFamilies: 'На 1000 семей',
  victimsWithLimits: 'Жертв в год (95-процентные границы)',
  estimatesTitle: (area, edition) => `${area}: оценка числа жертв торговли людьми в год, ${edition}`,
  estimatesNote: (population, familySize, families, region) =>
    `Население: ${population}; средний размер семьи: ${familySize}; семей: ${families}. ` +
    'Жертвы = семьи × показатель на 1000 семей ÷ 1000; 95-процентные границы — по квантилям распределения ' +
    `Пуассона для показателя${region ? ', суммированные по странам' : ''}; границы для обоих мест эксплуатации — ` +
    'суммы границ внутри страны и за рубежом.',
  designNote:
    ' Границы с учётом плана выборки: 2,5- и 97,5-процентные точки бутстрепа Рао — Ву, который заново ' +
    'выбирает населённые пункты внутри регионов.',
  pooledNote: (provinces, country, single) =>
    ` ${provinces.join(' и ')} (${country}) объединены: в ${single.join(', ')} был лишь один населённый пункт.`,
  singleSettlementNote: ' Границ с учётом плана выборки нет: анкеты собраны только в одном населённом пункте.',

  regionTitle: (edition) =>
    `Оценка числа жертв торговли людьми в год в Центральной Азии, с 95-процентными границами, ${edition}`,
  regionNote:
    'В каждой ячейке — оценка и под ней её 95-процентные границы. Центральная Азия — сумма стран, а её границы — ' +
    'суммы границ стран, как в докладе: они шире, чем 95-процентный интервал для суммы, поскольку маловероятно, ' +
    'что все страны ошибаются в одну сторону.',
  shareOfRegion: 'Доля в регионе',
  noVictims: 'нет жертв',
  comparativeTitle: (edition) => `Сравнение пяти стран: показатели и оценка числа жертв в год, ${edition}`,
  comparativeNote:
    'Центральная Азия — сумма пяти стран; её показатели — её жертвы, делённые на её семьи или население. ' +
    'Границы — 95-процентные границы по Пуассону, как в докладе; границы Центральной Азии — суммы границ стран, ' +
    'что шире 95-процентного интервала для суммы.',
  indicator: 'Показатель',
  population: 'Население',
  familySize: 'Средний размер семьи',
  families: 'Семьи',
  kindIn: (kind, location) =>
    `${{ labor: 'Трудовая', sexual: 'Сексуальная', all: 'Все виды' }[kind]}, ` +
    `${{ inside: 'внутри страны', abroad: 'за рубежом', all: 'внутри страны и за рубежом' }[location]}`,
  ratesPerFamilies: 'Жертв в год на 1000 семей',
  ratesPerPopulation: 'Жертв в год на 1000 человек населения',
  estimatedVictims: 'Оценка числа жертв в год',
  victimLimits: '95-процентные границы числа жертв в год',

  migrantsTitle: 'Условия труда легальных и нелегальных мигрантов из стран СНГ в России',
  migrantsNote:
    'Проценты опрошенных мигрантов, кроме часов и оплаты. Источник: доклад, раздел 3.2.1, со ссылкой на ' +
    'исследование ЕС, МОМ и МОТ 2008 года.',
  condition: 'Условие',
  legalMigrants: 'Легальные мигранты',
  illegalMigrants: 'Нелегальные мигранты',
  characteristic: (code) =>
    ({
      written_contract: 'Есть письменный договор',
      working_hours: 'Рабочих часов в неделю',
      monthly_salary: 'Оплата в месяц (долларов США)',
      health_insurance: 'Есть медицинская страховка',
      can_be_fired_any_time: 'Могут уволить в любой момент',
      passport_taken_by_employer: 'Паспорт у работодателя',
      forced_unpaid_overtime: 'Вынуждены работать сверхурочно без оплаты',
      forced_unpaid_partial_work: 'Вынуждены выполнять часть работы без оплаты',
      restricted_movement: 'Свобода передвижения ограничена',
      complete_isolation: 'Полная изоляция',
    })[code] ?? code.replaceAll('_', ' '),

  exclusionsTitle: (edition) => `Анкеты: получено, исключено и оставлено, ${edition}`,
  noQuestionnaire: (provinces) =>
    `Нет ни одной действительной анкеты: ${provinces.join(', ')}; эти регионы не имеют веса. `,
  firstReason: 'Анкета исключается по первой подходящей причине, в порядке списка.',
  questionnaires: 'Анкеты',
  number: 'Число',
  identifiers: 'Идентификаторы',
  received: 'Получено',
  excluded: (reason) =>
    `Исключено: ${
      {
        not_reported: 'неполные или неправдоподобные (доклад не разбивает их по причинам)',
        invalid_count: 'число или количество родственников — не целое число ≥ 0',
        invalid_answer:
          'ответ «да/нет» — не «да», «нет», 1 или 0, или дата интервью — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)',
        relatives_missing: 'число родственников не указано или меньше 1',
        implausible_relatives: 'более 100 родственников, чего не бывает ни в одной семье: скорее всего, опечатка',
        more_than_30_relatives: 'более 30 родственников',
        women_and_men_exceed_total: 'женщин и мужчин больше, чем указанное общее число жертв трудовой эксплуатации',
        more_victims_than_relatives:
          'всех родственников — жертв эксплуатации (за оба периода, трудовой и сексуальной) больше, чем родственников',
      }[reason]
    }`,
  kept: 'Оставлено (действительные)',
  andMore: (ids, more) => `${ids} и ещё ${more} (см. CSV)`,

  auditClass: (auditClass) =>
    ({
      reproduced: 'Воспроизведено',
      within_rounding: 'В пределах округления',
      agrees: 'Совпадает',
      discrepancy: 'Расхождение',
    })[auditClass],
  chapterText: (chapter) => `Текст главы ${chapter}`,
  printedPlace: (source) => source.replace(/^Table /, 'Табл. ').replace(/^(\d[\d.]*\d)\s.*$/, 'Разд. $1'),
  figureName: ({ area, indicator, location, kind, sex }) =>
    [area, indicator, location, kind && `${kind} эксплуатация`, sex].filter(Boolean).join(', '),
  auditNote: (note) => note,
  summaryTitle: 'Проверка цифр доклада в целом: сколько попало в каждый класс, по месту публикации',
  summaryNote:
    'Каждая цифра доклада пересчитана из опубликованных исходных данных (воспроизведено, в пределах округления ' +
    'или расхождение); цифра, напечатанная дважды, или сумма, напечатанная рядом со слагаемыми, также сравнивается ' +
    'с другой публикацией (совпадает или расхождение). Все сравнения перечислены в таблице ниже.',
  printedIn: 'Где напечатано',
  checks: 'Проверок',
  recomputedDiscrepancy: 'Расхождение с пересчётом',
  agreesWithPrint: 'Совпадает с другой публикацией',
  printedDiscrepancy: 'Расхождение между публикациями',
  wholeReport: 'Весь доклад',
  allPlaces: 'Все места',
  auditTitle: (checks) => `Все проверки цифр доклада (${checks}) по месту публикации, сначала расхождения`,
  auditNoteText:
    'Доли — дроби (0,62 = 62\u00a0%). Сравнивается с: другой публикацией той же цифры, суммой её опубликованных ' +
    'слагаемых или значением, пересчитанным из опубликованных исходных данных. Совпадает: обе публикации могут ' +
    'быть округлениями одного значения, поэтому две публикации одной точности совпадают, только если равны. ' +
    'В пределах округления: опубликованная цифра лежит в диапазоне, который может принять пересчитанное значение, ' +
    'если каждое исходное число сдвинуть на половину единицы его последнего разряда. Примечания пересчёта даны ' +
    'по-английски.',
  figure: 'Цифра',
  printed: 'Напечатано',
  checkedAgainst: 'С чем сравнивается',
  valueCheckedAgainst: 'Значение для сравнения',
  class: 'Класс',
  note: 'Примечание',
  anotherPrint: 'другая публикация',
  recomputation: 'пересчёт',
  placeChecks: (place, checks, discrepancies) =>
    `${place}: ${checks} ${agreeing(checks, ['проверка', 'проверки', 'проверок'])}, ` +
    `${discrepancies} ${agreeing(discrepancies, ['расхождение', 'расхождения', 'расхождений'])}`,
  roundPair: (earlier, later) => `${earlier} → ${later}`,
  notCompared: (pair, earlier, later) =>
    `${pair}: не сравнивается, потому что раунды охватывают разные страны (${earlier}; ${later}), и Центральная ` +
    'Азия в них — не одна и та же территория.',
  limitsKind: (kind) => (kind === 'Poisson' ? 'по Пуассону' : 'с учётом плана выборки'),
  rateWithLimits: (rate, kind, range) => `${rate} (${kind}: ${range})`,
  roundStep: (where, earlier, later, caution) =>
    `${where}: ${earlier}, затем ${later} на 1000 человек населения. ${caution}`,
  laterWithin: 'Более поздняя оценка лежит в 95-процентных границах более ранней',
  laterOutside: 'Более поздняя оценка лежит за 95-процентными границами более ранней',
  rangesOverlap: 'два интервала перекрываются',
  rangesApart: 'два интервала не перекрываются',
  cautionWithin: (lies, ranges) =>
    `${lies}, и ${ranges}: разница не выходит за границы, и изменения из неё вывести нельзя.`,
  cautionOverlap: (lies, ranges) =>
    `${lies}, но ${ranges}: к разнице следует относиться осторожно, изменения может и не быть.`,
  cautionApart: (lies, ranges) =>
    `${lies}, и ${ranges}. Это не проверка значимости: часть разницы или всю её могут объяснять различия между ` +
    'раундами, перечисленные выше.',
  roundCovering: (edition, countries) => `${edition} (только ${countries})`,
  comparisonTitle: (area) =>
    `${area}: число жертв на 1000 человек населения и в год в каждом раунде опроса, с 95-процентными границами`,
  comparisonNote: (withDesign) =>
    'Границы показателя — это границы числа жертв, делённые на население. Пуассоновские границы следуют докладу' +
    (withDesign
      ? '; границы с учётом плана выборки получены кластерным бутстрепом населённых пунктов в раундах с анкетами, ' +
        'и именно по ним сравниваются раунды.'
      : '.'),
  surveyRound: 'Раунд опроса',
  perThousandPopulation: 'На 1000 человек населения',
  victimsPerYear: 'Жертв в год',
  familiesComparisonTitle: 'Жертв в год на 1000 семей в каждом раунде опроса, рядом со средним размером семьи',
  familiesComparisonNote:
    'Между раундами не сравнимо: показатель на 1000 семей считает семьи, а семья одного размера в одном раунде и ' +
    'другого — в следующем не одна и та же единица. Те же жертвы в том же населении дают более высокий показатель ' +
    'на 1000 семей, если семьи считаются больше. Показатели на 1000 человек населения исключают размер семьи, ' +
    'поэтому таблицы выше используют их.',
  roundsTitle: 'Раунды опроса: полевой этап, выборка, период припоминания и источник оценок',
  roundsNote:
    'У раунда, пересчитанного по напечатанным показателям, есть только пуассоновские границы; у раунда с ' +
    'анкетами есть и границы с учётом плана выборки.',
  fieldwork: 'Полевой этап',
  fieldworkSpan: (start, end) => `${start} — ${end}`,
  validQuestionnaires: 'Действительные анкеты',
  recallWindowYears: 'Период припоминания, лет',
  computedFrom: 'Источник оценок',
  limits95: '95-процентные границы',
  itsQuestionnaires: 'анкеты раунда',
  printedRates: 'показатели на 1000 семей, напечатанные в докладе',
  poissonAndDesign: 'по Пуассону и с учётом плана выборки',
  poissonOnly: 'только по Пуассону',
};

export const TABLE_WORDS = { en, ru };
