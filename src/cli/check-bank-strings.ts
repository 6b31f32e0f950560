import type { BankIssue } from '../bank/load-bank';
import type { Bank } from '../bank/schema';
import { bankKeys } from './bank-keys.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Looks up a dotted key such as `questions.gang.text` in a nested strings object. */
export const lookUp = (strings: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (isRecord(node) ? node[part] : undefined),
      strings,
    );

const describe = (value: unknown): string | undefined => {
  if (value === undefined) return 'is missing';
  if (typeof value !== 'string') return 'must be a string';
  if (value.trim() === '') return 'is empty';
  return undefined;
};

const describeItems = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    return 'must be a non-empty list of strings';
  }
  return value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? undefined
    : 'must hold only non-empty strings';
};

/** Checks that a locale's bank strings hold every key the bank needs, non-empty, with both variants where needed. */
export const checkBankStrings = (bank: Bank, strings: unknown): BankIssue[] => {
  const issues: BankIssue[] = [];
  const check = (key: string, problem: string | undefined) => {
    if (problem) issues.push({ path: key, message: problem });
  };
  for (const { key, parent } of bankKeys(bank)) {
    check(key, describe(lookUp(strings, key)));
    if (parent)
      check(`${key}_parent`, describe(lookUp(strings, `${key}_parent`)));
  }
  for (const { id } of bank.questions) {
    const hint = lookUp(strings, `questions.${id}.hint`);
    const hintParent = lookUp(strings, `questions.${id}.hint_parent`);
    if (hint !== undefined || hintParent !== undefined) {
      check(`questions.${id}.hint`, describe(hint));
      check(`questions.${id}.hint_parent`, describe(hintParent));
    }
  }
  for (const { id, states = [] } of bank.referrals) {
    for (const field of ['hours', 'languages'] as const) {
      const key = `referrals.${id}.${field}`;
      if (!states.includes(field) && lookUp(strings, key) !== undefined) {
        issues.push({
          path: key,
          message: `is not allowed: the referral does not state its ${field} (add "${field}" to its "states" only where a facts file gives them)`,
        });
      }
    }
  }
  for (const list of ['guidance', 'education'] as const) {
    for (const { id } of bank[list]) {
      for (const field of ['items', 'items_parent']) {
        const key = `${list}.${id}.${field}`;
        check(key, describeItems(lookUp(strings, key)));
      }
    }
  }
  return issues;
};
