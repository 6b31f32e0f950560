import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bank, Referral, Source } from '../bank/schema';

export type Problem = { file: string; path: string; message: string };

/** The text of a file bank:check needs, or a problem naming it. */
export const readNeeded = (file: string): string | Problem => {
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

type FactsFile = 'facts/referrals.md' | 'facts/safeguarding.md';

/** One row of a facts table: its cells (without the id and status), its status, and the heading it sits under. */
type FactRow = { cells: string[]; status: string; heading: string };

/** The rows of a facts file's tables, by id; the "Languages" table of safeguarding.md apart, since it reuses referral ids. */
const factRows = (markdown: string) => {
  const rows = new Map<string, FactRow>();
  const languages = new Map<string, FactRow>();
  let heading = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) heading = line.slice(3).trim();
    const cells = line.split('|').map((cell) => cell.trim());
    const id = cells[1] ?? '';
    if (cells.length < 5 || !/^[a-z0-9]+(-[a-z0-9]+)+$/.test(id)) continue;
    const row = {
      cells: cells.slice(2, -2),
      status: cells[cells.length - 2] ?? '',
      heading,
    };
    (heading.startsWith('Languages') ? languages : rows).set(id, row);
  }
  return { rows, languages };
};

/** referrals.md ships only C rows; safeguarding.md ships C and C2 rows (DESIGN.md 9, the file's own header). */
const ships = (file: FactsFile, status: string) =>
  file === 'facts/referrals.md' ? /^C\b/.test(status) : /^C2?\b/.test(status);

const digits = (text: string) => text.replace(/\D/g, '');

/** The numbers written in a text, as digit strings (spaces and hyphens inside a number are allowed). */
const numbersIn = (text: string): Set<string> =>
  new Set([...text.matchAll(/\d[\d -]*\d|\d/g)].map(([run]) => digits(run)));

const hoursPattern = /24\/7|24 hours|\d\s?(am|pm)\b/i;
const languagePattern =
  /English|Spanish|French|Welsh|languages|interpreter|AYUDA/i;

/** The contact text and the hours-and-languages text of a referral's facts row. */
const rowTexts = (file: FactsFile, { cells }: FactRow) =>
  file === 'facts/referrals.md'
    ? { contact: cells[1] ?? '', hours: cells[2] ?? '' }
    : { contact: cells.join(' '), hours: cells.join(' ') };

