import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadEdition } from '../src/data/loadEdition.ts';
import { estimateEdition } from '../src/estimate/estimateEdition.ts';
import { FigureIndex } from '../src/estimate/figure.ts';

/** The bundled 2009 round, loaded and estimated once for the golden tests. */
export const dir2009 = fileURLToPath(new URL('../data/2009', import.meta.url));
export const loaded2009 = loadEdition(dir2009, (name) => readFileSync(`${dir2009}/${name}`));
export const estimates2009 = estimateEdition(loaded2009.input);
export const index2009 = new FigureIndex(estimates2009.figures);
