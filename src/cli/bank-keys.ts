import { levels, type Bank } from '../bank/schema.ts';

/** A key the bank needs in the `bank` namespace; `parent` says whether its `_parent` variant is required too. */
type BankKey = { key: string; parent: boolean };

/** Every string key the bank's content needs, built from its ids. */
export const bankKeys = (bank: Bank): BankKey[] => [
  ...bank.topics.flatMap(({ id }) =>
    ['title', 'intro'].map((field) => ({
      key: `topics.${id}.${field}`,
      parent: false,
    })),
  ),
  ...bank.questions.flatMap(({ id }) => [
    { key: `questions.${id}.text`, parent: true },
    { key: `questions.${id}.label`, parent: false },
    { key: `questions.${id}.error`, parent: true },
  ]),
  ...bank.guidance.flatMap(({ id }) =>
    ['title', 'body'].map((field) => ({
      key: `guidance.${id}.${field}`,
      parent: false,
    })),
  ),
  ...bank.education.flatMap(({ id }) =>
    ['title', 'body'].map((field) => ({
      key: `education.${id}.${field}`,
      parent: false,
    })),
  ),
  ...levels.flatMap((level) =>
    ['title', 'meaning'].map((field) => ({
      key: `levels.${level}.${field}`,
      parent: false,
    })),
  ),
  { key: 'caveat', parent: false },
  ...bank.referrals.flatMap(({ id, states = [] }) =>
    ['name', 'for', ...states].map((field) => ({
      key: `referrals.${id}.${field}`,
      parent: false,
    })),
  ),
  ...bank.regions.map(({ id }) => ({ key: `regions.${id}`, parent: false })),
];
