export const perspectives = ['parent', 'professional', 'other'] as const;
export type Perspective = (typeof perspectives)[number];

/** The i18next context for bank text: parent wording, or the neutral base key. */
export const bankContext = (
  perspective: Perspective | undefined,
): string | undefined => (perspective === 'parent' ? 'parent' : undefined);
