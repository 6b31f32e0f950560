import { z } from 'zod';
import {
  answerValues,
  indicators,
  indicatorsByTier,
  levels,
  perspectives,
  regions,
  tiers,
} from './vocabulary.ts';

export {
  answerValues,
  indicators,
  indicatorsByTier,
  levels,
  perspectives,
  regions,
  tiers,
};

// zod compiles parsers with `new Function` unless told not to; the CSP forbids eval.
z.config({ jitless: true });

export const answerValueSchema = z.enum(answerValues);
export type AnswerValue = z.infer<typeof answerValueSchema>;

const levelSchema = z.enum(levels);
export type Level = z.infer<typeof levelSchema>;

const tierSchema = z.enum(tiers);
export type Tier = z.infer<typeof tierSchema>;

const indicatorSchema = z.enum(indicators as [Indicator, ...Indicator[]]);
export type Indicator =
  (typeof indicatorsByTier)[keyof typeof indicatorsByTier][number];

const regionSchema = z.enum(regions);
export type Region = z.infer<typeof regionSchema>;

const perspectiveSchema = z.enum(perspectives);
export type Perspective = z.infer<typeof perspectiveSchema>;

const sourceDocuments = [
  '000_5757694d15f46840.txt',
  '003_90f4dd43d73495d4.txt',
  'facts/referrals.md',
  'facts/safeguarding.md',
] as const;

/** Where a question, guidance item or referral comes from: a document and the list in it, or a facts file and the id of its row. */
const sourceSchema = z.strictObject({
  document: z.enum(sourceDocuments),
  section: z.string().min(1),
});
export type Source = z.infer<typeof sourceSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** An answer option's effect on scoring: a weight added to the sum, and an optional floor on the level. */
const optionEffectSchema = z.strictObject({
  weight: z.number().min(0).max(100),
  atLeast: levelSchema.optional(),
});
export type OptionEffect = z.infer<typeof optionEffectSchema>;

export const questionSchema = z.strictObject({
  id: idSchema,
  tier: tierSchema,
  indicator: indicatorSchema,
  topic: idSchema,
  required: z.boolean(),
  options: z.strictObject({
    yes: optionEffectSchema,
    no: optionEffectSchema,
    unsure: optionEffectSchema,
  }),
  source: sourceSchema,
});
export type Question = z.infer<typeof questionSchema>;

export const topicSchema = z.strictObject({
  id: idSchema,
});

const answerMatchShape = {
  answers: z.array(answerValueSchema).min(1),
  tiers: z.array(tierSchema).min(1).optional(),
  indicators: z.array(indicatorSchema).min(1).optional(),
  min: z.number().int().min(1).default(1),
};

/** Selects answers: at least `min` questions of these tiers or indicators answered with one of `answers`. */
const answerMatchSchema = z.strictObject(answerMatchShape);
export type AnswerMatch = z.infer<typeof answerMatchSchema>;

const answerConditionSchema = z.strictObject({
  type: z.literal('answers'),
  ...answerMatchShape,
});

const levelConditionSchema = z.strictObject({
  type: z.literal('level'),
  levels: z.array(levelSchema).min(1),
});

const alwaysConditionSchema = z.strictObject({
  type: z.literal('always'),
});

const perspectiveConditionSchema = z.strictObject({
  type: z.literal('perspective'),
  perspectives: z.array(perspectiveSchema).min(1),
});

const regionConditionSchema = z.strictObject({
  type: z.literal('region'),
  regions: z.array(regionSchema).min(1),
});

const conditionSchema = z.discriminatedUnion('type', [
  answerConditionSchema,
  levelConditionSchema,
  alwaysConditionSchema,
  perspectiveConditionSchema,
  regionConditionSchema,
]);
export type Condition = z.infer<typeof conditionSchema>;

/** When an item shows: any condition of `when` holds, none of `unless` holds, and the user is among `perspectives` and `regions` where given. */
const showsShape = {
  when: z.array(conditionSchema).min(1),
  unless: z.array(conditionSchema).min(1).optional(),
  perspectives: z.array(perspectiveSchema).min(1).optional(),
  regions: z.array(regionSchema).min(1).optional(),
};

export const guidanceSchema = z.strictObject({
  id: idSchema,
  /** Lower comes first. */
  priority: z.number().int().min(0),
  ...showsShape,
  source: sourceSchema,
  /** Where each of the item's points comes from, when they draw on more than `source`. */
  itemSources: z.array(sourceSchema).min(1).optional(),
});
export type Guidance = z.infer<typeof guidanceSchema>;

