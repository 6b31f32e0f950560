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
    if (effect.atLeast) level = higher(level, effect.atLeast);
    if (effect.weight > 0 || effect.atLeast) drivers.add(entry);
  }
  if (sum >= thresholds.high) level = higher(level, 'high');
  else if (sum >= thresholds.some) level = higher(level, 'some');
  for (const floor of countFloors) {
    const counted = answered.filter(
      ({ question, answer }) =>
        floor.tiers.includes(question.tier) && floor.answers.includes(answer),
    );
    if (counted.length >= floor.min) {
      level = higher(level, floor.atLeast);
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

/** Turns answers into an outcome made of keys; pure and total for any bank that passed `loadBank`. */
export const score = (
  bank: Bank,
  answers: Answers,
  options: ScoreOptions,
): Outcome => {
  const answered = answeredQuestions(bank, answers);
  const rating = rate(bank, answered);
  const { level } = rating;
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
    drivers: driversByTopic(bank, answered, rating),
    guidance,
    education: bank.education.map(({ id }) => id),
    referrals,
  };
};
