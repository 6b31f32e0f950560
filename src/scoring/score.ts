import type {
  AnswerMatch,
  AnswerValue,
  Bank,
  Condition,
  Guidance,
  Level,
  Perspective,
  Question,
  Referral,
  Region,
} from '../bank/schema';
import { higherLevel, levelRank } from './level-order.ts';

/** Answers by question id; a missing id means the question was skipped. */
export type Answers = Readonly<Partial<Record<string, AnswerValue>>>;

/** The region whose referrals and regional text to show, and who is filling the check in (unknown before the start page). */
export type ScoreOptions = {
  readonly region: Region;
  readonly perspective?: Perspective;
};

export type Driver = { questionId: string; answer: AnswerValue };

export type TopicDrivers = { topic: string; answers: Driver[] };

export type GuidanceReason =
  | { type: 'always' }
  | { type: 'level'; level: Level }
  | { type: 'answers'; questionIds: string[] }
  | { type: 'perspective'; perspective: Perspective }
  | { type: 'region'; region: Region };

export type GuidancePick = { id: string; reason: GuidanceReason };

export type Outcome = {
  bankVersion: string;
  region: Region;
  level: Level;
  /** The answers that raised the level, by topic; empty at `none`. */
  drivers: TopicDrivers[];
  guidance: GuidancePick[];
  education: string[];
  referrals: string[];
  /** Questions skipped, and questions answered "Not sure", so that no result reads as reassurance. */
  unanswered: number;
  unsure: number;
};

type Answered = { question: Question; answer: AnswerValue };

const answeredQuestions = (bank: Bank, answers: Answers): Answered[] =>
  bank.questions.flatMap((question) => {
    const answer = Object.hasOwn(answers, question.id)
      ? answers[question.id]
      : undefined;
    return answer === undefined ? [] : [{ question, answer }];
  });

const matching = (match: AnswerMatch, answered: Answered[]): Answered[] =>
  answered.filter(
    ({ question, answer }) =>
      match.answers.includes(answer) &&
      (!match.tiers || match.tiers.includes(question.tier)) &&
      (!match.indicators || match.indicators.includes(question.indicator)),
  );

type Rating = { level: Level; drivers: Set<Answered> };

const levelOfSum = (bank: Bank, sum: number): Level => {
  const { thresholds } = bank.scoring;
  if (sum >= thresholds.high) return 'high';
  return sum >= thresholds.some ? 'some' : 'none';
};

