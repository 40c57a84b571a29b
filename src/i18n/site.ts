/** The words of the site's pages in each language: see dictionary.ts. */
import { agreeing } from './terms.ts';
import type { Translation } from './translation.ts';

const en = {
  // every page
  pageTitle: (page: string, report: string, edition: string) => `${page} · ${report} · ${edition} edition`,
  feedTitle: 'New editions and corrections',
  previewDescription: (page: string, edition: string, report: string) =>
    `${page}: the ${edition} edition of ${report}, every estimate recomputed during the build.`,
  skipToContent: 'Skip to the content',
  editions: 'Editions',
  editionLabel: 'Edition:',
  notInThatEdition: 'this page does not exist in that edition: its contents',
  compareRoundsShort: 'compare rounds',
  searchEdition: (edition: string) => `Search the ${edition} edition`,
  searchPlaceholder: (edition: string) => `Search ${edition}`,
  search: 'Search',
  synthetic:
    'This edition is built from synthetic test data. It is not a publication and its figures describe no real ' +
    'population.',
  builtFrom: (edition: string, built: string) => `${edition} edition, built ${built} from data with SHA-256 checksum`,
  downloadsAndCodebook: 'downloads and codebook',
  audit: 'audit',
  publishedBy: (publisher: string) => `Published by ${publisher};`,
  reportAnError: 'report an error',
  reportTerms: 'the report’s terms',
  licences: (project: string, report: string, code: string) =>
    `The project's own data: ${project}; the report's figures: RCMRI and IOM, under ${report}; the code: ${code}.`,
  after: (authors: readonly string[]) => `After ${authors.join(' and ')},`,
  citeThisReport: 'Cite this report',
  allPages: 'All pages',
  compareRounds: 'Compare survey rounds',
  roundsOneSoFar: 'Survey rounds (one so far)',
  localPreview: 'Local preview.',
  localPreviewNote: (origin: string) =>
    `This copy was built without a public address (SITE_URL), so its citations and sitemap point at ${origin}.`,
  // a chapter
  contents: 'Contents',
  breadcrumbs: 'Breadcrumbs',
  inThisChapter: 'In this chapter',
  previous: 'Previous',
  next: 'Next',
  chapters: 'Chapters',
  draftBannerTitle: 'Draft, not yet reviewed.',
  draftBanner:
    "This chapter was carried over from an earlier edition. Its figures come from this edition's data, but no " +
    'editor has yet checked its text against them. Passages marked',
  draftBannerEnd: 'could not be carried over and wait to be rewritten.',
  likeThis: '[like this]',
  staleTranslationTitle: 'The translation is older than the English text.',
  staleTranslation: 'The English chapter has changed since this text was translated; its numbers are current.',
  readInEnglish: 'Read the English chapter',
  untranslatedTitle: 'Not yet translated.',
  untranslated: 'This chapter is shown in English until its translation is written.',
  faultsHeading: (count: number) => `This chapter has ${count === 1 ? 'a fault' : `${count} faults`}`,
  faultsFix: (file: string, count: number) =>
    `Fix ${count === 1 ? 'it' : 'them'} in ${file} and reload; the other chapters are shown as usual. ` +
    `npm run build stops on ${count === 1 ? 'it' : 'them'}.`,
  // an edition's front page
  theEdition: (edition: string) => `The ${edition} edition`,
  headlineDescription: (victims: string, where: string, edition: string, report: string) =>
    `About ${victims} people from ${where} are exploited each year: the ${edition} edition of ${report}.`,
  headlineBefore: 'About',
  headlineAfter: (where: string) => `people from ${where} are exploited each year`,
  headlineRange: (limits: string) =>
    'For their labor or for sex, at home or abroad: an estimate from a household survey, not a count of ' +
    `identified victims. 95% limits ${limits}, the sums of the countries' limits as the report formed them.`,
  whatLimitsLeaveOut: 'What the limits leave out',
  waysIn: 'Ways in',
  keyFindings: 'Key findings',
  methodology: 'Methodology',
  allChapters: 'All chapters',
  downloadsAndCodebookTitle: 'Downloads and codebook',
  theCountries: 'The countries',
  victimsAYear: (victims: string) => `${victims} victims a year`,
  limitsInBrackets: (limits: string) => `(95% limits ${limits})`,
  aboutThisEdition: 'About this edition',
  aboutEdition: (authors: readonly string[], publisher: string, year: number, edition: string, fieldwork: string) =>
    `A web edition of the report by ${authors.join(' and ')} (${publisher}, ${year}), built from the ${edition} ` +
    `survey round (fieldwork ${fieldwork}).`,
  fromQuestionnaires: "Every number is computed from the round's questionnaires during the build.",
  fromPrintedInputs:
    'The questionnaires of this round were never published: every number is recomputed during the build from the ' +
    'inputs the report printed (populations, family sizes and rates per 1,000 families), and set beside the ' +
    'printed result in the audit.',
  noChapters: 'This edition has no chapters yet: its estimates are in the data below.',
  draftsNote:
    'Chapters marked as drafts were carried over from an earlier edition and are published before review: their ' +
    'figures are this edition’s, their text is not yet checked, and what could not be carried over is marked.',
  draftMark: '(draft, not yet reviewed)',
  staleMark: '(translation older than the English text)',
  untranslatedMark: '(in English: not yet translated)',
  dataHeading: 'Data',
  dataBefore: 'holds every estimate of this edition in long form. The',
  downloadsPage: 'downloads page',
  dataAfter:
    'lists every file with its size and licence (the reconciliation, the data of each table and chart, the charts ' +
    'as SVG, a data package) and explains every column and code.',
  correctionsHeading: 'Corrections',
  correctionsIntro: 'This edition was published on',
  correctionsIntroAfter: 'Its figures have changed since only by these corrections, the latest first (also in the',
  feed: 'feed',
  figuresChanged: (count: number) => `${count} figure${count > 1 ? 's' : ''} changed`,
  figuresChangedOn: (date: string) => `Figures changed on ${date}`,
  figure: 'figure',
  was: 'was',
  is: 'is',
  noValue: 'no value',
  wholeEditionOnOnePage: 'The whole edition on one page',
  toPrint: 'to print or save as a PDF',
  // cite
  citeIntro: (authors: readonly string[], publisher: string, year: number) =>
    `The report is the work of ${authors.join(' and ')}, published by ${publisher} in ${year}. Please cite it, ` +
    'and this web edition if you use its recomputed figures:',
  previewCitation: (origin: string) =>
    `this copy was built without its public address (SITE_URL), so the address in the citation below, ${origin}, ` +
    "is this computer's and will not work for anyone else. Cite the published edition instead.",
  localPreviewColon: 'Local preview:',
  risNote: '(EndNote, Zotero, Mendeley)',
  citationFilesNote: 'The BibTeX and RIS records are in English, as reference managers expect.',
  // search
  searchTitle: 'Search',
  searchHeading: (edition: string) => `Search the ${edition} edition`,
  searchLabel: 'Words to find in the chapters, tables and figures',
  searchNoScriptBefore:
    'The search runs in your browser and needs JavaScript, which is off. Every chapter, table and figure of this ' +
    'edition is listed on',
  allPagesLower: 'all pages',
  // all pages
  allPagesHeading: (edition: string) => `All pages of the ${edition} edition`,
  tablesAndFigures: 'Tables and figures',
  otherEditions: 'Other editions',
  // print
  printDescription: (edition: string) =>
    `Every chapter of the ${edition} edition on one page, to print or save as a PDF.`,
  printIntro: (edition: string) =>
    `The ${edition} edition, every chapter on one page: print it or save it as a PDF from the browser's print ` +
    'dialogue. Charts print at the width of the page; the data behind each chart and table is in the edition’s ' +
    'downloads.',
  howToCite: 'How to cite this edition:',
  // the 404 page and the site's root
  notFound: 'Page not found',
  notFoundLede:
    'There is no page at this address. It may have been mistyped, or belong to an edition that does not have it.',
  latestContents: (edition: string) => `The contents of the ${edition} edition`,
  theLatest: 'the latest',
  latestAllPages: (edition: string) => `All pages of the ${edition} edition`,
  withEveryTable: 'with every table and figure',
  latestEditionAt: 'The latest edition is at',
  rootDescription: (authors: readonly string[], year: number) =>
    `A web edition of the report by ${authors.join(' and ')} (${year}), every estimate recomputed during the build.`,
  // downloads
  downloadsIntro: (edition: string) =>
    `Every file of the ${edition} edition that you can take away: the estimates, the check of each printed figure, ` +
    'the data of every table and chart, the charts as SVG drawings and PNG images, a codebook and a Frictionless ' +
    'Data Package that describes the CSV files for your tools. Sizes are those of the files as served.',
  /** said on a translated downloads page only: the files are the English ones */
  downloadsLanguageNote:
    'The data files are the same in every language and are meant for programs: their column names and codes are ' +
    'in English, with a decimal point. The descriptions of the files and their columns below are in English.',
  termsOfReuse: 'Terms of reuse',
  statementReport:
    'Figures printed in the report (its inputs, province figures and tables of context) belong to RCMRI and IOM, ' +
    'who published them in 2010; reuse them under the report’s terms and cite the report.',
  statementProject: (licence: string, name: string) =>
    'What this project adds (every recomputed estimate, its limits and reliability class, the reconciliation, the ' +
    `codebook and the data package) is released under ${licence} (${name}).`,
  statementCode: (licence: string) => `The software that builds the edition is released under the ${licence}.`,
  theLicence: 'The licence',
  publishedByWriteToUs: (publisher: string) =>
    `The web edition is published by ${publisher}. If you find a wrong number or sentence, please`,
  writeToUs: 'write to us',
  groupData: 'Data',
  groupTables: 'Tables',
  groupFigures: 'Figures',
  file: 'File',
  whatItHolds: 'What it holds',
  size: 'Size',
  licence: 'Licence',
  and: 'and',
  codebook: 'Codebook',
  codebookIntroBefore: 'What every code, indicator and column means, also as',
  codebookIntroAfter:
    "In the figure and table files a column's name ends with its unit (_percent, _per_year), or is the name of an " +
    "indicator; where a table's rows count different things, a unit column says what each line counts. In " +
    "estimates.csv the unit is the indicator's.",
  codes: 'Codes',
  code: 'Code',
  meaning: 'Meaning',
  indicators: 'Indicators',
  name: 'Name',
  unit: 'Unit',
  definition: 'Definition',
  unitsOfIndicators: 'Units of the indicators',
  columnsOfEachFile: 'Columns of each file',
  column: 'Column',
  /** said on a translated downloads page only */
  chartsInThisLanguage:
    "The charts behind the chapters' SVG links are drawn in this language; the list below has their English " +
    'versions, as SVG and PNG, which belong to the data package.',
  // the comparison of rounds
  roundsCompared: 'Survey rounds compared',
  oneRoundSoFar: (names: string) =>
    `There is one survey round so far (${names}). This page will set the rounds side by side once a second one is ` +
    "published: each country's victims per 1,000 population and per year, with their 95% limits.",
  roundsSideBySide: (count: number, names: string) =>
    `Each survey round estimates the victims of trafficking anew. Here the ${count} rounds (${names}) stand side by ` +
    'side for every country and for Central Asia: victims per 1,000 population and victims per year, each with its ' +
    '95% limits.',
  stepsCaution:
    'Under each table, every step from one round to the next says whether the later rate per 1,000 population lies ' +
    "within the earlier round's 95% limits, and whether the two ranges of limits overlap. It is a caution, not a " +
    'test of significance: where the difference lies within the limits, no change can be read from it, and where ' +
    'it does not, the ways the rounds differ may still explain it.',
  howRoundsDiffer: 'How the rounds differ',
  differForReasons: 'Two estimates from different rounds differ for reasons besides a change in trafficking:',
  otherSamples: 'Other samples.',
  otherSamplesText:
    'Each round asks other households, in other settlements. Part of any difference is the chance of who happened ' +
    'to be asked.',
  otherWeights: 'Other province weights.',
  otherWeightsText:
    'A round of questionnaires gives each province the weight of the population its own provinces.csv lists. A ' +
    'round that lists other provinces, or other populations for them, weights the same answers differently.',
  familySize: 'Family size.',
  familySizeText: (table: number) =>
    'A rate per 1,000 families depends on how many people a family is taken to hold, and each round takes its own ' +
    `figure (Table ${table}). The tables below therefore compare rates per 1,000 population, and victims per ` +
    'year; victims per year also grow with the population, so the steps between rounds read the rates.',
  recallWindow: 'Recall window.',
  recallWindowText: (recall: string) =>
    'Respondents count the relatives exploited over a span of years before the interview ' +
    `(${recall}), and victims per year spread that count over the span. Another span, or interviews in other ` +
    'months, covers other years, and people forget older events more.',
  recallIn: (years: number, edition: string) => `${years} years in ${edition}`,
  poissonOrDesign: 'Poisson or design-based limits.',
  poissonOrDesignText:
    "Poisson limits, the report's, allow only for chance in a count of victims. Design-based limits, from a " +
    'bootstrap that redraws settlements, also allow for questionnaires coming in clusters, and are usually wider. ' +
    'Where a round has design-based limits, the steps between rounds read them; otherwise they read its Poisson ' +
    'limits.',
  recomputedFromPrint: 'Recomputed from print.',
  recomputedFromPrintText: (rounds: string, count: number) =>
    `${rounds} ${count === 1 ? 'is' : 'are'} recomputed from the rates per 1,000 families printed in the report, ` +
    'not from questionnaires, which this edition does not hold. Those rates carry the rounding of the print, and ' +
    'have Poisson limits only.',
  fromOneRoundToNext: 'From one round to the next',
  measuredOnce: (areas: string, count: number) =>
    `${areas} ${count === 1 ? 'was' : 'were'} measured in one round only, so there is nothing yet to compare; the ` +
    "estimates stand in that round's edition.",
  perFamiliesHeading: 'Per 1,000 families: not comparable across rounds',
  perFamiliesText:
    'The report gave its rates per 1,000 families. They are kept here for its readers, beside the family size each ' +
    'round takes; when that size differs between rounds, the rates do not compare.',
  sources: 'Sources',
  editionOf: (edition: string) => `${edition} edition`,
  howToCiteIt: 'How to cite it',
  /** within a sentence, after a round's name */
  sourceAfter: (authors: readonly string[]) => `after ${authors.join(' and ')},`,
  listJoin: (items: readonly string[]) =>
    items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`,
  /** the search script's messages: {count}, {term} and {shown} are filled in by it */
  searchMessages: (edition: string) =>
    JSON.stringify({
      searching: 'Searching…',
      none: `No page of the ${edition} edition contains “{term}”.`,
      foundOne: `1 page of the ${edition} edition contains “{term}”`,
      found: `{count} pages of the ${edition} edition contain “{term}”`,
      best: '; the {shown} that match best:',
      failed: 'The search index could not be loaded. All pages are listed on the "All pages" page.',
    }),
};

const ru: Translation<typeof en> = {
  pageTitle: (page, report, edition) => `${page} · ${report} · издание ${edition} года`,
  feedTitle: 'Новые издания и исправления',
  previewDescription: (page, edition, report) =>
    `${page}: издание ${edition} года доклада «${report}»; все оценки пересчитаны при сборке.`,
  skipToContent: 'Перейти к содержанию',
  editions: 'Издания',
  editionLabel: 'Издание:',
  notInThatEdition: 'в том издании нет этой страницы: откроется его оглавление',
  compareRoundsShort: 'сравнить раунды',
  searchEdition: (edition) => `Поиск по изданию ${edition} года`,
  searchPlaceholder: (edition) => `Поиск: ${edition}`,
  search: 'Найти',
  synthetic:
    'Это издание собрано из синтетических тестовых данных. Оно не является публикацией, и его цифры не описывают ' +
    'никакого реального населения.',
  builtFrom: (edition, built) => `Издание ${edition} года, собрано ${built} из данных с контрольной суммой SHA-256`,
  downloadsAndCodebook: 'файлы и описание данных',
  audit: 'проверка',
  publishedBy: (publisher) => `Издатель: ${publisher};`,
  reportAnError: 'сообщить об ошибке',
  reportTerms: 'условиях доклада',
  licences: (project, report, code) =>
    `Собственные данные проекта: ${project}; цифры доклада: RCMRI и МОМ, на ${report}; программный код: ${code}.`,
  after: (authors) => `По докладу: ${authors.join(', ')},`,
  citeThisReport: 'Как цитировать',
  allPages: 'Все страницы',
  compareRounds: 'Сравнение раундов опроса',
  roundsOneSoFar: 'Раунды опроса (пока один)',
  localPreview: 'Локальный просмотр.',
  localPreviewNote: (origin) =>
    `Эта копия собрана без публичного адреса (SITE_URL), поэтому ссылки в цитатах и карте сайта ведут на ${origin}.`,
  contents: 'Содержание',
  breadcrumbs: 'Навигационная цепочка',
  inThisChapter: 'В этой главе',
  previous: 'Назад',
  next: 'Далее',
  chapters: 'Главы',
  draftBannerTitle: 'Черновик, ещё не проверен.',
  draftBanner:
    'Эта глава перенесена из предыдущего издания. Её цифры взяты из данных этого издания, но редактор ещё не ' +
    'сверил с ними текст. Места, отмеченные так:',
  draftBannerEnd: 'перенести не удалось, и они ждут новой редакции.',
  likeThis: '[пример]',
  staleTranslationTitle: 'Перевод старше английского текста.',
  staleTranslation: 'Английская глава изменилась после того, как был сделан этот перевод; цифры в нём актуальны.',
  readInEnglish: 'Читать английскую главу',
  untranslatedTitle: 'Перевод ещё не готов.',
  untranslated: 'Пока перевод не написан, глава показана на английском языке.',
  faultsHeading: (count) => `В этой главе ошибок: ${count}`,
  faultsFix: (file, count) =>
    `Исправьте ${count === 1 ? 'её' : 'их'} в ${file} и обновите страницу; остальные главы показаны как обычно. ` +
    'Сборка (npm run build) на них остановится.',
  theEdition: (edition) => `Издание ${edition} года`,
  headlineDescription: (victims, where, edition, report) =>
    `Около ${victims} человек из ${where} ежегодно становятся жертвами эксплуатации: издание ${edition} года ` +
    `доклада «${report}».`,
  headlineBefore: 'Около',
  headlineAfter: (where) => `человек из ${where} ежегодно становятся жертвами эксплуатации`,
  headlineRange: (limits) =>
    'Трудовой или сексуальной, в своей стране или за рубежом. Это оценка по опросу домохозяйств, а не число ' +
    `выявленных жертв. 95-процентные границы: ${limits} (суммы границ по странам, как их получил доклад).`,
  whatLimitsLeaveOut: 'Чего границы не учитывают',
  waysIn: 'С чего начать',
  keyFindings: 'Основные выводы',
  methodology: 'Методология',
  allChapters: 'Все главы',
  downloadsAndCodebookTitle: 'Файлы и описание данных',
  theCountries: 'Страны',
  victimsAYear: (victims) => `жертв в год: ${victims}`,
  limitsInBrackets: (limits) => `(95-процентные границы: ${limits})`,
  aboutThisEdition: 'Об этом издании',
  aboutEdition: (authors, publisher, year, edition, fieldwork) =>
    `Веб-издание доклада (авторы: ${authors.join(', ')}; ${publisher}, ${year}), собранное по данным раунда ` +
    `опроса ${edition} года (полевой этап: ${fieldwork}).`,
  fromQuestionnaires: 'Все цифры вычисляются при сборке из анкет этого раунда.',
  fromPrintedInputs:
    'Анкеты этого раунда не публиковались: все цифры пересчитываются при сборке из исходных данных, напечатанных ' +
    'в докладе (численность населения, размер семьи и показатели на 1000 семей), и сопоставляются с ' +
    'напечатанными результатами на странице проверки.',
  noChapters: 'В этом издании пока нет глав: его оценки приведены в данных ниже.',
  draftsNote:
    'Главы, отмеченные как черновики, перенесены из предыдущего издания и опубликованы до проверки: цифры в них — ' +
    'этого издания, текст ещё не сверен, а то, что перенести не удалось, отмечено.',
  draftMark: '(черновик, ещё не проверен)',
  staleMark: '(перевод старше английского текста)',
  untranslatedMark: '(на английском: перевод ещё не готов)',
  dataHeading: 'Данные',
  dataBefore: '— все оценки этого издания в длинном формате. На',
  downloadsPage: 'странице файлов',
  dataAfter:
    'перечислены все файлы с размером и лицензией (сверка, данные каждой таблицы и рисунка, рисунки в SVG, пакет ' +
    'данных) и объяснены все столбцы и коды.',
  correctionsHeading: 'Исправления',
  correctionsIntro: 'Это издание опубликовано',
  correctionsIntroAfter: 'С тех пор его цифры менялись только этими исправлениями, начиная с последнего (они есть и в',
  feed: 'ленте новостей',
  figuresChanged: (count) => `Изменено цифр: ${count}`,
  figuresChangedOn: (date) => `Цифры, изменённые ${date}`,
  figure: 'цифра',
  was: 'было',
  is: 'стало',
  noValue: 'нет значения',
  wholeEditionOnOnePage: 'Всё издание на одной странице',
  toPrint: 'для печати или сохранения в PDF',
  citeIntro: (authors, publisher, year) =>
    `Авторы доклада — ${authors.join(' и ')}; издатель — ${publisher}, ${year}. Пожалуйста, ссылайтесь на доклад, ` +
    'а если вы используете пересчитанные цифры — и на это веб-издание:',
  previewCitation: (origin) =>
    `эта копия собрана без публичного адреса (SITE_URL), поэтому адрес в ссылке ниже, ${origin}, относится к этому ` +
    'компьютеру и ни у кого больше не откроется. Ссылайтесь на опубликованное издание.',
  localPreviewColon: 'Локальный просмотр:',
  risNote: '(для EndNote, Zotero, Mendeley)',
  citationFilesNote: 'Записи BibTeX и RIS даны на английском языке, как их ожидают программы для библиографии.',
  searchTitle: 'Поиск',
  searchHeading: (edition) => `Поиск по изданию ${edition} года`,
  searchLabel: 'Слова для поиска в главах, таблицах и рисунках',
  searchNoScriptBefore:
    'Поиск работает в браузере и требует JavaScript, который отключён. Все главы, таблицы и рисунки этого издания ' +
    'перечислены на странице',
  allPagesLower: '«Все страницы»',
  allPagesHeading: (edition) => `Все страницы издания ${edition} года`,
  tablesAndFigures: 'Таблицы и рисунки',
  otherEditions: 'Другие издания',
  printDescription: (edition) =>
    `Все главы издания ${edition} года на одной странице — для печати или сохранения в PDF.`,
  printIntro: (edition) =>
    `Издание ${edition} года, все главы на одной странице: распечатайте его или сохраните в PDF через окно печати ` +
    'браузера. Рисунки печатаются по ширине страницы; данные каждого рисунка и таблицы — среди файлов издания.',
  howToCite: 'Как цитировать это издание:',
  notFound: 'Страница не найдена',
  notFoundLede: 'По этому адресу страницы нет. Возможно, в адресе опечатка или такой страницы нет в этом издании.',
  latestContents: (edition) => `Оглавление издания ${edition} года`,
  theLatest: 'последнего',
  latestAllPages: (edition) => `Все страницы издания ${edition} года`,
  withEveryTable: 'со всеми таблицами и рисунками',
  latestEditionAt: 'Последнее издание находится по адресу',
  rootDescription: (authors, year) =>
    `Веб-издание доклада (авторы: ${authors.join(', ')}, ${year}); все оценки пересчитаны при сборке.`,
  downloadsIntro: (edition) =>
    `Все файлы издания ${edition} года, которые можно скачать: оценки, проверка каждой напечатанной цифры, данные ` +
    'каждой таблицы и рисунка, рисунки в форматах SVG и PNG, описание данных (codebook) и пакет данных Frictionless ' +
    'Data Package, описывающий CSV-файлы для ваших программ. Размеры указаны для файлов в том виде, в каком их ' +
    'отдаёт сервер.',
  downloadsLanguageNote:
    'Файлы данных одни и те же для всех языков и предназначены для программ: названия столбцов и коды в них — на ' +
    'английском, десятичный разделитель — точка. Поэтому описания файлов и столбцов ниже даны на английском языке.',
  termsOfReuse: 'Условия повторного использования',
  statementReport:
    'Цифры, напечатанные в докладе (его исходные данные, цифры по областям и контекстные таблицы), принадлежат ' +
    'RCMRI и МОМ, опубликовавшим их в 2010 году; используйте их на условиях доклада и ссылайтесь на доклад.',
  statementProject: (licence, name) =>
    'То, что добавляет проект (все пересчитанные оценки, их границы и классы надёжности, сверка, описание данных и ' +
    `пакет данных), распространяется по лицензии ${licence} (${name}).`,
  statementCode: (licence) => `Программа, собирающая издание, распространяется по лицензии ${licence}.`,
  theLicence: 'Текст лицензии',
  publishedByWriteToUs: (publisher) =>
    `Веб-издание публикует ${publisher}. Если вы нашли неверную цифру или фразу, пожалуйста,`,
  writeToUs: 'напишите нам',
  groupData: 'Данные',
  groupTables: 'Таблицы',
  groupFigures: 'Рисунки',
  file: 'Файл',
  whatItHolds: 'Содержание',
  size: 'Размер',
  licence: 'Лицензия',
  and: 'и',
  codebook: 'Описание данных',
  codebookIntroBefore: 'Что означает каждый код, показатель и столбец; то же в файле',
  codebookIntroAfter:
    'В файлах рисунков и таблиц название столбца оканчивается его единицей измерения (_percent, _per_year) или ' +
    'совпадает с названием показателя; если строки таблицы считают разное, столбец unit указывает, что считает ' +
    'каждая строка. В estimates.csv единица — та, что у показателя.',
  codes: 'Коды',
  code: 'Код',
  meaning: 'Значение',
  indicators: 'Показатели',
  name: 'Название',
  unit: 'Единица',
  definition: 'Определение',
  unitsOfIndicators: 'Единицы измерения показателей',
  columnsOfEachFile: 'Столбцы каждого файла',
  column: 'Столбец',
  chartsInThisLanguage:
    'Рисунки по ссылкам «SVG» на страницах глав нарисованы на русском языке; в списке ниже — их английские ' +
    'варианты в форматах SVG и PNG, входящие в пакет данных.',
  roundsCompared: 'Сравнение раундов опроса',
  oneRoundSoFar: (names) =>
    `Пока проведён один раунд опроса (${names}). Когда будет опубликован второй, на этой странице раунды встанут ` +
    'рядом: число жертв на 1000 человек населения и в год по каждой стране, с 95-процентными границами.',
  roundsSideBySide: (count, names) =>
    `Каждый раунд опроса заново оценивает число жертв торговли людьми. Здесь раунды (${count}: ${names}) стоят ` +
    'рядом по каждой стране и по Центральной Азии: число жертв на 1000 человек населения и в год, каждое — с ' +
    '95-процентными границами.',
  stepsCaution:
    'Под каждой таблицей для каждого перехода от раунда к раунду указано, лежит ли более поздний показатель на 1000 ' +
    'человек в 95-процентных границах предыдущего раунда и перекрываются ли два интервала. Это предостережение, а ' +
    'не проверка значимости: если разница лежит в пределах границ, изменения из неё вывести нельзя, а если нет, её ' +
    'всё равно могут объяснять различия между раундами.',
  howRoundsDiffer: 'Чем различаются раунды',
  differForReasons: 'Оценки разных раундов расходятся не только из-за изменений в масштабах торговли людьми:',
  otherSamples: 'Другие выборки.',
  otherSamplesText:
    'Каждый раунд опрашивает другие домохозяйства в других населённых пунктах. Часть любой разницы — случайность ' +
    'того, кто попал в опрос.',
  otherWeights: 'Другие веса областей.',
  otherWeightsText:
    'Раунд анкетного опроса придаёт каждой области вес её населения по собственному файлу provinces.csv. Раунд с ' +
    'другим списком областей или другой их численностью взвешивает те же ответы иначе.',
  familySize: 'Размер семьи.',
  familySizeText: (table) =>
    'Показатель на 1000 семей зависит от того, сколько человек считается в семье, и каждый раунд берёт свою цифру ' +
    `(таблица ${table}). Поэтому таблицы ниже сравнивают показатели на 1000 человек населения и число жертв в год; ` +
    'число жертв в год растёт и вместе с населением, поэтому переходы между раундами оцениваются по показателям.',
  recallWindow: 'Период припоминания.',
  recallWindowText: (recall) =>
    'Респонденты называют родственников, подвергшихся эксплуатации за несколько лет до опроса ' +
    `(${recall}), а число жертв в год распределяет этот счёт по периоду. Другой период или опрос в другие месяцы ` +
    'охватывает другие годы, а более давние события забываются сильнее.',
  recallIn: (years, edition) => `${years} ${agreeing(years, ['год', 'года', 'лет'])} в раунде ${edition}`,
  poissonOrDesign: 'Границы по Пуассону или с учётом дизайна выборки.',
  poissonOrDesignText:
    'Пуассоновские границы, как в докладе, учитывают только случайность в подсчёте жертв. Границы с учётом дизайна ' +
    'выборки, полученные бутстрепом с повторным отбором населённых пунктов, учитывают и то, что анкеты собраны ' +
    'гнёздами, и обычно шире. Где у раунда есть такие границы, переходы между раундами оцениваются по ним, иначе — ' +
    'по пуассоновским.',
  recomputedFromPrint: 'Пересчёт по напечатанным цифрам.',
  recomputedFromPrintText: (rounds, count) =>
    `${count === 1 ? 'Раунд' : 'Раунды'} ${rounds} ${count === 1 ? 'пересчитан' : 'пересчитаны'} по показателям на ` +
    '1000 семей, напечатанным в докладе, а не по анкетам, которых в этом издании нет. Эти показатели несут ' +
    'округление печати и имеют только пуассоновские границы.',
  fromOneRoundToNext: 'От раунда к раунду',
  measuredOnce: (areas, count) =>
    `${areas}: ${count === 1 ? 'страна измерена' : 'страны измерены'} только в одном раунде, поэтому сравнивать ` +
    'пока нечего; оценки приведены в издании этого раунда.',
  perFamiliesHeading: 'На 1000 семей: между раундами не сравнимо',
  perFamiliesText:
    'Доклад давал показатели на 1000 семей. Они сохранены здесь для его читателей рядом с размером семьи, который ' +
    'берёт каждый раунд; если этот размер в раундах разный, показатели не сравнимы.',
  sources: 'Источники',
  editionOf: (edition) => `Издание ${edition} года`,
  howToCiteIt: 'Как его цитировать',
  sourceAfter: (authors) => `по докладу: ${authors.join(', ')},`,
  listJoin: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} и ${items.at(-1)}`),
  searchMessages: (edition) =>
    JSON.stringify({
      searching: 'Идёт поиск…',
      none: `В издании ${edition} года нет страниц со словами «{term}».`,
      foundOne: `Слова «{term}» найдены на одной странице издания ${edition} года`,
      found: `Слова «{term}» найдены на страницах издания ${edition} года: {count}`,
      best: '; вот {shown} самых подходящих:',
      failed: 'Не удалось загрузить поисковый индекс. Все страницы перечислены на странице «Все страницы».',
    }),
};

export const SITE_WORDS = { en, ru };
