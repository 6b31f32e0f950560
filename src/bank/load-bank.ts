import type { z } from 'zod';
import {
  answerValues,
  bankSchema,
  educationSchema,
  guidanceSchema,
  indicatorsByTier,
  type AnswerValue,
  questionSchema,
  referralSchema,
  regionEntrySchema,
  topicSchema,
  type Bank,
  type OptionEffect,
  type Phone,
  type Tier,
} from './schema.ts';

export type BankIssue = { path: string; message: string };

/** The one error a bad bank raises: every issue with its JSON path, and the file it came from. */
export class BankError extends Error {
  readonly issues: BankIssue[];
  readonly file: string | undefined;

  constructor(issues: BankIssue[], file?: string) {
    const where = file ?? 'the question bank';
    const lines = issues.map(({ path, message }) => `  - ${path}: ${message}`);
    super(
      `${where} is invalid (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`,
    );
    this.name = 'BankError';
    this.issues = issues;
    this.file = file;
  }
}

/** Formats a zod or JSON path as `questions[3].options.yes.weight`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '') || '(root)';

const zodIssues = (error: z.ZodError): BankIssue[] =>
  error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message:
      issue.code === 'invalid_type' &&
      / received undefined$/.test(issue.message)
        ? `is missing (expected ${issue.expected})`
        : issue.message,
  }));

/** Answers from least to most concern, for the monotonicity rules. */
const ordered = ['no', 'unsure', 'yes'] as const;

const lists = [
  'topics',
  'questions',
  'guidance',
  'education',
  'regions',
  'referrals',
] as const;

type BankItems = Pick<Bank, (typeof lists)[number]>;

type Check<B = Bank> = (
  bank: B,
  issue: (path: string, message: string) => void,
) => void;

const uniqueIds: Check<BankItems> = (bank, issue) => {
  for (const list of lists) {
    const seen = new Map<string, number>();
    bank[list].forEach(({ id }, index) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else {
        issue(
          `${list}[${index}].id`,
          `duplicate id "${id}" (first used at ${list}[${first}])`,
        );
      }
    });
  }
};

const references: Check<BankItems> = (bank, issue) => {
  const topicIds = new Set(bank.topics.map(({ id }) => id));
  const regionIds = new Set(bank.regions.map(({ id }) => id));
  bank.questions.forEach((question, index) => {
    if (!topicIds.has(question.topic)) {
      issue(
        `questions[${index}].topic`,
        `topic "${question.topic}" is not in topics`,
      );
    }
  });
  bank.referrals.forEach((referral, index) => {
    if (!regionIds.has(referral.region)) {
      issue(
        `referrals[${index}].region`,
        `region "${referral.region}" is not in regions`,
      );
    }
  });
};

const defaultRegionListed: Check = (bank, issue) => {
  const regionIds = new Set(bank.regions.map(({ id }) => id));
  if (!regionIds.has(bank.defaultRegion)) {
    issue('defaultRegion', `region "${bank.defaultRegion}" is not in regions`);
  }
};

const topicSizes: Check = (bank, issue) => {
  bank.topics.forEach(({ id }, index) => {
    const count = bank.questions.filter(({ topic }) => topic === id).length;
    if (count > 5) {
      issue(
        `topics[${index}]`,
        `topic "${id}" has ${count} questions; at most 5 fit on one step`,
      );
    }
    if (count === 0) {
      issue(`topics[${index}]`, `topic "${id}" has no questions`);
    }
  });
};

const coverage: Check = (bank, issue) => {
  for (const [tier, indicators] of Object.entries(indicatorsByTier)) {
    for (const indicator of indicators) {
      if (
        !bank.questions.some((question) => question.indicator === indicator)
      ) {
        issue(
          'questions',
          `no question asks about the ${tier} indicator "${indicator}"`,
        );
      }
    }
  }
  bank.questions.forEach((question, index) => {
    const expected = (
      Object.entries(indicatorsByTier) as [Tier, readonly string[]][]
    ).find(([, list]) => list.includes(question.indicator))?.[0];
    if (expected !== undefined && expected !== question.tier) {
      issue(
        `questions[${index}].tier`,
        `indicator "${question.indicator}" belongs to tier "${expected}", not "${question.tier}"`,
      );
    }
  });
};