/** The level, and the answers behind it: those that weigh or set a floor, and those counted by a floor that was reached. */
const rate = (bank: Bank, answered: Answered[]): Rating => {
  const { caps, countFloors } = bank.scoring;
  const active = caps.filter(
    ({ liftedBy }) => matching(liftedBy, answered).length < liftedBy.min,
  );
  const cappedTiers = new Set(active.flatMap(({ tiers }) => tiers));
  const ceiling = active
    .map(({ atMost }) => atMost)
    .reduce<Level>(
      (low, level) => (levelRank(level) < levelRank(low) ? level : low),
      'urgent',
    );
  const capped = ({ question }: Answered) => cappedTiers.has(question.tier);
  const clamp = (level: Level): Level =>
    levelRank(level) > levelRank(ceiling) ? ceiling : level;

  const drivers = new Set<Answered>();
  let sum = 0;
  let uncappedSum = 0;
  let level: Level = 'none';
  for (const entry of answered) {
    const effect = entry.question.options[entry.answer];
    sum += effect.weight;
    if (!capped(entry)) uncappedSum += effect.weight;
    if (effect.atLeast) {
      level = higherLevel(
        level,
        capped(entry) ? clamp(effect.atLeast) : effect.atLeast,
      );
    }
    if (effect.weight > 0 || effect.atLeast) drivers.add(entry);
  }
  level = higherLevel(level, levelOfSum(bank, uncappedSum));
  level = higherLevel(level, clamp(levelOfSum(bank, sum)));
  for (const floor of countFloors) {
    const counted = matching(floor, answered);
    if (counted.length < floor.min) continue;
    const uncapped = counted.filter((entry) => !capped(entry)).length;
    level = higherLevel(
      level,
      uncapped >= floor.min ? floor.atLeast : clamp(floor.atLeast),
    );
    for (const entry of counted) drivers.add(entry);
  }
  return { level, drivers: level === 'none' ? new Set() : drivers };
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

type Situation = {
  answered: Answered[];
  level: Level;
  region: Region;
  perspective: Perspective | undefined;
};

const reasonOf = (
  condition: Condition,
  { answered, level, region, perspective }: Situation,
): GuidanceReason | undefined => {
  switch (condition.type) {
    case 'always':
      return { type: 'always' };
    case 'level':
      return condition.levels.includes(level)
        ? { type: 'level', level }
        : undefined;
    case 'perspective':
      return perspective && condition.perspectives.includes(perspective)
        ? { type: 'perspective', perspective }
        : undefined;
    case 'region':
      return condition.regions.includes(region)
        ? { type: 'region', region }
        : undefined;
    case 'answers': {
      const questionIds = matching(condition, answered).map(
        ({ question }) => question.id,
      );
      return questionIds.length >= condition.min
        ? { type: 'answers', questionIds }
        : undefined;
    }
  }
};

type Shown = Pick<Guidance, 'unless' | 'perspectives' | 'regions'> & {
  when?: readonly Condition[];
};

/** Why an item shows in this situation, or undefined when it does not: the first condition of `when` that holds (none means always). */
const reasonFor = (
  item: Shown,
  situation: Situation,
): GuidanceReason | undefined => {
  const { perspective, region } = situation;
  if (
    item.perspectives &&
    !(perspective && item.perspectives.includes(perspective))
  ) {
    return undefined;
  }
  if (item.regions && !item.regions.includes(region)) return undefined;
  if (item.unless?.some((condition) => reasonOf(condition, situation))) {
    return undefined;
  }
  if (!item.when) return { type: 'always' };
  for (const condition of item.when) {
    const reason = reasonOf(condition, situation);
    if (reason) return reason;
  }
  return undefined;
};

const byPriority = <T extends { priority: number }>(a: T, b: T): number =>
  a.priority - b.priority;

const regionOf = (bank: Bank, region: Region): Region =>
  bank.regions.some(({ id }) => id === region) ? region : bank.defaultRegion;

const situationOf = (
  bank: Bank,
  answers: Answers,
  options: ScoreOptions,
): Situation & { rating: Rating } => {
  const answered = answeredQuestions(bank, answers);
  const rating = rate(bank, answered);
  return {
    answered,
    rating,
    level: rating.level,
    region: regionOf(bank, options.region),
    perspective: options.perspective,
  };
};

type ReferralPick = { referral: Referral; reason: GuidanceReason };

/** The region's referrals that show, emergency entries first at `urgent`, then by priority. */
const pickReferrals = (bank: Bank, situation: Situation): ReferralPick[] => {
  const emergencyFirst = situation.level === 'urgent';
  const rank = ({ referral }: ReferralPick) =>
    emergencyFirst && referral.kind === 'emergency' ? 0 : 1;
  return bank.referrals
    .flatMap((referral) => {
      if (referral.region !== situation.region) return [];
      const reason = reasonFor(referral, situation);
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
  const situation = situationOf(bank, answers, options);
  const { answered, rating, level, region } = situation;
  const guidance = [...bank.guidance].sort(byPriority).flatMap((item) => {
    const reason = reasonFor(item, situation);
    return reason ? [{ id: item.id, reason }] : [];
  });
  return {
    bankVersion: bank.version,
    region,
    level,
    drivers: driversByTopic(bank, answered, rating),
    guidance,
    education: bank.education
      .filter((item) => !item.regions || item.regions.includes(region))
      .map(({ id }) => id),
    referrals: pickReferrals(bank, situation).map(
      ({ referral }) => referral.id,
    ),
    unanswered: bank.questions.length - answered.length,
    unsure: answered.filter(({ answer }) => answer === 'unsure').length,
  };
};

type EmergencyReferrals = { emergency: string[]; more: string[] };

/** What the emergency panel lists: the emergency numbers, then the hotlines and the entries an answer called for (such as a missing-children line or Take It Down). */
export const emergencyReferrals = (
  bank: Bank,
  answers: Answers,
  options: ScoreOptions,
): EmergencyReferrals => {
  const picks = pickReferrals(bank, situationOf(bank, answers, options));
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

/** True when a referral takes messages that stay on the phone (text, WhatsApp or email), so the phone-safety reminder must cover it. */
export const leavesMessages = (referral: Referral): boolean =>
  Boolean(referral.sms || referral.whatsapp || referral.email);