/** Each field a referral shows that its facts row does not support. */
const unsupported = (
  referral: Referral,
  file: FactsFile,
  row: FactRow,
  languagesRow: FactRow | undefined,
): [string, string][] => {
  const { contact, hours } = rowTexts(file, row);
  const numbers = numbersIn(contact);
  const found: [string, string][] = [];
  const phones = [
    ['phone', referral.phone],
    ['sms.number', referral.sms?.number],
  ] as const;
  for (const [field, phone] of phones) {
    if (phone && !numbers.has(digits(phone.display))) {
      found.push([
        `${field}.display`,
        `"${phone.display}" is not the number in its facts row`,
      ]);
    }
  }
  const web = referral.web?.replace(/^https:\/\//, '').toLowerCase();
  if (web && !contact.toLowerCase().includes(web)) {
    found.push(['web', `"${web}" is not the address in its facts row`]);
  }
  if (referral.email && !contact.includes(referral.email)) {
    found.push(['email', `"${referral.email}" is not in its facts row`]);
  }
  if (referral.whatsapp && !/WhatsApp/i.test(contact)) {
    found.push(['whatsapp', 'its facts row does not say it takes WhatsApp']);
  }
  const states = referral.states ?? [];
  if (states.includes('hours') && !hoursPattern.test(hours)) {
    found.push(['states', 'claims hours, but its facts row states none']);
  }
  const languagesStated =
    (languagesRow !== undefined &&
      ships('facts/safeguarding.md', languagesRow.status)) ||
    (file === 'facts/referrals.md' && languagePattern.test(hours));
  if (states.includes('languages') && !languagesStated) {
    found.push([
      'states',
      'claims languages, but no facts row states them (facts/referrals.md, or the "Languages" table of facts/safeguarding.md)',
    ]);
  }
  const languageText = `${hours} ${languagesRow?.cells.join(' ') ?? ''}`;
  for (const code of referral.speaks ?? []) {
    if (!namesOf(code).some((name) => languageText.includes(name))) {
      found.push([
        'speaks',
        `claims "${code}", but its facts rows do not name that language`,
      ]);
    }
  }
  const { interpreters } = referral;
  if (interpreters === 'many' && !manyLanguages.test(languageText)) {
    found.push([
      'interpreters',
      'claims many languages, but its facts rows give no count or interpreters',
    ]);
  }
  for (const code of Array.isArray(interpreters) ? interpreters : []) {
    if (!namesOf(code).some((name) => languageText.includes(name))) {
      found.push([
        'interpreters',
        `claims "${code}", but its facts rows do not name that language`,
      ]);
    }
  }
  if ((referral.speaks || interpreters) && !states.includes('languages')) {
    found.push(['states', 'names languages but does not state them']);
  }
  return found;
};

const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
// Facts rows name Chinese by its spoken form.
const otherNames: Record<string, string[]> = { zh: ['Mandarin'] };
const namesOf = (code: string): string[] => [
  englishNames.of(code) ?? code,
  ...(otherNames[code] ?? []),
];
const manyLanguages = /\d+\+ languages|interpret/i;

const lists = ['questions', 'guidance', 'education', 'referrals'] as const;

/** Every facts source the bank cites, with its path. */
const factSources = (bank: Bank): { path: string; source: Source }[] =>
  lists.flatMap((list) =>
    bank[list].flatMap((item, index) => {
      const at = `${list}[${index}]`;
      const extra =
        'itemSources' in item && item.itemSources ? item.itemSources : [];
      return [
        { path: `${at}.source`, source: item.source },
        ...extra.map((source, itemIndex) => ({
          path: `${at}.itemSources[${itemIndex}]`,
          source,
        })),
      ];
    }),
  );

/** Checks every facts source against ../shared/facts: the row exists and may ship, and each referral field it shows is in that row. */
export const checkFacts = (bank: Bank, sharedDir: string): Problem[] => {
  const files = new Map<FactsFile, ReturnType<typeof factRows>>();
  const problems: Problem[] = [];
  for (const file of ['facts/referrals.md', 'facts/safeguarding.md'] as const) {
    const text = readNeeded(join(sharedDir, file));
    if (typeof text === 'string') files.set(file, factRows(text));
    else problems.push(text);
  }
  if (problems.length > 0) return problems;
  const languages = files.get('facts/safeguarding.md')?.languages;
  for (const { path, source } of factSources(bank)) {
    const { document, section } = source;
    if (
      document !== 'facts/referrals.md' &&
      document !== 'facts/safeguarding.md'
    ) {
      continue;
    }
    const file = join(sharedDir, document);
    const row = files.get(document)?.rows.get(section);
    if (!row) {
      problems.push({
        file,
        path: `${path}.section`,
        message: `"${section}" is not an entry id in this file`,
      });
      continue;
    }
    if (!ships(document, row.status)) {
      problems.push({
        file,
        path: `${path}.section`,
        message: `"${section}" is not marked ${document === 'facts/referrals.md' ? 'C (confirmed)' : 'C or C2'}, so it must not ship`,
      });
      continue;
    }
    const index = bank.referrals.findIndex(
      (referral) => referral.source === source,
    );
    const referral = bank.referrals[index];
    if (!referral) continue;
    for (const [field, message] of unsupported(
      referral,
      document,
      row,
      languages?.get(referral.id),
    )) {
      problems.push({ file, path: `referrals[${index}].${field}`, message });
    }
  }
  return problems;
};
