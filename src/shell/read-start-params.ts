import type { Region } from '../bank/schema';
import { matchLanguage } from '../i18n/match-language';
import type { Perspective } from '../bank/schema';
import { perspectives } from '../bank/vocabulary';

export type StartParams = {
  lang?: string;
  region?: Region;
  perspective?: Perspective;
};

export type AllowedStartValues = {
  languages: readonly string[];
  regions: readonly Region[];
};

const maxLength = 16;

const pick = <T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined => {
  const raw = params.get(name);
  if (raw === null || raw.length > maxLength) return undefined;
  const value = raw.trim().toLowerCase();
  return allowed.find((candidate) => candidate.toLowerCase() === value);
};

/** Reads `?lang=` (es-MX picks es), `?region=` and `?perspective=` once at start; anything outside the allowed sets is dropped. */
export const readStartParams = (
  search: string,
  allowed: AllowedStartValues,
): StartParams => {
  const params = new URLSearchParams(search);
  const rawLang = params.get('lang');
  const lang =
    rawLang === null || rawLang.length > maxLength
      ? undefined
      : matchLanguage([rawLang], allowed.languages);
  const region = pick(params, 'region', allowed.regions);
  const perspective = pick(params, 'perspective', perspectives);
  return {
    ...(lang && { lang }),
    ...(region && { region }),
    ...(perspective && { perspective }),
  };
};
