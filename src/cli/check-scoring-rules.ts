import type { BankIssue } from '../bank/load-bank';
import type { AnswerValue, Bank, Level, Question } from '../bank/schema';
import { levelRank } from '../scoring/level-order.ts';
import { score, type Answers } from '../scoring/score.ts';

type Floor = { tier: Question['tier']; answer: AnswerValue; atLeast: Level };

/** The level each tier's answer must reach on its own (DESIGN.md 3). */
const tierFloors: Floor[] = [
  { tier: 'urgent', answer: 'yes', atLeast: 'urgent' },
  { tier: 'disclosure', answer: 'yes', atLeast: 'high' },
];

const floorMessage = ({ tier, answer, atLeast }: Floor): string =>
  `${tier === 'urgent' ? 'an urgent' : `a ${tier}`} question's "${answer}" must have atLeast "${atLeast}"${atLeast === 'urgent' ? '' : ' or above'}`;

const optionRules = (bank: Bank): BankIssue[] =>
  bank.questions.flatMap((question, index) => {
    const at = `questions[${index}].options`;
    const { options } = question;
    const floors = tierFloors
      .filter(
        ({ tier, answer, atLeast }) =>
          tier === question.tier &&
          levelRank(options[answer].atLeast) < levelRank(atLeast),
      )
      .map((floor) => ({
        path: `${at}.${floor.answer}.atLeast`,
        message: floorMessage(floor),
      }));
    const monotone = (
      [
        ['no', 'unsure'],
        ['unsure', 'yes'],
      ] as const
    ).flatMap(([lower, upper]) =>
      levelRank(options[lower].atLeast) > levelRank(options[upper].atLeast)
        ? [
            {
              path: `${at}.${upper}.atLeast`,
              message: `must be at least the atLeast of "${lower}" ("${options[lower].atLeast}") so that scoring is monotone`,
            },
          ]
        : [],
    );
    return [...floors, ...monotone];
  });

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

/** What `score()` shows over the candidate answer sets in every region. */
const shownByScore = (bank: Bank): Shown => {
  const shown: Shown = { levels: new Set(), ids: new Set() };
  for (const answers of candidateAnswers(bank)) {
    for (const { id: region } of bank.regions) {
      const outcome = score(bank, answers, { region });
      shown.levels.add(outcome.level);
      for (const { id } of outcome.guidance) shown.ids.add(`guidance:${id}`);
      for (const id of outcome.referrals) shown.ids.add(`referrals:${id}`);
    }
  }
  return shown;
};

/** The levels the real scorer gives over a spread of answer sets. */
export const reachableLevels = (bank: Bank): Set<Level> =>
  shownByScore(bank).levels;

const reachability = (bank: Bank): BankIssue[] => {
  const { ids } = shownByScore(bank);
  return (['guidance', 'referrals'] as const).flatMap((list) =>
    bank[list].flatMap(({ id }, index) =>
      ids.has(`${list}:${id}`)
        ? []
        : [
            {
              path: `${list}[${index}].when`,
              message: `"${id}" can never be shown: score() lists it for no answers in any region`,
            },
          ],
    ),
  );
};

/** Checks that need the level order or the scorer: tier floors, monotone floors, and content that no outcome shows. */
export const checkScoringRules = (bank: Bank): BankIssue[] => [
  ...optionRules(bank),
  ...reachability(bank),
];
