// The bank's fixed vocabularies, without zod, so run-time code can use them without shipping the schema.

export const answerValues = ['yes', 'no', 'unsure'] as const;

/** The level names; their order lives once, in scoring/level-order.ts. */
export const levels = ['none', 'some', 'high', 'urgent'] as const;

export const tiers = [
  'urgent',
  'disclosure',
  'sign',
  'concern',
  'context',
  'strength',
] as const;

/** The indicators of DESIGN.md section 3 (bank 2.0), by tier. */
export const indicatorsByTier = {
  urgent: ['missing-now', 'in-danger-now', 'sextortion-now'],
  disclosure: ['told-exploited', 'someone-paid'],
  sign: [
    'older-partner',
    'controlling-partner',
    'isolation',
    'gifts',
    'phones',
    'fake-ids',
    'too-good-offer',
    'online-stranger',
    'online-meeting',
    'adult-asked-images',
    'sti',
    'injuries',
  ],
  concern: [
    'school-absences',
    'runaway',
    'hunger',
    'clothing',
    'withdrawal',
    'substances',
    'gang',
    'peer-images',
  ],
  context: [
    'prior-sexual-abuse',
    'prior-abuse-neglect',
    'care-system',
    'housing',
  ],
  strength: ['trusted-adult', 'open-talk', 'activities', 'stable-home'],
} as const satisfies Record<(typeof tiers)[number], readonly string[]>;

export const regions = ['us', 'ca', 'gb', 'au', 'ie', 'nz', 'mx'] as const;

/** Who fills the check in; wording and some guidance depend on it. */
export const perspectives = ['parent', 'professional', 'other'] as const;

// Marked pure so the browser bundle, which never reads it, drops it and the list it is built from.
export const indicators =
  /* @__PURE__ */ Object.values(indicatorsByTier).flat();
