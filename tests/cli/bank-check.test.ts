import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { mutated, referral } from '../fixtures/banks/bank-inputs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The shared facts and sources next to the project; a test that needs them fails without them. */
const sharedDir = () => {
  const dir = join(root, '..', 'shared');
  if (!existsSync(dir)) {
    throw new Error(
      `${dir} is missing: these tests need the shared facts and sources next to the project.`,
    );
  }
  return dir;
};

const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bank-check.ts', ...args],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

// Each test spawns the command, which type-strips and loads the bank: slow on a busy machine.
describe('bank:check', { timeout: 30_000 }, () => {
  test('passes on the shipped bank and prints the report', () => {
    const { code, stdout, stderr } = run([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Bank questions/bank.json: version 2.1.0, valid.');
    expect(stdout).toContain('Indicators covered: 33 of 33');
    expect(stdout).toContain(
      'Questions: 33 (urgent 3, disclosure 2, sign 12, concern 8, context 4, strength 4)',
    );
    expect(stdout).toContain(
      'Referrals per region: us 8, ca 5, gb 7, au 5, ie 6, nz 5, mx 2',
    );
    expect(stdout).toMatch(/Flesch-Kincaid grade level/);
    expect(stdout).toMatch(/questions and hints, neutral: grade \d+\.\d/);
    expect(stdout).toMatch(/questions, concern: grade \d+\.\d/);
    expect(stdout).toMatch(/guidance, ie: grade \d+\.\d/);
  });

  test.each([
    [
      'bad-json',
      '  - tests/fixtures/banks/bad-json.json: (root): is not valid JSON:',
    ],
    [
      'missing-field',
      '  - tests/fixtures/banks/missing-field.json: questions[3].source: is missing (expected object)',
    ],
    [
      'duplicate-id',
      '  - tests/fixtures/banks/duplicate-id.json: questions[21].id: duplicate id "school-absences" (first used at questions[20])',
    ],
    [
      'dangling-reference',
      '  - tests/fixtures/banks/dangling-reference.json: questions[22].topic: topic "school" is not in topics',
    ],
    [
      'invalid-phone',
      '  - tests/fixtures/banks/invalid-phone.json: referrals[1].phone.tel: must be E.164 (+ then 7 to 15 digits) or 3 to 15 digits as dialled in the region',
    ],
    [
      'mismatched-phone',
      '  - tests/fixtures/banks/mismatched-phone.json: referrals[2].phone.display: "1-888-373-7880" does not match tel "+18883737888"',
    ],
    [
      'unsafe-scoring',
      '  - tests/fixtures/banks/unsafe-scoring.json: scoring.thresholds: some (6) must be below high (6)',
    ],
    [
      'unknown-section',
      '  - tests/fixtures/banks/unknown-section.json: questions[0].source.section: "What to do when a child goes missing" does not occur in 003_90f4dd43d73495d4.txt',
    ],
    [
      'unreachable-content',
      '  - tests/fixtures/banks/unreachable-content.json: regions[5]: region "nz" needs an emergency referral with no "when", so every outcome has one',
    ],
  ])('fails on the %s fixture, naming file, path and problem', (name, line) => {
    const { code, stdout, stderr } = run([`tests/fixtures/banks/${name}.json`]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bank:check found \d+ problems?:\n/);
    expect(stderr).toContain(line);
  });

  test('fails on a missing English string, naming the strings file and every key', () => {
    const { code, stderr } = run([
      '--strings',
      'tests/fixtures/banks/missing-string.en.json',
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      "bank:check found 4 problems:
        - tests/fixtures/banks/missing-string.en.json: questions.gang.text_parent: is missing
        - tests/fixtures/banks/missing-string.en.json: guidance.find-out-more.title: is empty
        - tests/fixtures/banks/missing-string.en.json: referrals.mx-trata.hours: is missing
        - tests/fixtures/banks/missing-string.en.json: questions.sti.hint_parent: is missing
      "
    `);
  });

  test('fails when a referral is not confirmed in the facts file', () => {
    const copy = mkdtempSync(join(tmpdir(), 'safe-signs-shared-'));
    cpSync(sharedDir(), copy, { recursive: true });
    const facts = join(copy, 'facts', 'referrals.md');
    const unconfirmed = readFileSync(facts, 'utf8')
      .replace(/^(\| us-trevor \|.*\| )C( \(phone\).*)$/m, '$1U$2')
      .replace(/^\| nz-youthline \|.*\n/m, '');
    writeFileSync(facts, unconfirmed);
    const { code, stderr } = run([], { SAFE_SIGNS_SHARED: copy });
    rmSync(copy, { recursive: true });
    expect(code).toBe(1);
    expect(stderr.replaceAll(relative(root, copy), '<shared>'))
      .toMatchInlineSnapshot(`
        "bank:check found 2 problems:
          - <shared>/facts/referrals.md: referrals[7].source.section: "us-trevor" is not marked C (confirmed), so it must not ship
          - <shared>/facts/referrals.md: referrals[35].source.section: "nz-youthline" is not an entry id in this file
        "
      `);
  });

  test('fails on a referral field that no facts row supports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safe-signs-bank-'));
    const bank = mutated((draft) => {
      referral(draft, 'us-ncmec').states = ['hours', 'languages'];
      referral(draft, 'gb-missing-people').states = ['hours'];
      referral(draft, 'nz-ot').phone = {
        tel: '0508326458',
        display: '0508 326 458',
      };
      referral(draft, 'ie-hotline').web = 'https://hotline.ie/other';
      referral(draft, 'gb-nspcc').whatsapp = true;
      referral(draft, 'us-988').speaks = ['es', 'fr'];
      referral(draft, 'ca-chth').interpreters = ['ko'];
      referral(draft, 'au-khl').interpreters = 'many';
    });
    const strings = JSON.parse(
      readFileSync(join(root, 'locales/en/bank.json'), 'utf8'),
    ) as { referrals: Record<string, Record<string, string>> };
    Object.assign(strings.referrals['us-ncmec'] ?? {}, {
      languages: 'English',
    });
    Object.assign(strings.referrals['gb-missing-people'] ?? {}, {
      hours: 'Open 24 hours, every day.',
    });
    writeFileSync(join(dir, 'bank.json'), JSON.stringify(bank));
    writeFileSync(join(dir, 'strings.json'), JSON.stringify(strings));
    const { code, stderr } = run([
      join(dir, 'bank.json'),
      '--strings',
      join(dir, 'strings.json'),
    ]);
    rmSync(dir, { recursive: true });
    expect(code).toBe(1);
    expect(stderr.replaceAll(relative(root, dir), '<tmp>'))
      .toMatchInlineSnapshot(`
        "bank:check found 9 problems:
          - ../shared/facts/referrals.md: referrals[1].states: claims languages, but no facts row states them (facts/referrals.md, or the "Languages" table of facts/safeguarding.md)
          - ../shared/facts/referrals.md: referrals[6].speaks: claims "fr", but its facts rows do not name that language
          - ../shared/facts/referrals.md: referrals[10].interpreters: claims "ko", but its facts rows do not name that language
          - ../shared/facts/safeguarding.md: referrals[14].states: claims hours, but its facts row states none
          - ../shared/facts/referrals.md: referrals[15].whatsapp: its facts row does not say it takes WhatsApp
          - ../shared/facts/referrals.md: referrals[24].interpreters: claims many languages, but its facts rows give no count or interpreters
          - ../shared/facts/referrals.md: referrals[24].states: names languages but does not state them
          - ../shared/facts/referrals.md: referrals[29].web: "hotline.ie/other" is not the address in its facts row
          - ../shared/facts/referrals.md: referrals[32].phone.display: "0508 326 458" is not the number in its facts row
        "
      `);
  });

  test('fails with a message when the shared facts and sources are missing', () => {
    const { code, stdout, stderr } = run([], {
      SAFE_SIGNS_SHARED: '/nonexistent',
    });
    expect({ code, stdout, stderr }).toEqual({
      code: 1,
      stdout: '',
      stderr: expect.stringContaining(
        '/nonexistent: (folder): not found: bank:check needs the shared facts and sources',
      ),
    });
  });

  test('rejects unknown options with its usage', () => {
    const { code, stderr } = run(['--fix']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^Unknown option '--fix'.*\nUsage: npm run bank:check/,
    );
  });
});
