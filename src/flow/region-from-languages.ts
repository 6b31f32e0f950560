import type { Bank, Region } from '../bank/schema';

const regionSubtag = (tag: string): string | undefined => {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
};

/** The first bank region whose locale regions match one of the browser's languages, else the bank's default. */
export const regionFromLanguages = (
  bank: Bank,
  languages: readonly string[],
): Region => {
  for (const tag of languages) {
    const subtag = regionSubtag(tag);
    const match = bank.regions.find(
      ({ localeRegions }) => subtag && localeRegions.includes(subtag),
    );
    if (match) return match.id;
  }
  return bank.defaultRegion;
};
