import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import bankJson from '../../questions/bank.json';
import { loadBank } from '../../src/bank/load-bank';
import { score } from '../../src/scoring/score';

const tsx = 'node_modules/.bin/tsx';
const answersDir = 'tests/fixtures/answers';

const runScore = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(
    tsx,
    ['src/cli/score.ts', ...args],
    { encoding: 'utf8' },
  );
  return { status, stdout, stderr };
};

const bank = loadBank(bankJson, 'questions/bank.json');
const ids = bank.questions.map(({ id }) => id).join(', ');

describe('npm run score', () => {
  test('prints the outcome of an answers file as JSON for the chosen region', () => {
    const result = runScore(
      `${answersDir}/urgent-missing.json`,
      '--region',
      'gb',
    );
    expect(result).toEqual({
      status: 0,
      stdout: `${JSON.stringify(
        score(
          bank,
          {
            'missing-now': 'yes',
            'in-danger-now': 'no',
            'sextortion-now': 'no',
          },
          { region: 'gb' },
        ),
        null,
        2,
      )}\n`,
      stderr: '',
    });
    expect(JSON.parse(result.stdout)).toMatchObject({
      region: 'gb',
      level: 'urgent',
      referrals: expect.arrayContaining(['gb-emergency']),
    });
  });

  test('uses the default region when none is given', () => {
    const { status, stdout } = runScore(`${answersDir}/urgent-missing.json`);
    expect({ status, region: JSON.parse(stdout).region }).toEqual({
      status: 0,
      region: bank.defaultRegion,
    });
  });

  test.each([
    [
      'an unknown question id, with the valid ids',
      [`${answersDir}/unknown-question.json`],
      `${answersDir}/unknown-question.json: unknown question id "run-away"\n` +
        `${answersDir}/unknown-question.json: unknown question id "school-absence"\n` +
        `valid question ids: ${ids}\n`,
    ],
    [
      'an invalid answer value, with its question id and the valid values',
      [`${answersDir}/invalid-answer.json`],
      `${answersDir}/invalid-answer.json: "runaway" has the invalid answer "maybe"; valid answers: yes, no, unsure\n` +
        `${answersDir}/invalid-answer.json: "gifts" has the invalid answer true; valid answers: yes, no, unsure\n`,
    ],
    [
      'unreadable JSON, with the file and the parser message',
      [`${answersDir}/not-json.txt`],
      expect.stringMatching(
        /^tests\/fixtures\/answers\/not-json\.txt: not valid JSON: Expected double-quoted property name in JSON at position 23.*\n$/,
      ),
    ],
    [
      'JSON that is not an object of answers',
      [`${answersDir}/not-an-object.json`],
      `${answersDir}/not-an-object.json: must be a JSON object mapping question ids to yes, no, unsure\n`,
    ],
    [
      'a missing file',
      [`${answersDir}/no-such-answers.json`],
      `${answersDir}/no-such-answers.json: no such file\n`,
    ],
    [
      'an unknown region, with the shipped regions',
      [`${answersDir}/urgent-missing.json`, '--region', 'fr'],
      'unknown region "fr"; regions: us, ca, gb, au, ie, nz, mx\n',
    ],
    [
      'an unknown perspective, with the perspectives',
      [`${answersDir}/urgent-missing.json`, '--perspective', 'teacher'],
      'unknown perspective "teacher"; perspectives: parent, professional, other\n',
    ],
    [
      'no answers file, with the usage',
      [],
      'no answers file given\nusage: npm run score -- answers.json [--region us] [--perspective parent]\n',
    ],
    [
      'an unknown option, with the usage',
      [`${answersDir}/urgent-missing.json`, '--regoin', 'gb'],
      expect.stringMatching(
        /^Unknown option '--regoin'\..*\nusage: npm run score -- answers\.json \[--region us\] \[--perspective parent\]\n$/,
      ),
    ],
  ])('rejects %s on stderr with exit code 2', (_problem, args, stderr) => {
    expect(runScore(...args)).toEqual({ status: 2, stdout: '', stderr });
  });
});
