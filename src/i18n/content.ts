/** The words the chapters' renderer adds to the prose (links, markers, notes) in each language: see dictionary.ts. */
import type { Translation } from './translation.ts';

const en = {
  tableLabel: 'Table',
  figureLabel: 'Figure',
  /** a heading's "#" link, for a screen reader */
  linkTo: (heading: string) => `Link to “${heading}”`,
  /** the name of a scrolling table's region, after the heading it stands under */
  tableRegion: (section: string) => `Table: ${section}`,
  tableRegionNumbered: (n: number, section: string) => `Table ${n}: ${section}`,
  inTheGlossary: (term: string) => `In the glossary: ${term}`,
  checkedAgainstData: (formula: string) => `checked against the data: ${formula}`,
  noFigure: (reason: string) => `no figure (${reason})`,
  /** the markers a draft shows where a fault is */
  toBeWritten: (text: string) => `to be written for this edition: ${text}`,
  markerUnknownValue: 'a figure this edition does not have',
  markerUnknownBlock: 'a part this edition does not have',
  markerUnknownTable: 'a table this edition does not have',
  markerUnknownFigure: 'a figure this edition does not have',
  markerMissingReference: 'a missing cross-reference',
  markerContradicted: 'a statement the data of this edition contradicts',
  markerNoWords: 'words this edition cannot give',
};

const ru: Translation<typeof en> = {
  tableLabel: 'табл.',
  figureLabel: 'рис.',
  linkTo: (heading) => `Ссылка на раздел «${heading}»`,
  tableRegion: (section) => `Таблица: ${section}`,
  tableRegionNumbered: (n, section) => `Таблица ${n}: ${section}`,
  inTheGlossary: (term) => `В глоссарии: ${term}`,
  checkedAgainstData: (formula) => `проверено по данным: ${formula}`,
  noFigure: (reason) => `нет данных (${reason})`,
  toBeWritten: (text) => `ещё не написано для этого издания: ${text}`,
  markerUnknownValue: 'показатель, которого нет в этом издании',
  markerUnknownBlock: 'часть, которой нет в этом издании',
  markerUnknownTable: 'таблица, которой нет в этом издании',
  markerUnknownFigure: 'рисунок, которого нет в этом издании',
  markerMissingReference: 'ссылка на отсутствующую часть',
  markerContradicted: 'утверждение, которое данные этого издания не подтверждают',
  markerNoWords: 'слова, которых данные этого издания не дают',
};

export const CONTENT_WORDS = { en, ru };
