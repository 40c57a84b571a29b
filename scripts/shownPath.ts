import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A path as messages show it: from the project when it lies inside it (data/2031/countries.csv:3:2,
 * as the README shows), whole otherwise, where "../../" would only confuse.
 * @example shownPath('/work/main/data/2009') // => "data/2009" (run from /work/main)
 */
export function shownPath(path: string): string {
  const fromHere = relative(process.cwd(), resolve(path));
  return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? resolve(path) : fromHere;
}
