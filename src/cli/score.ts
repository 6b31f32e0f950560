import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BankError, loadBank } from '../bank/load-bank';
import { answerValues, perspectives } from '../bank/schema';
import type { AnswerValue, Bank, Perspective, Region } from '../bank/schema';
import { score } from '../scoring/score';
import type { Answers } from '../scoring/score';

const usage =
  'usage: npm run score -- answers.json [--region us] [--perspective parent]';
const bankFile = fileURLToPath(
  new URL('../../questions/bank.json', import.meta.url),
);

type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const fail = <T>(...problems: string[]): Parsed<T> => ({ ok: false, problems });

const readArgs = (
  args: string[],
): Parsed<{
  file: string;
  region: string | undefined;
  perspective: string | undefined;
}> => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        region: { type: 'string' },
        perspective: { type: 'string' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) return fail('no answers file given');
  if (extra.length > 0) {
    return fail(`one answers file only, got also ${extra.join(', ')}`);
  }
  const { region, perspective } = parsed.values;
  return { ok: true, value: { file, region, perspective } };
};

const readJson = (file: string): Parsed<unknown> => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot be read (${code ?? String(error)})`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(`${file}: not valid JSON: ${(error as Error).message}`);
  }
};

const isAnswerValue = (value: unknown): value is AnswerValue =>
  answerValues.some((answer) => answer === value);

const listed = (values: readonly string[]) => values.join(', ');

/** Checks an answers file: an object from question ids of this bank to yes, no or unsure. */
const parseAnswers = (
  bank: Bank,
  file: string,
  input: unknown,
): Parsed<Answers> => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(
      `${file}: must be a JSON object mapping question ids to ${listed(answerValues)}`,
    );
  }
  const ids = bank.questions.map(({ id }) => id);
  const problems: string[] = [];
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(input)) {
    if (!ids.includes(id)) {
      problems.push(`${file}: unknown question id "${id}"`);
    } else if (!isAnswerValue(value)) {
      problems.push(
        `${file}: "${id}" has the invalid answer ${JSON.stringify(value)}; valid answers: ${listed(answerValues)}`,
      );
    } else {
      answers[id] = value;
    }
  }
  if (problems.some((problem) => problem.includes('unknown question id'))) {
    problems.push(`valid question ids: ${listed(ids)}`);
  }
  return problems.length > 0 ? fail(...problems) : { ok: true, value: answers };
};

const parseRegion = (
  bank: Bank,
  region: string | undefined,
): Parsed<Region> => {
  const shipped = bank.regions.map(({ id }) => id);
  if (region === undefined) return { ok: true, value: bank.defaultRegion };
  const found = shipped.find((id) => id === region);
  return found
    ? { ok: true, value: found }
    : fail(`unknown region "${region}"; regions: ${listed(shipped)}`);
};

const parsePerspective = (
  perspective: string | undefined,
): Parsed<Perspective | undefined> => {
  if (perspective === undefined) return { ok: true, value: undefined };
  const found = perspectives.find((id) => id === perspective);
  return found
    ? { ok: true, value: found }
    : fail(
        `unknown perspective "${perspective}"; perspectives: ${listed(perspectives)}`,
      );
};

function exitWith(code: number, problems: readonly string[]): never {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(code);
}

const readBank = (): Bank => {
  const json = readJson(bankFile);
  if (!json.ok) exitWith(1, json.problems);
  try {
    return loadBank(json.value, bankFile);
  } catch (error) {
    if (error instanceof BankError) exitWith(1, [error.message]);
    throw error;
  }
};

const main = () => {
  const args = readArgs(process.argv.slice(2));
  if (!args.ok) exitWith(2, [...args.problems, usage]);
  const bank = readBank();
  const input = readJson(args.value.file);
  const answers = input.ok
    ? parseAnswers(bank, args.value.file, input.value)
    : input;
  const region = parseRegion(bank, args.value.region);
  const perspective = parsePerspective(args.value.perspective);
  if (!answers.ok || !region.ok || !perspective.ok) {
    exitWith(2, [
      ...(answers.ok ? [] : answers.problems),
      ...(region.ok ? [] : region.problems),
      ...(perspective.ok ? [] : perspective.problems),
    ]);
  }
  const outcome = score(bank, answers.value, {
    region: region.value,
    perspective: perspective.value,
  });
  process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
};

main();
