import type {
  AnswerValue,
  Bank,
  Condition,
  Level,
  Question,
  Referral,
  Region,
} from '../bank/schema';
import { higherLevel } from './level-order.ts';

/** Answers by question id; a missing id means the question was skipped. */
export type Answers = Readonly<Partial<Record<string, AnswerValue>>>;

export type ScoreOptions = { readonly region: Region };

export type Driver = { questionId: string; answer: AnswerValue };

export type TopicDrivers = { topic: string; answers: Driver[] };

export type GuidanceReason =
  | { type: 'always' }
  | { type: 'level'; level: Level }
  | { type: 'answers'; questionIds: string[] };

export type GuidancePick = { id: string; reason: GuidanceReason };

export type Outcome = {
  bankVersion: string;
  region: Region;
  level: Level;
  drivers: TopicDrivers[];
  guidance: GuidancePick[];
  education: string[];
  referrals: string[];
};

type Answered = { question: Question; answer: AnswerValue };

const answeredQuestions = (bank: Bank, answers: Answers): Answered[] =>
  bank.questions.flatMap((question) => {
    const answer = Object.hasOwn(answers, question.id)
      ? answers[question.id]
      : undefined;
    return answer === undefined ? [] : [{ question, answer }];
  });

type Rating = { level: Level; drivers: Set<Answered> };

/** The level, and the answers behind it: those that weigh or set a floor, and those counted by a floor that was reached. */
const rate = (bank: Bank, answered: Answered[]): Rating => {
  const { thresholds, countFloors } = bank.scoring;
  const drivers = new Set<Answered>();
  let sum = 0;
  let level: Level = 'none';
  for (const entry of answered) {
    const effect = entry.question.options[entry.answer];
    sum += effect.weight;
    if (effect.atLeast) level = higherLevel(level, effect.atLeast);
    if (effect.weight > 0 || effect.atLeast) drivers.add(entry);
  }
  if (sum >= thresholds.high) level = higherLevel(level, 'high');
  else if (sum >= thresholds.some) level = higherLevel(level, 'some');
  for (const floor of countFloors) {
    const counted = answered.filter(
      ({ question, answer }) =>
        floor.tiers.includes(question.tier) && floor.answers.includes(answer),
    );
    if (counted.length >= floor.min) {
      level = higherLevel(level, floor.atLeast);
      for (const entry of counted) drivers.add(entry);
    }
  }
  return { level, drivers };
};

const driversByTopic = (
  bank: Bank,
  answered: Answered[],
  { drivers }: Rating,
): TopicDrivers[] => {
  const byTopic = new Map<string, Driver[]>();
  for (const entry of answered) {
    if (!drivers.has(entry)) continue;
    const { topic, id } = entry.question;
    const driver = { questionId: id, answer: entry.answer };
    const list = byTopic.get(topic);
    if (list) list.push(driver);
    else byTopic.set(topic, [driver]);
  }
  return bank.topics.flatMap(({ id: topic }) => {
    const answers = byTopic.get(topic);
    return answers ? [{ topic, answers }] : [];
  });
};

const reasonFor = (
  conditions: readonly Condition[],
  answered: Answered[],
  level: Level,
): GuidanceReason | undefined => {
  for (const condition of conditions) {
    if (condition.type === 'always') return { type: 'always' };
    if (condition.type === 'level') {
      if (condition.levels.includes(level)) return { type: 'level', level };
      continue;
    }
    const questionIds = answered
      .filter(
        ({ question, answer }) =>
          condition.answers.includes(answer) &&
          (!condition.tiers || condition.tiers.includes(question.tier)) &&
          (!condition.indicators ||
            condition.indicators.includes(question.indicator)),
      )
      .map(({ question }) => question.id);
    if (questionIds.length >= condition.min) {
      return { type: 'answers', questionIds };
    }
  }
  return undefined;
};

const byPriority = <T extends { priority: number }>(a: T, b: T): number =>
  a.priority - b.priority;

const regionOf = (bank: Bank, region: Region): Region =>
  bank.regions.some(({ id }) => id === region) ? region : bank.defaultRegion;

type ReferralPick = { referral: Referral; reason: GuidanceReason };

/** The region's referrals whose conditions hold, emergency entries first at `urgent`, then by priority. */
const pickReferrals = (
  bank: Bank,
  answered: Answered[],
  level: Level,
  region: Region,
): ReferralPick[] => {
  const emergencyFirst = level === 'urgent';
  const rank = ({ referral }: ReferralPick) =>
    emergencyFirst && referral.kind === 'emergency' ? 0 : 1;
  return bank.referrals
    .flatMap((referral) => {
      if (referral.region !== region) return [];
      const reason = referral.when
        ? reasonFor(referral.when, answered, level)
        : { type: 'always' as const };
      return reason ? [{ referral, reason }] : [];
    })
    .sort((a, b) => rank(a) - rank(b) || byPriority(a.referral, b.referral));
};

/** Turns answers into an outcome made of keys; pure and total for any bank that passed `loadBank`. */
export const score = (
  bank: Bank,
  answers: Answers,
  options: ScoreOptions,
): Outcome => {
  const answered = answeredQuestions(bank, answers);
  const rating = rate(bank, answered);
  const { level } = rating;
  const region = regionOf(bank, options.region);

  const guidance = [...bank.guidance].sort(byPriority).flatMap((item) => {
    const reason = reasonFor(item.when, answered, level);
    return reason ? [{ id: item.id, reason }] : [];
  });

  return {
    bankVersion: bank.version,
    region,
    level,
    drivers: driversByTopic(bank, answered, rating),
    guidance,
    education: bank.education.map(({ id }) => id),
    referrals: pickReferrals(bank, answered, level, region).map(
      ({ referral }) => referral.id,
    ),
  };
};

type EmergencyReferrals = { emergency: string[]; more: string[] };

/** What the emergency panel lists: the emergency numbers, then the hotlines and the entries an answer called for (such as Take It Down for sextortion). */
export const emergencyReferrals = (
  bank: Bank,
  answers: Answers,
  options: ScoreOptions,
): EmergencyReferrals => {
  const answered = answeredQuestions(bank, answers);
  const { level } = rate(bank, answered);
  const picks = pickReferrals(
    bank,
    answered,
    level,
    regionOf(bank, options.region),
  );
  const ids = (keep: (pick: ReferralPick) => boolean) =>
    picks.filter(keep).map(({ referral }) => referral.id);
  return {
    emergency: ids(({ referral }) => referral.kind === 'emergency'),
    more: ids(
      ({ referral, reason }) =>
        referral.kind !== 'emergency' &&
        (referral.kind === 'hotline' || reason.type === 'answers'),
    ),
  };
};
