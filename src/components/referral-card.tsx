import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../bank/schema';
import { dateLocale, formatIsoDate } from './format-date';
import type { Perspective } from '../i18n/perspective';
import { useBankText } from '../i18n/use-bank-text';

type ReferralCardProps = {
  referral: Referral;
  perspective: Perspective | undefined;
};

export const smsHref = ({ number, body }: NonNullable<Referral['sms']>) =>
  body
    ? `sms:${number.tel}?body=${encodeURIComponent(body)}`
    : `sms:${number.tel}`;

export type ContactLine = { href: string; text: string };

/** How to reach a referral, in order: call, text, web address, email. */
export const contactLines = (
  { phone, sms, web, email }: Referral,
  t: TFunction<'flow'>,
): ContactLine[] => [
  ...(phone
    ? [
        {
          href: `tel:${phone.tel}`,
          text: t('referral.call', { number: phone.display }),
        },
      ]
    : []),
  ...(sms
    ? [
        {
          href: smsHref(sms),
          text: sms.body
            ? t('referral.textBody', {
                body: sms.body,
                number: sms.number.display,
              })
            : t('referral.text', { number: sms.number.display }),
        },
      ]
    : []),
  ...(web ? [{ href: web, text: web.replace(/^https:\/\//, '') }] : []),
  ...(email
    ? [{ href: `mailto:${email}`, text: t('referral.email', { email }) }]
    : []),
];

/** One contact: what it is for, its links, hours, languages and when it was checked. The phone-safety reminder comes once, above the list of cards. */
export const ReferralCard = ({ referral, perspective }: ReferralCardProps) => {
  const { t, i18n } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const key = `referrals.${referral.id}`;
  const name = bankText.text(`${key}.name`);
  return (
    <article className="referral" aria-label={name}>
      <h3 className="heading-s">{name}</h3>
      <p>{bankText.text(`${key}.for`)}</p>
      <ul className="referral__contacts">
        {contactLines(referral, t).map(({ href, text }) => (
          <li key={href}>
            <a className="contact-link" href={href}>
              {text}
            </a>
          </li>
        ))}
      </ul>
      <dl className="referral__facts">
        <div>
          <dt>{t('referral.hours')}</dt>
          <dd>{bankText.text(`${key}.hours`)}</dd>
        </div>
        <div>
          <dt>{t('referral.languages')}</dt>
          <dd>{bankText.text(`${key}.languages`)}</dd>
        </div>
      </dl>
      <p className="hint">
        {t('referral.verified', {
          date: formatIsoDate(
            referral.verifiedOn,
            dateLocale(i18n.language, referral.region),
          ),
        })}
      </p>
    </article>
  );
};
