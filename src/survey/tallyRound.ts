/**
 * A round of questionnaires read from its folder and summed per settlement: the entry point
 * of the questionnaire pipeline for the build, the validate command and the tests.
 */
import { loadRound, type LoadedRound } from '../data/loadRound.ts';
import { SettlementTallies, type QuestionnaireTallies } from './settlementTallies.ts';

export interface RoundInput extends LoadedRound {
  tallies: QuestionnaireTallies;
}

/**
 * @param options.chunkBytes the size of the pieces the file is streamed in (tests vary it to cross chunk boundaries)
 */
export async function tallyRound(dir: string, options: { chunkBytes?: number } = {}): Promise<RoundInput> {
  const tallies = new SettlementTallies();
  const round = await loadRound(dir, tallies, options);
  return { ...round, tallies: tallies.result(round.meta.questionnairesReceived) };
}
