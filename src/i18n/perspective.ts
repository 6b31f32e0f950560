/** The i18next context for bank text: parent wording, or the neutral base key. */
export const bankContext = (
  perspective: string | undefined,
): string | undefined => (perspective === 'parent' ? 'parent' : undefined);
