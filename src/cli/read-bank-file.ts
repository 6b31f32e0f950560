import { readFileSync } from 'node:fs';
import { BankError, loadBank } from '../bank/load-bank.ts';
import type { Bank } from '../bank/schema';
import { checkBankStrings } from './check-bank-strings.ts';
import { checkScoringRules } from './check-scoring-rules.ts';

const readJson = (file: string, name: string): unknown => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new BankError(
      [
        {
          path: '(file)',
          message: `cannot be read: ${(error as Error).message}`,
        },
      ],
      name,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BankError(
      [
        {
          path: '(root)',
          message: `is not valid JSON: ${(error as Error).message}`,
        },
      ],
      name,
    );
  }
};

/** Reads, parses and validates a bank file, scoring rules included; throws a BankError naming it as `name`. */
export const readBankFile = (file: string, name = file): Bank =>
  loadBank(readJson(file, name), name, [checkScoringRules]);

/** Reads a locale's bank strings and checks them against a valid bank; throws a BankError naming the strings file. */
export const readBankStrings = (
  bank: Bank,
  file: string,
  name = file,
): unknown => {
  const strings = readJson(file, name);
  const issues = checkBankStrings(bank, strings);
  if (issues.length > 0) throw new BankError(issues, name);
  return strings;
};
