import { z } from 'zod';

const isLanguageTag = (tag: string): boolean => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

/** locales/<lng>/meta.json: how a language names itself, its html lang and direction, and whether a fluent speaker has reviewed it. */
export const languageMetaSchema = z.strictObject({
  nativeName: z.string().min(1),
  englishName: z.string().min(1),
  htmlLang: z.string().refine(isLanguageTag, 'must be a BCP 47 language tag'),
  dir: z.enum(['ltr', 'rtl']),
  reviewed: z.boolean(),
  reviewStatusOn: z.iso.date(),
});

export type LanguageMeta = z.infer<typeof languageMetaSchema>;
