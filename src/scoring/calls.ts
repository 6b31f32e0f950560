import type { Bank, Level, Phone, Referral, Region } from '../bank/schema';
import { score, type Answers } from './score';

export type Line = Referral & { phone: Phone };

const hasPhone = (referral: Referral): referral is Line =>
  referral.phone !== undefined;

/** The region's emergency services line; the bank's checks give each region one with a number. */
export const emergencyLineOf = (bank: Bank, region: Region): Line | undefined =>
  bank.referrals
    .filter(({ kind }) => kind === 'emergency')
    .filter(hasPhone)
    .find((referral) => referral.region === region);

/** The calls right under the level: emergency services at `urgent`; at `high` the first hotline with a number, and emergency services beside it; nothing lower. */
export const firstCalls = (
  level: Level,
  referrals: readonly Referral[],
): { main: Line; beside?: Line } | undefined => {
  const lines = referrals.filter(hasPhone);
  const emergency = lines.find(({ kind }) => kind === 'emergency');
  const hotline = lines.find(({ kind }) => kind === 'hotline');
  if (level === 'urgent' && emergency) return { main: emergency };
  if (level === 'high' && hotline) return { main: hotline, beside: emergency };
  return undefined;
};

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
