// Browsers report Filipino as fil; the app's Tagalog locale serves it.
const aliases: Readonly<Record<string, string>> = { fil: 'tl' };

const maxTagLength = 35;

const baseLanguage = (tag: string): string | undefined => {
  if (tag.length > maxTagLength) return undefined;
  try {
    return new Intl.Locale(tag).language;
  } catch {
    return undefined;
  }
};

/** The first available language that one of the tags names, exactly or by its base language (es-MX → es, zh-Hans-CN → zh); malformed tags are skipped. */
export const matchLanguage = (
  tags: readonly string[],
  available: readonly string[],
): string | undefined => {
  for (const tag of tags) {
    const exact = available.find(
      (lng) => lng.toLowerCase() === tag.trim().toLowerCase(),
    );
    if (exact) return exact;
    const base = baseLanguage(tag.trim());
    if (!base) continue;
    const wanted = aliases[base] ?? base;
    const match = available.find((lng) => lng === wanted);
    if (match) return match;
  }
  return undefined;
};
