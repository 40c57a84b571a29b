/**
 * The checks of place_names_ru.csv against the files it translates: a Russian name for every province a round
 * names and for no other, and today's name with its source exactly where the round records a later name.
 */
import { DataError } from './dataError.ts';
import type { CsvRow } from './readCsv.ts';
import type { placeNamesRuCsv } from './schemas.ts';

type Province = { country: string; province: string };
type PlaceNameRu = CsvRow<(typeof placeNamesRuCsv)['columns']>;

const same = (a: Province) => (b: Province) => a.country === b.country && a.province === b.province;

/**
 * @param file place_names_ru.csv's path, for the messages
 * @param named the provinces the round names, and the file that names them (province_figures.csv, provinces.csv)
 * @param later the provinces with a later name (place_names.csv), which need it in Russian too
 */
export function placeNamesRuFaults(
  file: string,
  rows: readonly PlaceNameRu[],
  named: { file: string; provinces: readonly Province[] },
  later: readonly Province[],
): DataError[] {
  const faults: DataError[] = [];
  for (const { line, values } of rows) {
    if (!named.provinces.some(same(values))) {
      faults.push(
        new DataError(
          file,
          line,
          2,
          `province: expected a province that ${named.file} names for ${values.country}, found "${values.province}"`,
        ),
      );
      continue;
    }
    const changed = later.some(same(values));
    for (const [column, index, what] of [
      ['today_ru', 4, "today's name"],
      ['source_ru', 5, 'the source of the change'],
    ] as const) {
      const given = values[column] !== '';
      if (changed && !given)
        faults.push(new DataError(file, line, index, `${column}: expected ${what} in Russian, found an empty cell`));
      if (!changed && given)
        faults.push(
          new DataError(
            file,
            line,
            index,
            `${column}: expected an empty cell, as place_names.csv gives no later name for ` +
              `${values.country},${values.province}, found "${values[column]}"`,
          ),
        );
    }
  }
  const end = (rows.at(-1)?.line ?? 1) + 1;
  const unnamed = [...new Map(named.provinces.map((p) => [`${p.country},${p.province}`, p])).values()].filter(
    (p) => !rows.some((row) => same(p)(row.values)),
  );
  for (const { country, province } of unnamed)
    faults.push(new DataError(file, end, 1, `missing row: expected the Russian name of ${country},${province}`));
  return faults;
}