export const educationSchema = z.strictObject({
  id: idSchema,
  /** Without `regions` the item is taught everywhere; with it, only there (text true of one country only). */
  regions: z.array(regionSchema).min(1).optional(),
  source: sourceSchema,
});

const referralKinds = [
  'emergency',
  'hotline',
  'non-emergency',
  'report-online',
  'support',
] as const;
const referralKindSchema = z.enum(referralKinds);

/** A number to dial: `tel` is E.164, or the digits as dialled inside the region (freephone numbers often cannot be reached in E.164 form); `display` is how the region writes it. */
const phoneSchema = z.strictObject({
  tel: z
    .string()
    .regex(
      /^(\+[1-9]\d{6,14}|\d{3,15})$/,
      'must be E.164 (+ then 7 to 15 digits) or 3 to 15 digits as dialled in the region',
    ),
  display: z
    .string()
    .regex(/^[0-9][0-9 -]*[0-9]$/, 'must be digits, spaces and hyphens'),
});
export type Phone = z.infer<typeof phoneSchema>;

const smsSchema = z.strictObject({
  number: phoneSchema,
  body: z
    .string()
    .regex(/^[A-Z0-9]{1,20}$/, 'must be a short keyword in capitals')
    .optional(),
});

export const referralSchema = z.strictObject({
  id: idSchema,
  region: regionSchema,
  kind: referralKindSchema,
  phone: phoneSchema.optional(),
  sms: smsSchema.optional(),
  web: z
    .string()
    .regex(
      /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[^\s]*)?$/,
      'must be an https URL',
    )
    .optional(),
  email: z.email().optional(),
  /** The phone number also takes WhatsApp messages. */
  whatsapp: z.literal(true).optional(),
  /** Facts the card states, each only where the facts file gives it: `hours` and `languages` strings exist for these only. */
  states: z
    .array(z.enum(['hours', 'languages']))
    .min(1)
    .optional(),
  /** Languages the line answers in, as its facts row names them (BCP 47 base codes); only with `states: ['languages']`. */
  speaks: z
    .array(z.string().regex(/^[a-z]{2,3}$/))
    .min(1)
    .optional(),
  /** Languages it reaches through interpreters, or `many` where the facts row gives a count such as "200+ languages". */
  interpreters: z
    .union([
      z.literal('many'),
      z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
    ])
    .optional(),
  /** A line a worker can hand to a young person on the help card. */
  helpCard: z.literal(true).optional(),
  /** Lower comes first (after emergency entries when the level is urgent). */
  priority: z.number().int().min(0),
  /** Without `when` the entry is always listed for its region. */
  when: z.array(conditionSchema).min(1).optional(),
  unless: showsShape.unless,
  perspectives: showsShape.perspectives,
  source: sourceSchema,
  verifiedOn: z.iso.date(),
});
export type Referral = z.infer<typeof referralSchema>;

export const regionEntrySchema = z.strictObject({
  id: regionSchema,
  /** BCP 47 region subtags (as in en-US) that select this region by default. */
  localeRegions: z.array(z.string().regex(/^[A-Z]{2}$/)).min(1),
});

export const bankSchema = z.strictObject({
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a semver version such as 1.0.0'),
  defaultRegion: regionSchema,
  topics: z.array(topicSchema).min(1),
  questions: z.array(questionSchema).min(1),
  scoring: z.strictObject({
    /** The sum of weights at which each level starts. */
    thresholds: z.strictObject({
      some: z.number().positive(),
      high: z.number().positive(),
    }),
    /** Caps on what answers of some tiers can reach alone, such as "concern answers alone never go above some"; lifted once `liftedBy` matches. */
    caps: z.array(
      z.strictObject({
        tiers: z.array(tierSchema).min(1),
        atMost: levelSchema,
        liftedBy: answerMatchSchema,
      }),
    ),
    /** Answer-count floors, such as "any two sign yes answers give at least high". */
    countFloors: z.array(
      z.strictObject({
        tiers: z.array(tierSchema).min(1),
        answers: z.array(answerValueSchema).min(1),
        min: z.number().int().min(1),
        atLeast: levelSchema,
      }),
    ),
  }),
  guidance: z.array(guidanceSchema).min(1),
  education: z.array(educationSchema).min(1),
  regions: z.array(regionEntrySchema).min(1),
  referrals: z.array(referralSchema).min(1),
});
export type Bank = z.infer<typeof bankSchema>;
export type BankInput = z.input<typeof bankSchema>;