const tierRules: Check<BankItems> = (bank, issue) => {
  bank.questions.forEach((question, index) => {
    const at = `questions[${index}].options`;
    if (question.tier === 'context' || question.tier === 'strength') {
      for (const answer of answerValues) {
        const effect: OptionEffect = question.options[answer];
        if (effect.weight !== 0) {
          issue(
            `${at}.${answer}.weight`,
            `a ${question.tier} question never changes the level: weight must be 0`,
          );
        }
        if (effect.atLeast !== undefined) {
          issue(
            `${at}.${answer}.atLeast`,
            `a ${question.tier} question never changes the level: remove atLeast`,
          );
        }
      }
    }
    for (const [lower, upper] of [
      [ordered[0], ordered[1]],
      [ordered[1], ordered[2]],
    ] as const) {
      const low = question.options[lower];
      const high = question.options[upper];
      if (low.weight > high.weight) {
        issue(
          `${at}.${upper}.weight`,
          `must be at least the weight of "${lower}" (${low.weight}) so that scoring is monotone`,
        );
      }
    }
  });
};

const scoringRules: Check = (bank, issue) => {
  const { thresholds, countFloors } = bank.scoring;
  if (thresholds.some >= thresholds.high) {
    issue(
      'scoring.thresholds',
      `some (${thresholds.some}) must be below high (${thresholds.high})`,
    );
  }
  const risingAnswers = (at: string, answers: readonly AnswerValue[]) => {
    if (answers.includes('unsure') && !answers.includes('yes')) {
      issue(
        at,
        'must include "yes" when it includes "unsure" (a firmer answer never counts less)',
      );
    }
    if (answers.includes('no')) {
      issue(at, 'must not include "no" (a "no" is never a sign)');
    }
  };
  bank.scoring.caps.forEach((cap, index) => {
    risingAnswers(
      `scoring.caps[${index}].liftedBy.answers`,
      cap.liftedBy.answers,
    );
  });
  countFloors.forEach((floor, index) => {
    const at = `scoring.countFloors[${index}]`;
    risingAnswers(`${at}.answers`, floor.answers);
    floor.tiers.forEach((tier, tierIndex) => {
      if (tier === 'context' || tier === 'strength') {
        issue(
          `${at}.tiers[${tierIndex}]`,
          `${tier} answers never change the level`,
        );
      }
    });
    const matching = bank.questions.filter(({ tier }) =>
      floor.tiers.includes(tier),
    ).length;
    if (matching < floor.min) {
      issue(
        `${at}.min`,
        `needs ${floor.min} answers but only ${matching} questions have these tiers`,
      );
    }
  });
};

const emergencies: Check = (bank, issue) => {
  bank.regions.forEach(({ id }, index) => {
    const always = bank.referrals.some(
      (referral) =>
        referral.region === id &&
        referral.kind === 'emergency' &&
        referral.when === undefined,
    );
    if (!always) {
      issue(
        `regions[${index}]`,
        `region "${id}" needs an emergency referral with no "when", so every outcome has one`,
      );
    }
  });
};

const digits = (text: string): string => text.replace(/\D/g, '');

/** True when `display` dials the same number as `tel`: a country code may lead `tel`, a trunk 0 may lead `display`. */
export const sameNumber = ({ tel, display }: Phone): boolean => {
  const telDigits = digits(tel);
  const shown = digits(display);
  if (shown === telDigits) return true;
  if (!tel.startsWith('+')) return false;
  return [1, 2, 3].some((length) => {
    const national = telDigits.slice(length);
    return (
      shown === national ||
      (shown.startsWith('0') && shown.slice(1) === national)
    );
  });
};

