import { readFileSync } from 'node:fs';
import { BankError, loadBank } from '../bank/load-bank';
import type { Bank } from '../bank/schema';
import { checkBankStrings } from './check-bank-strings';

const readJson = (file: string): unknown => {
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
      file,
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
      file,
    );
  }
};

/** Reads, parses and validates a bank file; throws a BankError naming the file. */
export const readBankFile = (file: string): Bank =>
  loadBank(readJson(file), file);

/** Reads a locale's bank strings and checks them against a valid bank; throws a BankError naming the strings file. */
export const readBankStrings = (bank: Bank, file: string): unknown => {
  const strings = readJson(file);
  const issues = checkBankStrings(bank, strings);
  if (issues.length > 0) throw new BankError(issues, file);
  return strings;
};
