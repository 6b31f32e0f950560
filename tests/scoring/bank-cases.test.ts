import { expect, test } from 'vitest';
import bankJson from '../../questions/bank.json';
import { loadBank } from '../../src/bank/load-bank';
import type { AnswerValue, Level, Region } from '../../src/bank/schema';
import { levelOrder } from '../../src/scoring/level-order';
import { score } from '../../src/scoring/score';
import type { Answers, Outcome } from '../../src/scoring/score';

const bank = loadBank(bankJson, 'questions/bank.json');

/** A situation, the answers that matter, and only what its outcome changes from the defaults below. */
type Row = {
  situation: string;
  region: Region;
  answers: Answers;
  /** Default `none`. */
  level?: Level;
  /** Topic to the answers that drove the level; default none. */
  drivers?: Record<string, Answers>;
  /** Each pick as `id` (chosen by the level), `id:questionId,...` (chosen by those answers) or `id!` (always); default `always`. */
  guidance?: string[];
  /** Default: the entries the region lists whatever the answers. */
  referrals?: string[];
};

const noUrgent: Answers = {
  'missing-now': 'no',
  'in-danger-now': 'no',
  'sextortion-now': 'no',
};

const every = (answer: AnswerValue): Answers =>
  Object.fromEntries(bank.questions.map(({ id }) => [id, answer]));

/** The guidance shown whatever the answers. */
const always = ['open-communication!', 'protective-factors!'];

const education = [
  'targeted-tricked-traumatised',
  'who-is-targeted',
  'who-traffickers-are',
];

/** The referrals each shipped region lists whatever the answers, in order. */
const listed: Partial<Record<Region, string[]>> = {
  us: ['us-emergency', 'us-ncmec', 'us-nhth', 'us-988', 'us-trevor'],
  ca: ['ca-emergency', 'ca-chth', 'ca-khp'],
  gb: ['gb-emergency', 'gb-nspcc', 'gb-msh', 'gb-childline'],
  au: ['au-emergency', 'au-crimestoppers', 'au-khl'],
  nz: ['nz-emergency', 'nz-ot', 'nz-safetotalk', 'nz-youthline'],
  mx: ['mx-emergency', 'mx-trata'],
};

const pick = (spec: string, level: Level): Outcome['guidance'][number] => {
  if (spec.endsWith('!')) {
    return { id: spec.slice(0, -1), reason: { type: 'always' } };
  }
  const [id = '', ids] = spec.split(':');
  return ids
    ? { id, reason: { type: 'answers', questionIds: ids.split(',') } }
    : { id, reason: { type: 'level', level } };
};

/** The whole outcome a row expects: the defaults with the row's changes. */
const expectedOf = ({
  region,
  level = 'none',
  drivers = {},
  guidance = always,
  referrals,
}: Row): Outcome => {
  const shown = listed[region] ? region : bank.defaultRegion;
  return {
    bankVersion: bankJson.version,
    region: shown,
    level,
    drivers: Object.entries(drivers).map(([topic, answers]) => ({
      topic,
      answers: Object.entries(answers).flatMap(([questionId, answer]) =>
        answer ? [{ questionId, answer }] : [],
      ),
    })),
    guidance: guidance.map((spec) => pick(spec, level)),
    education,
    referrals: referrals ?? listed[shown] ?? [],
  };
};