const phones: Check<BankItems> = (bank, issue) => {
  bank.referrals.forEach((referral, index) => {
    const numbers: [string, Phone | undefined][] = [
      ['phone', referral.phone],
      ['sms.number', referral.sms?.number],
    ];
    for (const [key, phone] of numbers) {
      if (phone && !sameNumber(phone)) {
        issue(
          `referrals[${index}].${key}.display`,
          `"${phone.display}" does not match tel "${phone.tel}"`,
        );
      }
    }
    if (!referral.phone && !referral.sms && !referral.web && !referral.email) {
      issue(`referrals[${index}]`, 'needs a phone, sms, web or email contact');
    }
  });
};

const sources: Check<BankItems> = (bank, issue) => {
  const referralIds = new Set(bank.referrals.map(({ id }) => id));
  const lists = ['questions', 'guidance', 'education', 'referrals'] as const;
  for (const list of lists) {
    bank[list].forEach((item, index) => {
      const { document, section } = item.source;
      if (list === 'referrals' && document.startsWith('facts/')) {
        if (section !== item.id) {
          issue(
            `${list}[${index}].source.section`,
            `a ${document} source must name the entry's own id ("${item.id}"), not "${section}"`,
          );
        }
        return;
      }
      if (document === 'facts/referrals.md' && !referralIds.has(section)) {
        issue(
          `${list}[${index}].source.section`,
          `a facts/referrals.md source must name a referral id, not "${section}"`,
        );
      }
    });
  }
};

/** Checks that compare only the items present, so they also run on the valid items of a bank that failed the schema. */
const itemChecks: Check<BankItems>[] = [
  uniqueIds,
  references,
  tierRules,
  phones,
  sources,
];

/** Checks that need the whole bank: what is absent, and what scoring can reach. */
const wholeChecks: Check[] = [
  defaultRegionListed,
  topicSizes,
  coverage,
  scoringRules,
  emergencies,
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each list's items that pass the schema, at their own indices; the others are holes, which array methods skip. */
const validItems = (input: unknown): BankItems => {
  const record = isRecord(input) ? input : {};
  const valid = <T>(list: (typeof lists)[number], schema: z.ZodType<T>) => {
    const items: T[] = [];
    const raw = record[list];
    if (!Array.isArray(raw)) return items;
    raw.forEach((item: unknown, index) => {
      const result = schema.safeParse(item);
      if (result.success) items[index] = result.data;
    });
    return items;
  };
  return {
    topics: valid('topics', topicSchema),
    questions: valid('questions', questionSchema),
    guidance: valid('guidance', guidanceSchema),
    education: valid('education', educationSchema),
    regions: valid('regions', regionEntrySchema),
    referrals: valid('referrals', referralSchema),
  };
};

/** A check that needs more than the bank may import (such as the scorer), run by `loadBank` on a bank that passed its own checks. */
export type BankCheck = (bank: Bank) => BankIssue[];

/** Parses and cross-checks a bank, then runs `extraChecks`; throws one BankError listing every issue. */
export const loadBank = (
  input: unknown,
  file?: string,
  extraChecks: readonly BankCheck[] = [],
): Bank => {
  const issues: BankIssue[] = [];
  const issue = (path: string, message: string) =>
    issues.push({ path, message });
  const parsed = bankSchema.safeParse(input);
  if (!parsed.success) {
    issues.push(...zodIssues(parsed.error));
    const items = validItems(input);
    for (const check of itemChecks) check(items, issue);
    throw new BankError(issues, file);
  }
  for (const check of itemChecks) check(parsed.data, issue);
  for (const check of wholeChecks) check(parsed.data, issue);
  for (const check of extraChecks) issues.push(...check(parsed.data));
  if (issues.length > 0) throw new BankError(issues, file);
  return parsed.data;
};
