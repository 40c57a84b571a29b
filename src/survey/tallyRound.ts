/**
 * A round of questionnaires read from its folder and summed per settlement: the entry point
 * of the questionnaire pipeline for the build, the validate command and the tests.
 */
import { loadRound } from '../data/loadRound.ts';
import type { RoundInput } from '../estimate/estimateRound.ts';

/** @param options.chunkBytes the size of the pieces the file is streamed in (tests vary it to cross chunk boundaries) */
export function tallyRound(dir: string, options: { chunkBytes?: number } = {}): Promise<RoundInput> {
  return loadRound(dir, options);
}
