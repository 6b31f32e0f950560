import { expect, test } from 'vitest';
import bankJson from '../../questions/bank.json';
import { loadBank } from '../../src/bank/load-bank';
import type {
  AnswerValue,
  Level,
  Perspective,
  Region,
} from '../../src/bank/schema';
import { levelOrder } from '../../src/scoring/level-order';
import { score } from '../../src/scoring/score';
import type { Answers, Outcome } from '../../src/scoring/score';

const bank = loadBank(bankJson, 'questions/bank.json');

/** A situation, the answers that matter, and only what its outcome changes from the defaults below. */
type Row = {
  situation: string;
  region: Region;
  /** Default `other`: no parent-only or professional-only guidance. */
  perspective?: Perspective;
  answers: Answers;
  /** Default `none`. */
  level?: Level;
  /** Topic to the answers that drove the level; default none. */
  drivers?: Record<string, Answers>;
  /** Each pick as `id` (chosen by the level), `id:questionId,...` (chosen by those answers), `id:professional` (by perspective) or `id!` (always); default `always`. */
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

/** Taught in every region, with the United States' own items before the last. */
const education = (region: Region) => [
  'targeted-tricked-traumatised',
  'anything-of-value',
  'not-self-identify',
  'school-safe-haven',
  'boys-too',
  'who-is-targeted',
  ...(region === 'us' ? ['who-is-targeted-us', 'us-law-no-force'] : []),
  'who-traffickers-are',
];

/** The referrals each region lists whatever the answers: hotlines first, emergency last, except at urgent. */
const listed: Record<Region, string[]> = {
  us: ['us-ncmec', 'us-nhth', 'us-988', 'us-trevor', 'us-emergency'],
  ca: ['ca-chth', 'ca-khp', 'ca-emergency'],
  gb: ['gb-nspcc', 'gb-msh', 'gb-childline', 'gb-emergency'],
  au: ['au-crimestoppers', 'au-khl', 'au-emergency'],
  ie: ['ie-garda', 'ie-childline', 'ie-emergency'],
  nz: ['nz-ot', 'nz-safetotalk', 'nz-youthline', 'nz-emergency'],
  mx: ['mx-trata', 'mx-emergency'],
};

const emergencyFirst = (ids: string[]) => [
  ...ids.filter((id) => id.endsWith('-emergency')),
  ...ids.filter((id) => !id.endsWith('-emergency')),
];

const pick = (spec: string, level: Level): Outcome['guidance'][number] => {
  if (spec.endsWith('!')) {
    return { id: spec.slice(0, -1), reason: { type: 'always' } };
  }
  const [id = '', ids] = spec.split(':');
  if (ids === 'professional') {
    return { id, reason: { type: 'perspective', perspective: 'professional' } };
  }
  return ids
    ? { id, reason: { type: 'answers', questionIds: ids.split(',') } }
    : { id, reason: { type: 'level', level } };
};

const count = (answers: Answers, answer?: AnswerValue) =>
  Object.values(answers).filter(
    (given) => given && (!answer || given === answer),
  ).length;

/** The whole outcome a row expects: the defaults with the row's changes. */
const expectedOf = ({
  region,
  answers,
  level = 'none',
  drivers = {},
  guidance = always,
  referrals,
}: Row): Outcome => ({
  bankVersion: bankJson.version,
  region,
  level,
  drivers: Object.entries(drivers).map(([topic, given]) => ({
    topic,
    answers: Object.entries(given).flatMap(([questionId, answer]) =>
      answer ? [{ questionId, answer }] : [],
    ),
  })),
  guidance: guidance.map((spec) => pick(spec, level)),
  education: education(region),
  referrals:
    referrals ??
    (level === 'urgent' ? emergencyFirst(listed[region]) : listed[region]),
  unanswered: bank.questions.length - count(answers),
  unsure: count(answers, 'unsure'),
});

/** Situations a parent, carer, teacher or youth worker might describe, each scored against questions/bank.json. */
const rows: Row[] = [
  {
    situation:
      'an adult with a vague worry who answers no throughout and notes a caring adult, open talk, sport and a stable home',
    region: 'us',
    answers: {
      ...every('no'),
      'trusted-adult': 'yes',
      'open-talk': 'yes',
      activities: 'yes',
      'stable-home': 'yes',
    },
    guidance: [
      ...always,
      'keep-doing-this:trusted-adult,open-talk,activities,stable-home',
    ],
  },
  {
    situation:
      'a teacher who answers the urgent check no and skips every other question gets their own next steps',
    region: 'gb',
    perspective: 'professional',
    answers: noUrgent,
    guidance: [
      'disclosure-respond:professional',
      'pro-procedures!',
      'pro-gb!',
      ...always,
    ],
  },
  {
    situation:
      'review 1: a parent whose child is away from home now and they do not know where',
    region: 'gb',
    perspective: 'parent',
    answers: { ...noUrgent, 'missing-now': 'yes' },
    level: 'urgent',
    drivers: { 'urgent-check': { 'missing-now': 'yes' } },
    guidance: [
      'call-emergency-now',
      'missing-child:missing-now',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'know-who-they-are-with',
      ...always,
    ],
    referrals: [
      'gb-emergency',
      'gb-missing-people',
      'gb-nspcc',
      'gb-msh',
      'gb-childline',
    ],
  },
  {
    situation:
      'review 2: a "Not sure" on injuries alone is worth attention, never "none"',
    region: 'us',
    answers: { ...noUrgent, injuries: 'unsure' },
    level: 'some',
    drivers: { health: { injuries: 'unsure' } },
    guidance: ['no-confront', 'how-to-report', 'self-safety-list', ...always],
    referrals: [
      'us-ncmec',
      'us-nhth',
      'us-childhelp',
      'us-988',
      'us-trevor',
      'us-emergency',
    ],
  },
  {
    situation:
      'review 2: a "Not sure" on an adult asking for sexual images is worth attention',
    region: 'ca',
    answers: { ...noUrgent, 'adult-asked-images': 'unsure' },
    level: 'some',
    drivers: { online: { 'adult-asked-images': 'unsure' } },
    guidance: [
      'images-keep-evidence:adult-asked-images',
      'images-never-copy:adult-asked-images',
      'take-it-down-limits:adult-asked-images',
      'no-confront',
      'how-to-report',
      'self-safety-list:adult-asked-images',
      ...always,
    ],
    referrals: ['ca-chth', 'ca-cybertip', 'ca-khp', 'ca-emergency'],
  },
  {
    situation:
      'review 3: school absences, withdrawal and drugs alone are worth attention, not strong signs',
    region: 'au',
    answers: {
      ...noUrgent,
      'school-absences': 'yes',
      withdrawal: 'yes',
      substances: 'yes',
    },
    level: 'some',
    drivers: {
      health: { substances: 'yes' },
      'daily-life': { 'school-absences': 'yes', withdrawal: 'yes' },
    },
    guidance: [
      'no-confront',
      'how-to-report',
      'self-safety-list:substances',
      ...always,
    ],
  },
  {
    situation:
      'review 3: hunger, clothing and school absences alone are worth attention, not strong signs',
    region: 'ca',
    answers: {
      ...noUrgent,
      hunger: 'yes',
      clothing: 'yes',
      'school-absences': 'yes',
    },
    level: 'some',
    drivers: {
      'daily-life': {
        'school-absences': 'yes',
        hunger: 'yes',
        clothing: 'yes',
      },
    },
    guidance: ['no-confront', 'how-to-report', 'self-safety-list', ...always],
  },
  {
    situation:
      'review 3: a parent who sees a much older partner and gifts they cannot explain',
    region: 'nz',
    perspective: 'parent',
    answers: { ...noUrgent, 'older-partner': 'yes', gifts: 'yes' },
    level: 'high',
    drivers: {
      relationships: { 'older-partner': 'yes' },
      'money-belongings': { gifts: 'yes' },
    },
    guidance: [
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'self-safety-list:older-partner',
      'know-who-they-are-with:older-partner,gifts',
      ...always,
    ],
    referrals: [
      'nz-ot',
      'nz-105',
      'nz-safetotalk',
      'nz-youthline',
      'nz-emergency',
    ],
  },
  {
    situation:
      'review 3: a secret phone and fake IDs are strong signs together',
    region: 'ie',
    answers: { ...noUrgent, phones: 'yes', 'fake-ids': 'yes' },
    level: 'high',
    drivers: { 'money-belongings': { phones: 'yes', 'fake-ids': 'yes' } },
    guidance: [
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'self-safety-list',
      ...always,
    ],
    referrals: ['ie-garda', 'ie-garda-csa', 'ie-childline', 'ie-emergency'],
  },
  {
    situation:
      'review 4: sexual images shared with someone their own age are a concern, not a strong sign',
    region: 'gb',
    answers: { ...noUrgent, 'peer-images': 'yes' },
    level: 'some',
    drivers: { online: { 'peer-images': 'yes' } },
    guidance: [
      'images-never-copy:peer-images',
      'take-it-down-limits:peer-images',
      'no-confront',
      'how-to-report',
      'self-safety-list',
      ...always,
    ],
    referrals: [
      'gb-nspcc',
      'gb-msh',
      'gb-ceop',
      'gb-childline',
      'gb-emergency',
    ],
  },
  {
    situation: 'review 4: an adult asking for sexual images is a strong sign',
    region: 'gb',
    answers: { ...noUrgent, 'adult-asked-images': 'yes' },
    level: 'high',
    drivers: { online: { 'adult-asked-images': 'yes' } },
    guidance: [
      'images-keep-evidence:adult-asked-images',
      'images-never-copy:adult-asked-images',
      'take-it-down-limits:adult-asked-images',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'self-safety-list:adult-asked-images',
      ...always,
    ],
    referrals: [
      'gb-nspcc',
      'gb-msh',
      'gb-101',
      'gb-ceop',
      'gb-childline',
      'gb-emergency',
    ],
  },
  {
    situation:
      'review 2 and 8: a youth worker not sure what a young person told them gets disclosure steps, not self-safety tips',
    region: 'us',
    perspective: 'professional',
    answers: { ...noUrgent, 'told-exploited': 'unsure' },
    level: 'high',
    drivers: { 'what-you-know': { 'told-exploited': 'unsure' } },
    guidance: [
      'disclosure-respond:told-exploited',
      'call-hotline-today',
      'pro-procedures!',
      'pro-us!',
      'no-confront',
      'how-to-report',
      ...always,
    ],
    referrals: [
      'us-ncmec',
      'us-nhth',
      'us-cybertipline',
      'us-childhelp',
      'us-988',
      'us-trevor',
      'us-emergency',
    ],
  },
  {
    situation:
      'review 7: knowing someone was paid for sex with the young person is a disclosure',
    region: 'ca',
    answers: { ...noUrgent, 'someone-paid': 'yes' },
    level: 'high',
    drivers: { 'what-you-know': { 'someone-paid': 'yes' } },
    guidance: [
      'disclosure-respond:someone-paid',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      ...always,
    ],
    referrals: ['ca-chth', 'ca-cybertip', 'ca-khp', 'ca-emergency'],
  },
  {
    situation:
      'four concerns alone stay at some but add talking to a hotline today',
    region: 'mx',
    answers: {
      ...noUrgent,
      'school-absences': 'yes',
      hunger: 'yes',
      clothing: 'yes',
      withdrawal: 'yes',
    },
    level: 'some',
    drivers: {
      'daily-life': {
        'school-absences': 'yes',
        hunger: 'yes',
        clothing: 'yes',
        withdrawal: 'yes',
      },
    },
    guidance: [
      'call-hotline-today:school-absences,hunger,clothing,withdrawal',
      'no-confront',
      'how-to-report',
      'self-safety-list',
      ...always,
    ],
  },
  {
    situation:
      'review 5: a parent whose son is being threatened with his images unless he pays',
    region: 'us',
    perspective: 'parent',
    answers: { ...noUrgent, 'sextortion-now': 'yes', 'online-stranger': 'yes' },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'sextortion-now': 'yes' },
      online: { 'online-stranger': 'yes' },
    },
    guidance: [
      'call-emergency-now',
      'sextortion-steps:sextortion-now',
      'images-do-not-pay:sextortion-now',
      'images-keep-evidence:sextortion-now',
      'images-never-copy:sextortion-now',
      'take-it-down-limits:sextortion-now',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'online-safety-talk:sextortion-now,online-stranger',
      'self-safety-list:online-stranger',
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
    situation:
      'a foster carer whose young person is in care and may lack a safe place to sleep, with no signs now',
    region: 'au',
    answers: {
      ...noUrgent,
      'care-system': 'yes',
      housing: 'unsure',
      'trusted-adult': 'yes',
    },
    guidance: [
      'tailored-support:care-system,housing',
      ...always,
      'keep-doing-this:trusted-adult',
    ],
  },
  {
    situation:
      'two "Not sure" concerns are worth attention and add how to find out more',
    region: 'nz',
    answers: { ...noUrgent, hunger: 'unsure', gang: 'unsure' },
    level: 'some',
    drivers: {
      relationships: { gang: 'unsure' },
      'daily-life': { hunger: 'unsure' },
    },
    guidance: [
      'no-confront',
      'how-to-report',
      'find-out-more:gang,hunger',
      'self-safety-list',
      ...always,
    ],
  },
  {
    situation:
      'a parent who cannot reach their daughter since last night and is not sure she is missing',
    region: 'mx',
    perspective: 'parent',
    answers: { ...noUrgent, 'missing-now': 'unsure' },
    level: 'high',
    drivers: { 'urgent-check': { 'missing-now': 'unsure' } },
    guidance: [
      'missing-child:missing-now',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'self-safety-list',
      'know-who-they-are-with',
      ...always,
    ],
  },
  {
    situation:
      'a youth worker in Ireland who hears a young person is being held right now',
    region: 'ie',
    perspective: 'professional',
    answers: { ...noUrgent, 'in-danger-now': 'yes' },
    level: 'urgent',
    drivers: { 'urgent-check': { 'in-danger-now': 'yes' } },
    guidance: [
      'call-emergency-now',
      'disclosure-respond:professional',
      'call-hotline-today',
      'pro-procedures!',
      'pro-ie!',
      'no-confront',
      'how-to-report',
      ...always,
    ],
  },
  {
    situation: 'a parent in Ireland whose child is missing now',
    region: 'ie',
    perspective: 'parent',
    answers: { ...noUrgent, 'missing-now': 'yes' },
    level: 'urgent',
    drivers: { 'urgent-check': { 'missing-now': 'yes' } },
    guidance: [
      'call-emergency-now',
      'missing-child:missing-now',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      'know-who-they-are-with',
      ...always,
    ],
    referrals: ['ie-emergency', 'ie-116000', 'ie-garda', 'ie-childline'],
  },
  {
    situation:
      'a parent with nothing to report beyond a move to a new school, who skips the rest',
    region: 'ca',
    perspective: 'parent',
    answers: {
      ...noUrgent,
      'school-absences': 'no',
      withdrawal: 'no',
      'open-talk': 'yes',
    },
    guidance: [...always, 'keep-doing-this:open-talk'],
  },
  {
    situation:
      'an adult who is not sure whether a young person is in danger right now, and sure they are missing',
    region: 'ca',
    answers: { ...noUrgent, 'missing-now': 'yes', 'in-danger-now': 'unsure' },
    level: 'urgent',
    drivers: {
      'urgent-check': { 'missing-now': 'yes', 'in-danger-now': 'unsure' },
    },
    guidance: [
      'call-emergency-now',
      'missing-child:missing-now',
      'call-hotline-today',
      'no-confront',
      'how-to-report',
      ...always,
    ],
    referrals: ['ca-emergency', 'ca-kidtips', 'ca-chth', 'ca-khp'],
  },
];

test.each(rows)('$region: $situation', (row) => {
  const { region, perspective = 'other' } = row;
  expect(score(bank, row.answers, { region, perspective })).toEqual(
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
