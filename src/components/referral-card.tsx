import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../bank/schema';
import { dateLocale, formatIsoDate } from './format-date';
import type { Perspective } from '../bank/schema';
import { useBankText } from '../i18n/use-bank-text';

type ReferralCardProps = {
  referral: Referral;
  perspective: Perspective | undefined;
};

export const smsHref = ({ number, body }: NonNullable<Referral['sms']>) =>
  body
    ? `sms:${number.tel}?body=${encodeURIComponent(body)}`
    : `sms:${number.tel}`;

/** A way to reach a referral; without `href` it is shown as text (a WhatsApp number has no link that works in every region). */
export type ContactLine = { href?: string; text: string };

/** How to reach a referral, in order: call, text, web address, email. */
export const contactLines = (
  { phone, sms, web, email, whatsapp }: Referral,
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
  ...(whatsapp && phone
    ? [{ text: t('referral.whatsapp', { number: phone.display }) }]
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
  const { states = [] } = referral;
  return (
    <article className="referral" aria-label={name}>
      <h3 className="heading-s">{name}</h3>
      <p>{bankText.text(`${key}.for`)}</p>
      <ul className="referral__contacts">
        {contactLines(referral, t).map(({ href, text }) => (
          <li key={text}>
            {href ? (
              <a className="contact-link" href={href}>
                {text}
              </a>
            ) : (
              <span className="contact-text">{text}</span>
            )}
          </li>
        ))}
      </ul>
      {states.length > 0 && (
        <dl className="referral__facts">
          {states.map((field) => (
            <div key={field}>
              <dt>{t(`referral.${field}`)}</dt>
              <dd>{bankText.text(`${key}.${field}`)}</dd>
            </div>
          ))}
        </dl>
      )}
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
