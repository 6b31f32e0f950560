import { useTranslation } from 'react-i18next';
import type { Referral } from '../../bank/schema';
import { catalogOf } from '../../i18n/i18n';
import { findLanguage, referenceLanguage } from '../../i18n/languages';

type LinesInYourLanguageProps = { referrals: readonly Referral[] };

/** For a reader of another language than English: which of these lines say, in the facts files, that they answer in it or through interpreters. */
export const LinesInYourLanguage = ({
  referrals,
}: LinesInYourLanguageProps) => {
  const { t, i18n } = useTranslation('flow');
  const code = i18n.resolvedLanguage;
  const language = findLanguage(catalogOf(i18n), code);
  if (!code || !language || code === referenceLanguage) return null;
  const names = (lines: readonly Referral[]) =>
    new Intl.ListFormat(language.meta.htmlLang, { type: 'conjunction' }).format(
      lines.map(({ id }) => t(`referrals.${id}.name`, { ns: 'bank' })),
    );
  const direct = referrals.filter(({ speaks }) => speaks?.includes(code));
  const interpreted = referrals.filter(
    (referral) =>
      !direct.includes(referral) &&
      (referral.interpreters === 'many' ||
        (Array.isArray(referral.interpreters) &&
          referral.interpreters.includes(code))),
  );
  const values = { language: language.meta.nativeName };
  return (
    <div className="inset">
      {direct.length > 0 && (
        <p>{t('results.speaks', { ...values, lines: names(direct) })}</p>
      )}
      {interpreted.length > 0 && (
        <p>
          {t('results.interpreters', { ...values, lines: names(interpreted) })}
        </p>
      )}
      {direct.length === 0 && interpreted.length === 0 && (
        <p>{t('results.speaksNone', values)}</p>
      )}
    </div>
  );
};
