import type {
  AnswerValue,
  Bank,
  Condition,
  Level,
  Question,
  Region,
} from '../bank/schema';

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

const levelOrder: readonly Level[] = ['none', 'some', 'high', 'urgent'];

const higher = (a: Level, b: Level): Level =>
  levelOrder.indexOf(a) >= levelOrder.indexOf(b) ? a : b;

type Answered = { question: Question; answer: AnswerValue };

const answeredQuestions = (bank: Bank, answers: Answers): Answered[] =>
  bank.questions.flatMap((question) => {
    const answer = answers[question.id];
    return answer === undefined ? [] : [{ question, answer }];
  });

const levelFromAnswers = (bank: Bank, answered: Answered[]): Level => {
  const { thresholds, countFloors } = bank.scoring;
  let sum = 0;
  let level: Level = 'none';
  for (const { question, answer } of answered) {
    const effect = question.options[answer];
    sum += effect.weight;
    if (effect.atLeast) level = higher(level, effect.atLeast);
  }
  if (sum >= thresholds.high) level = higher(level, 'high');
  else if (sum >= thresholds.some) level = higher(level, 'some');
  for (const floor of countFloors) {
    const count = answered.filter(
      ({ question, answer }) =>
        floor.tiers.includes(question.tier) && floor.answers.includes(answer),
    ).length;
    if (count >= floor.min) level = higher(level, floor.atLeast);
  }
  return level;
};

const driversByTopic = (bank: Bank, answered: Answered[]): TopicDrivers[] =>
  bank.topics.flatMap(({ id: topic }) => {
    const drivers = answered
      .filter(({ question, answer }) => {
        const effect = question.options[answer];
        return (
          question.topic === topic &&
          (effect.weight > 0 || effect.atLeast !== undefined)
        );
      })
      .map(({ question, answer }) => ({ questionId: question.id, answer }));
    return drivers.length > 0 ? [{ topic, answers: drivers }] : [];
  });

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

/** Turns answers into an outcome made of keys; pure and total for any bank that passed `loadBank`. */
export const score = (
  bank: Bank,
  answers: Answers,
  options: ScoreOptions,
): Outcome => {
  const answered = answeredQuestions(bank, answers);
  const level = levelFromAnswers(bank, answered);
  const region = bank.regions.some(({ id }) => id === options.region)
    ? options.region
    : bank.defaultRegion;

  const guidance = [...bank.guidance].sort(byPriority).flatMap((item) => {
    const reason = reasonFor(item.when, answered, level);
    return reason ? [{ id: item.id, reason }] : [];
  });

  const emergencyFirst = level === 'urgent';
  const referrals = bank.referrals
    .filter(
      (referral) =>
        referral.region === region &&
        (!referral.when || reasonFor(referral.when, answered, level)),
    )
    .sort((a, b) => {
      if (emergencyFirst) {
        const rank = (kind: string) => (kind === 'emergency' ? 0 : 1);
        const byKind = rank(a.kind) - rank(b.kind);
        if (byKind !== 0) return byKind;
      }
      return byPriority(a, b);
    })
    .map(({ id }) => id);

  return {
    bankVersion: bank.version,
    region,
    level,
    drivers: driversByTopic(bank, answered),
    guidance,
    education: bank.education.map(({ id }) => id),
    referrals,
  };
};
