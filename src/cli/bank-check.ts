import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BankError, type BankIssue } from '../bank/load-bank';
import { indicators, levels, tiers, type Bank } from '../bank/schema';
import { lookUp } from './check-bank-strings';
import { checkFacts, type Problem } from './check-facts';
import { readingGrade } from './reading-grade';
import { readBankFile, readBankStrings } from './read-bank-file';

const usage =
  'Usage: npm run bank:check -- [path/to/bank.json] [--strings path/to/strings.json]\n';

/** The text of a file the check needs, or a problem naming it. */
const readNeeded = (file: string): string | Problem => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return {
      file,
      path: '(file)',
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); bank:check needs it`,
    };
  }
};

const normalise = (text: string): string => text.replace(/\s+/g, ' ');

/** A document source must name a heading or list title that occurs in the document; a trailing "(...)" is a note. */
const checkDocuments = (
  bank: Bank,
  bankFile: string,
  sourcesDir: string,
): Problem[] => {
  const lists = ['questions', 'guidance', 'education'] as const;
  return lists.flatMap((list) =>
    bank[list].flatMap((item, index) => {
      const { document, section } = item.source;
      if (document.startsWith('facts/')) return [];
      const text = readNeeded(join(sourcesDir, document));
      if (typeof text !== 'string') return [text];
      const title = normalise(section.replace(/\s*\([^)]*\)$/, ''));
      return normalise(text).includes(title)
        ? []
        : [
            {
              file: bankFile,
              path: `${list}[${index}].source.section`,
              message: `"${title}" does not occur in ${document}`,
            },
          ];
    }),
  );
};

const count = <T>(items: readonly T[], keyOf: (item: T) => string): string => {
  const counts = new Map<string, number>();
  for (const item of items)
    counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].map(([key, n]) => `${key} ${n}`).join(', ');
};

const texts = (strings: unknown, keys: string[]): string[] =>
  keys.flatMap((key) => {
    const value = lookUp(strings, key);
    if (typeof value === 'string') return [value];
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];
  });

/** DESIGN.md 8: English question and guidance text at about grade 6. */
const gradeAim = 6;

const gradeLine = (label: string, list: string[]): string => {
  const { grade, words, sentences } = readingGrade(list);
  return `  ${label}: grade ${grade.toFixed(1)} (${words} words, ${sentences} sentences)`;
};

const report = (
  bank: Bank,
  bankFile: string,
  stringsFile: string,
  strings: unknown,
  factsNote: string,
): string => {
  const questionKeys = (variant: string) =>
    bank.questions.flatMap(({ id }) => [
      `questions.${id}.text${variant}`,
      `questions.${id}.hint${variant}`,
    ]);
  const guidanceKeys = (variant: string) =>
    bank.guidance.flatMap(({ id }) =>
      ['title', 'body', 'items'].map((field) => {
        const key = `guidance.${id}.${field}`;
        return variant && lookUp(strings, `${key}${variant}`) !== undefined
          ? `${key}${variant}`
          : key;
      }),
    );
  const questionGrade = ({ id }: Bank['questions'][number]) =>
    readingGrade(texts(strings, [`questions.${id}.text`])).grade;
  const hardest = bank.questions
    .map((question) => ({ id: question.id, grade: questionGrade(question) }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 3)
    .map(({ id, grade }) => `${id} ${grade.toFixed(1)}`)
    .join(', ');
  const aboveAim = (
    items: readonly { id: string }[],
    keysOf: (id: string) => string[],
  ) =>
    items
      .map(({ id }) => ({
        id,
        grade: readingGrade(texts(strings, keysOf(id))).grade,
      }))
      .filter(({ grade }) => grade > gradeAim)
      .map(({ id, grade }) => `${id} ${grade.toFixed(1)}`)
      .join(', ') || 'none';
  const byTier = tiers.map((tier) => {
    const ids = bank.questions
      .filter((q) => q.tier === tier)
      .map(({ id }) => id);
    return gradeLine(
      `questions, ${tier}`,
      texts(
        strings,
        ids.flatMap((id) => [`questions.${id}.text`, `questions.${id}.hint`]),
      ),
    );
  });
  const byRegion = bank.regions.map(({ id: region }) => {
    const shown = bank.guidance.filter(
      ({ regions }) => !regions || regions.includes(region),
    );
    return gradeLine(
      `guidance, ${region}`,
      texts(
        strings,
        shown.flatMap(({ id }) =>
          ['title', 'body', 'items'].map((field) => `guidance.${id}.${field}`),
        ),
      ),
    );
  });
  const asked = new Set(bank.questions.map(({ indicator }) => indicator));
  return [
    `Bank ${bankFile}: version ${bank.version}, valid.`,
    `Strings ${stringsFile}: every key present.`,
    `Questions: ${bank.questions.length} (${tiers.map((tier) => `${tier} ${bank.questions.filter((q) => q.tier === tier).length}`).join(', ')})`,
    `Questions per topic: ${count(bank.questions, ({ topic }) => topic)}`,
    `Indicators covered: ${indicators.filter((indicator) => asked.has(indicator)).length} of ${indicators.length}`,
    `Guidance items: ${bank.guidance.length}; education items: ${bank.education.length}`,
    `Referrals per region: ${count(bank.referrals, ({ region }) => region)}`,
    `Sources: ${factsNote}`,
    'Reading grade (Flesch-Kincaid grade level = 0.39 x words/sentence + 11.8 x syllables/word - 15.59):',
    gradeLine('questions and hints, neutral', texts(strings, questionKeys(''))),
    gradeLine(
      'questions and hints, parent',
      texts(strings, questionKeys('_parent')),
    ),
    gradeLine('guidance, neutral', texts(strings, guidanceKeys(''))),
    gradeLine('guidance, parent', texts(strings, guidanceKeys('_parent'))),
    gradeLine(
      'education',
      texts(
        strings,
        bank.education.flatMap(({ id }) =>
          ['title', 'body', 'items'].map((field) => `education.${id}.${field}`),
        ),
      ),
    ),
    gradeLine(
      'levels and caveat',
      texts(strings, [
        ...levels.flatMap((level) => [
          `levels.${level}.title`,
          `levels.${level}.meaning`,
        ]),
        'caveat',
      ]),
    ),
    ...byTier,
    ...byRegion,
    `  hardest questions: ${hardest}`,
    `  questions above grade ${gradeAim}: ${aboveAim(bank.questions, (id) => [`questions.${id}.text`])}`,
    `  guidance above grade ${gradeAim}: ${aboveAim(bank.guidance, (id) => ['title', 'body', 'items'].map((field) => `guidance.${id}.${field}`))}`,
    '',
  ].join('\n');
};

const problemsOf = (error: unknown, file: string): Problem[] => {
  if (error instanceof BankError) {
    return error.issues.map(({ path, message }: BankIssue) => ({
      file: error.file ?? file,
      path,
      message,
    }));
  }
  throw error;
};

/** Runs the check; returns the exit code after writing the report or the problems. */
const bankCheck = (args: readonly string[], cwd = process.cwd()): number => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { strings: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const positional = parsed.positionals;
  const stringsArg = parsed.values.strings;
  if (positional.length > 1) {
    process.stderr.write(usage);
    return 2;
  }
  const bankFile =
    relative(cwd, resolve(cwd, positional[0] ?? 'questions/bank.json')) || '.';
  const stringsFile = relative(
    cwd,
    resolve(cwd, stringsArg ?? 'locales/en/bank.json'),
  );
  const shared = resolve(
    cwd,
    process.env.SAFE_SIGNS_SHARED ?? join('..', 'shared'),
  );
  const factsFile = join(shared, 'facts', 'referrals.md');

  let bank: Bank;
  try {
    bank = readBankFile(resolve(cwd, bankFile), bankFile);
  } catch (error) {
    return fail(problemsOf(error, bankFile), cwd);
  }
  const problems: Problem[] = [];
  let strings: unknown;
  try {
    strings = readBankStrings(bank, resolve(cwd, stringsFile), stringsFile);
  } catch (error) {
    problems.push(...problemsOf(error, stringsFile));
  }
  if (!existsSync(shared)) {
    return fail(
      [
        {
          file: shared,
          path: '(folder)',
          message:
            'not found: bank:check needs the shared facts and sources (../shared next to the project, or set SAFE_SIGNS_SHARED)',
        },
      ],
      cwd,
    );
  }
  problems.push(...checkFacts(bank, shared));
  problems.push(...checkDocuments(bank, bankFile, join(shared, 'sources')));
  if (problems.length > 0) return fail(problems, cwd);
  const factsNote = `every entry is marked C in ${relative(cwd, factsFile)}; document sections found in ${relative(cwd, join(shared, 'sources'))}`;
  process.stdout.write(report(bank, bankFile, stringsFile, strings, factsNote));
  return 0;
};

const fail = (problems: Problem[], cwd: string): number => {
  const lines = problems.map(
    ({ file, path, message }) =>
      `  - ${relative(cwd, file) || file}: ${path}: ${message}`,
  );
  process.stderr.write(
    `bank:check found ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n${lines.join('\n')}\n`,
  );
  return 1;
};

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href
) {
  process.exitCode = bankCheck(process.argv.slice(2));
}
