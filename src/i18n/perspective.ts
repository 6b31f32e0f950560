import type { Perspective } from '../bank/schema';

export { perspectives, type Perspective } from '../bank/schema';

/** The i18next context for bank text: parent wording, or the neutral base key. */
export const bankContext = (
  perspective: Perspective | undefined,
): string | undefined => (perspective === 'parent' ? 'parent' : undefined);