/** Situations a parent, carer, teacher or youth worker might describe, each scored against questions/bank.json. */
const rows: Row[] = [
  {
    situation:
      'a parent with a vague worry who answers no throughout and notes a trusted adult, open talk and sport',
    region: 'us',
    answers: {
      ...every('no'),
      'trusted-adult': 'yes',
      'open-talk': 'yes',
      activities: 'yes',
    },
    guidance: [...always, 'keep-doing-this:trusted-adult,open-talk,activities'],
  },
  {
    situation: 'a parent with nothing to report beyond a move to a new school',
    region: 'ca',
    answers: {
      ...noUrgent,
      'school-absences': 'no',
      withdrawal: 'no',
      'online-stranger': 'no',
      'trusted-adult': 'yes',
    },
    guidance: [...always, 'keep-doing-this:trusted-adult'],
  },
  {
    situation:
      'a teacher who answers the urgent check no and skips every other question',
    region: 'gb',
    answers: noUrgent,
  },
  {
    situation:
      'a foster carer whose young person is in care and was abused before, with no signs now',
    region: 'au',
    answers: {
      ...noUrgent,
      'school-absences': 'no',
      runaway: 'no',
      withdrawal: 'no',
      'prior-abuse': 'yes',
      'care-system': 'yes',
      housing: 'no',
      'trusted-adult': 'yes',
    },
    guidance: [
      'tailored-support:prior-abuse,care-system',
      ...always,
      'keep-doing-this:trusted-adult',
    ],
  },
  {
    situation:
      'a parent whose child skips school and has dropped their friends and football',
    region: 'us',
    answers: {
      ...noUrgent,
      'school-absences': 'yes',
      withdrawal: 'yes',
      activities: 'no',
      'open-talk': 'no',
    },
    level: 'some',
    drivers: {
      'school-routine': { 'school-absences': 'yes', withdrawal: 'yes' },
    },
    guidance: [
      'how-to-report',
      'self-safety-list',
      'know-who-they-are-with',
      ...always,
    ],
    referrals: [
      'us-emergency',
      'us-ncmec',
      'us-nhth',
      'us-childhelp',
      'us-988',
      'us-trevor',
    ],
  },
  {
    situation:
      'a parent who is not sure about new online friends, new clothes or a second phone',
    region: 'ca',
    answers: {
      ...noUrgent,
      'online-stranger': 'unsure',
      gifts: 'unsure',
      phones: 'unsure',
    },
    level: 'some',
    drivers: {
      online: { 'online-stranger': 'unsure' },
      'money-belongings': { gifts: 'unsure', phones: 'unsure' },
    },
    guidance: [
      'how-to-report',
      'find-out-more:online-stranger,gifts,phones',
      'online-safety-talk:online-stranger',
      'self-safety-list:online-stranger',
      'know-who-they-are-with:online-stranger,gifts',
      ...always,
    ],
    referrals: ['ca-emergency', 'ca-chth', 'ca-cybertip', 'ca-khp'],
  },
  {
    situation:
      "a teacher unsure whether a pupil's new friend is much older and is pulling her away from her friends",
    region: 'gb',
    answers: {
      ...noUrgent,
      'older-partner': 'unsure',
      isolation: 'unsure',
      'open-talk': 'yes',
    },
    level: 'some',
    drivers: {
      'friends-relationships': {
        'older-partner': 'unsure',
        isolation: 'unsure',
      },
    },
    guidance: [
      'how-to-report',
      'find-out-more:older-partner,isolation',
      'self-safety-list:older-partner,isolation',
      'know-who-they-are-with:older-partner,isolation',
      ...always,
      'keep-doing-this:open-talk',
    ],
  },
  {
    situation:
      'a foster carer whose young person often comes home hungry and dressed wrongly for the weather',
    region: 'au',
    answers: {
      ...noUrgent,
      hunger: 'yes',
      clothing: 'yes',
      'care-system': 'yes',
    },
    level: 'some',
    drivers: {
      'school-routine': { hunger: 'yes', clothing: 'yes' },
    },
    guidance: [
      'how-to-report',
      'self-safety-list',
      'know-who-they-are-with',
      'tailored-support:care-system',
      ...always,
    ],
  },
  {
    situation:
      'a youth worker told of a much older boyfriend, in a young person whose family lost their home',
    region: 'nz',
    answers: {
      ...noUrgent,
      'older-partner': 'yes',
      housing: 'yes',
      'trusted-adult': 'yes',
    },
    level: 'some',
    drivers: {
      'friends-relationships': { 'older-partner': 'yes' },
    },
    guidance: [
      'how-to-report',
      'self-safety-list:older-partner',
      'know-who-they-are-with:older-partner',
      'tailored-support:housing',
      ...always,
      'keep-doing-this:trusted-adult',
    ],
  },
  {
    situation:
      'a parent whose child said someone gives them money for sexual pictures',
    region: 'us',
    answers: {
      ...noUrgent,
      'told-exploited': 'yes',
      'explicit-images': 'yes',
      'open-talk': 'yes',
    },
    level: 'high',
    drivers: {
      'friends-relationships': { 'told-exploited': 'yes' },
      online: { 'explicit-images': 'yes' },
    },
    guidance: [
      'call-hotline-today',
      'how-to-report',
      'online-safety-talk:explicit-images',
      'self-safety-list:explicit-images',
      'know-who-they-are-with',
      ...always,
      'keep-doing-this:open-talk',
    ],
    referrals: [
      'us-emergency',
      'us-ncmec',
      'us-nhth',
      'us-cybertipline',
      'us-take-it-down',
      'us-childhelp',
      'us-988',
      'us-trevor',
    ],
  },
  {
    situation:
      'a parent whose son has a stranger online offering him a modelling job and hides a second phone',
    region: 'ca',
    answers: {
      ...noUrgent,
      'online-stranger': 'yes',
      'too-good-offer': 'yes',
      phones: 'yes',
    },
    level: 'high',
    drivers: {
      online: { 'online-stranger': 'yes', 'too-good-offer': 'yes' },
      'money-belongings': { phones: 'yes' },
    },
    guidance: [
      'call-hotline-today',
      'how-to-report',
      'online-safety-talk:online-stranger,too-good-offer',
      'self-safety-list:online-stranger,too-good-offer',
      'know-who-they-are-with:online-stranger',
      ...always,
    ],
    referrals: ['ca-emergency', 'ca-chth', 'ca-cybertip', 'ca-khp'],
  },
  {
    situation:
      'a teacher who learnt a pupil sent sexual images and has unexplained gifts',
    region: 'gb',
    answers: { ...noUrgent, 'explicit-images': 'yes', gifts: 'yes' },
    level: 'high',
    drivers: {
      online: { 'explicit-images': 'yes' },
      'money-belongings': { gifts: 'yes' },
    },
    guidance: [
      'call-hotline-today',
      'how-to-report',
      'online-safety-talk:explicit-images',
      'self-safety-list:explicit-images',
      'know-who-they-are-with:gifts',
      ...always,
    ],
    referrals: [
      'gb-emergency',
      'gb-nspcc',
      'gb-msh',
      'gb-ceop',
      'gb-childline',
    ],
  },
  {
    situation:
      'a carer whose young person keeps running away and comes back with cash and a burner phone',
    region: 'au',
    answers: {
      ...noUrgent,
      runaway: 'yes',
      gifts: 'yes',
      phones: 'yes',
      'care-system': 'yes',
    },
    level: 'high',
    drivers: {
      'school-routine': { runaway: 'yes' },
      'money-belongings': { gifts: 'yes', phones: 'yes' },
    },
    guidance: [
      'call-hotline-today',
      'how-to-report',
      'self-safety-list',
      'know-who-they-are-with:gifts',
      'tailored-support:care-system',
      ...always,
    ],
  },
  {
    situation:
      'a parent who cannot reach their daughter since last night and is not sure she is missing',
    region: 'mx',
    answers: {
      'missing-now': 'unsure',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
    },
    level: 'high',
    drivers: {
      'urgent-check': { 'missing-now': 'unsure' },
    },
    guidance: [
      'missing-child:missing-now',
      'call-hotline-today',
      'how-to-report',
      'self-safety-list',
      'know-who-they-are-with',
      ...always,
    ],
  },
  {
    situation:
      'a parent whose son is being threatened with his images unless he pays',
    region: 'us',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'no',
      'sextortion-now': 'yes',
      'online-stranger': 'yes',
      'explicit-images': 'yes',
    },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'sextortion-now': 'yes' },
      online: { 'online-stranger': 'yes', 'explicit-images': 'yes' },
    },
    guidance: [
      'call-emergency-now',
      'sextortion-steps:sextortion-now',
      'call-hotline-today',
      'how-to-report',
      'online-safety-talk:sextortion-now,online-stranger,explicit-images',
      'self-safety-list:online-stranger,explicit-images',
      'know-who-they-are-with:online-stranger',
      ...always,
    ],
    referrals: [
      'us-emergency',
      'us-ncmec',
      'us-nhth',
      'us-cybertipline',
      'us-take-it-down',
      'us-childhelp',
      'us-988',
      'us-trevor',
    ],
  },
  {
    situation: 'a parent whose child is missing now',
    region: 'ca',
    answers: {
      'missing-now': 'yes',
      'in-danger-now': 'no',
      'sextortion-now': 'no',
    },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'missing-now': 'yes' },
    },
    guidance: [
      'call-emergency-now',
      'missing-child:missing-now',
      'call-hotline-today',
      'how-to-report',
      'know-who-they-are-with',
      ...always,
    ],
  },
  {
    situation:
      'a youth worker who hears a young person is being held by someone right now',
    region: 'gb',
    answers: {
      'missing-now': 'no',
      'in-danger-now': 'yes',
      'sextortion-now': 'no',
    },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'in-danger-now': 'yes' },
    },
    guidance: [
      'call-emergency-now',
      'call-hotline-today',
      'how-to-report',
      'know-who-they-are-with',
      ...always,
    ],
  },
  {
    situation:
      'a foster carer whose young person is missing tonight after earlier runaways',
    region: 'au',
    answers: {
      'missing-now': 'yes',
      'in-danger-now': 'unsure',
      'sextortion-now': 'no',
      runaway: 'yes',
      'care-system': 'yes',
    },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'missing-now': 'yes', 'in-danger-now': 'unsure' },
      'school-routine': { runaway: 'yes' },
    },
    guidance: [
      'call-emergency-now',
      'missing-child:missing-now',
      'call-hotline-today',
      'how-to-report',
      'know-who-they-are-with',
      'tailored-support:care-system',
      ...always,
    ],
  },
  {
    situation: 'a region not shipped falls back to the default region',
    region: 'ie',
    answers: { 'missing-now': 'yes' },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'missing-now': 'yes' },
    },
    guidance: [
      'call-emergency-now',
      'missing-child:missing-now',
      'call-hotline-today',
      'how-to-report',
      'know-who-they-are-with',
      ...always,
    ],
    referrals: [
      'us-emergency',
      'us-ncmec',
      'us-nhth',
      'us-childhelp',
      'us-988',
      'us-trevor',
    ],
  },
];

test.each(rows)('$region: $situation', (row) => {
  expect(score(bank, row.answers, { region: row.region })).toEqual(
    expectedOf(row),
  );
});

test('the table shows every level in at least three regions', () => {
  const levelOf = (row: Row) => row.level ?? 'none';
  const regions = [...new Set(rows.map((row) => row.region))];
  const withEveryLevel = regions.filter((region) =>
    levelOrder.every((level) =>
      rows.some((row) => row.region === region && levelOf(row) === level),
    ),
  );
  expect(withEveryLevel.length).toBeGreaterThanOrEqual(3);
});
