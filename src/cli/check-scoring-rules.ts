import type { BankIssue } from '../bank/load-bank';
import {
  perspectives,
  type AnswerValue,
  type Bank,
  type Indicator,
  type Level,
  type Question,
  type Tier,
} from '../bank/schema.ts';
import { levelRank } from '../scoring/level-order.ts';
import { score, type Answers } from '../scoring/score.ts';

/** A rule of DESIGN.md 3 and 4 for what one answer does on its own. */
type AloneRule = {
  tier: Tier;
  indicators?: readonly Indicator[];
  answer: AnswerValue;
  atLeast?: Level;
  atMost?: Level;
};

const aloneRules: AloneRule[] = [
  { tier: 'urgent', answer: 'yes', atLeast: 'urgent' },
  { tier: 'urgent', answer: 'unsure', atLeast: 'high' },
  { tier: 'disclosure', answer: 'yes', atLeast: 'high' },
  { tier: 'disclosure', answer: 'unsure', atLeast: 'high' },
  {
    tier: 'sign',
    indicators: ['injuries', 'sti', 'adult-asked-images'],
    answer: 'yes',
    atLeast: 'high',
  },
  { tier: 'sign', answer: 'unsure', atLeast: 'some' },
  { tier: 'concern', answer: 'yes', atMost: 'some' },
];

const levelAlone = (bank: Bank, answers: Answers): Level =>
  score(bank, answers, { region: bank.defaultRegion }).level;

const breaks = (level: Level, { atLeast, atMost }: AloneRule) =>
  (atLeast !== undefined && levelRank(level) < levelRank(atLeast)) ||
  (atMost !== undefined && levelRank(level) > levelRank(atMost));

const ruleText = ({ tier, indicators, answer, atLeast, atMost }: AloneRule) =>
  `${indicators ? `an "${indicators.join('", "')}"` : `${tier === 'urgent' ? 'an' : 'a'} ${tier}`} question's "${answer}" must give ${atLeast ? `at least "${atLeast}"` : `at most "${atMost}"`} on its own`;

const ofTier = (bank: Bank, tier: Tier) =>
  bank.questions.flatMap((question, index) =>
    question.tier === tier ? [{ question, index }] : [],
  );

/** Each answer on its own, checked against the tier rules with the real scorer. */
const tierRules = (bank: Bank): BankIssue[] =>
  aloneRules.flatMap((rule) =>
    ofTier(bank, rule.tier).flatMap(({ question, index }) => {
      if (rule.indicators && !rule.indicators.includes(question.indicator)) {
        return [];
      }
      const level = levelAlone(bank, { [question.id]: rule.answer });
      return breaks(level, rule)
        ? [
            {
              path: `questions[${index}].options.${rule.answer}`,
              message: `${ruleText(rule)}, but score() gives "${level}"`,
            },
          ]
        : [];
    }),
  );

/** Any two sign "yes" answers reach high; concern answers alone, all "yes", stay at or below some. */
const combinedRules = (bank: Bank): BankIssue[] => {
  const signs = ofTier(bank, 'sign').map(({ question }) => question.id);
  const low = signs.flatMap((first, at) =>
    signs.slice(at + 1).flatMap((second) => {
      const level = levelAlone(bank, { [first]: 'yes', [second]: 'yes' });
      return levelRank(level) < levelRank('high')
        ? [`"${first}" and "${second}" give "${level}"`]
        : [];
    }),
  );
  const pairs =
    low.length > 0
      ? [
          {
            path: 'scoring',
            message: `any two sign "yes" answers must give at least "high", but ${low.length} pairs do not (first: ${low[0]})`,
          },
        ]
      : [];
  const concerns: Answers = Object.fromEntries(
    ofTier(bank, 'concern').map(({ question }) => [
      question.id,
      'yes' as const,
    ]),
  );
  const level = levelAlone(bank, concerns);
  const capped =
    levelRank(level) > levelRank('some')
      ? [
          {
            path: 'scoring.caps',
            message: `every concern answered "yes" and nothing else must give at most "some", but score() gives "${level}"`,
          },
        ]
      : [];
  return [...pairs, ...capped];
};

/** The floors of a question's options never fall from no to unsure to yes. */
const risingFloors = (bank: Bank): BankIssue[] =>
  bank.questions.flatMap(({ options }, index) =>
    (
      [
        ['no', 'unsure'],
        ['unsure', 'yes'],
      ] as const
    ).flatMap(([lower, upper]) =>
      levelRank(options[lower].atLeast) > levelRank(options[upper].atLeast)
        ? [
            {
              path: `questions[${index}].options.${upper}.atLeast`,
              message: `must be at least the atLeast of "${lower}" ("${options[lower].atLeast}") so that scoring is monotone`,
            },
          ]
        : [],
    ),
  );

const allAnswered = (bank: Bank, answer: AnswerValue): Answers =>
  Object.fromEntries(bank.questions.map(({ id }) => [id, answer]));

/** Answer sets that between them show what the bank can show: each answer alone, every question answered alike, and walks from all "no" to all "yes" in both orders. */
const candidateAnswers = (bank: Bank): Answers[] => {
  const singles = bank.questions.flatMap(({ id }) =>
    (['yes', 'no', 'unsure'] as const).map((answer) => ({ [id]: answer })),
  );
  const walk = (questions: readonly Question[]): Answers[] => {
    let answers: Answers = allAnswered(bank, 'no');
    return (['unsure', 'yes'] as const).flatMap((answer) =>
      questions.map(({ id }) => {
        answers = { ...answers, [id]: answer };
        return answers;
      }),
    );
  };
  return [
    {},
    ...(['no', 'unsure', 'yes'] as const).map((answer) =>
      allAnswered(bank, answer),
    ),
    ...singles,
    ...walk(bank.questions),
    ...walk([...bank.questions].reverse()),
  ];
};

type Shown = { levels: Set<Level>; ids: Set<string> };

/** What `score()` shows over the candidate answer sets, in every region and for every perspective. */
const shownByScore = (bank: Bank): Shown => {
  const shown: Shown = { levels: new Set(), ids: new Set() };
  for (const answers of candidateAnswers(bank)) {
    for (const { id: region } of bank.regions) {
      for (const perspective of perspectives) {
        const outcome = score(bank, answers, { region, perspective });
        shown.levels.add(outcome.level);
        for (const { id } of outcome.guidance) shown.ids.add(`guidance:${id}`);
        for (const id of outcome.education) shown.ids.add(`education:${id}`);
        for (const id of outcome.referrals) shown.ids.add(`referrals:${id}`);
      }
    }
  }
  return shown;
};

/** The levels the real scorer gives over a spread of answer sets. */
export const reachableLevels = (bank: Bank): Set<Level> =>
  shownByScore(bank).levels;

const reachability = (bank: Bank): BankIssue[] => {
  const { ids } = shownByScore(bank);
  return (['guidance', 'education', 'referrals'] as const).flatMap((list) =>
    bank[list].flatMap(({ id }, index) =>
      ids.has(`${list}:${id}`)
        ? []
        : [
            {
              path: `${list}[${index}]`,
              message: `"${id}" can never be shown: score() lists it for no answers, region or perspective`,
            },
          ],
    ),
  );
};

/** Checks that need the level order or the scorer: the tier rules, monotone floors, and content that no outcome shows. */
export const checkScoringRules = (bank: Bank): BankIssue[] => [
  ...tierRules(bank),
  ...combinedRules(bank),
  ...risingFloors(bank),
  ...reachability(bank),
];
