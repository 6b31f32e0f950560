import type { Bank, Region } from '../bank/schema';
import { score, type Answers } from '../scoring/score';

/** Whether a step's answers bring the emergency panel: a yes that makes the level urgent, or a not sure on an urgent question (DESIGN 4). */
export const callsForEmergency = (
  bank: Bank,
  stepAnswers: Answers,
  region: Region,
): boolean =>
  score(bank, stepAnswers, { region }).level === 'urgent' ||
  bank.questions.some(
    ({ id, tier }) => tier === 'urgent' && stepAnswers[id] === 'unsure',
  );
