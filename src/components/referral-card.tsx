import { useTranslation } from 'react-i18next';
import type { Referral } from '../bank/schema';
import { leavesMessages } from '../scoring/score';
import { formatIsoDate } from './format-date';
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

export const ReferralCard = ({ referral, perspective }: ReferralCardProps) => {
  const { t, i18n } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const key = `referrals.${referral.id}`;
  const { phone, sms, web, email, states = [] } = referral;
  const name = bankText.text(`${key}.name`);
  return (
    <article className="referral" aria-label={name}>
      <h3 className="heading-s">{name}</h3>
      <p>{bankText.text(`${key}.for`)}</p>
      {/* The hotlines ask first whether the phone is safe, so the reminder comes before the text link. */}
      {leavesMessages(referral) && (
        <p className="inset">{t('referral.smsSafety')}</p>
      )}
      <ul className="referral__contacts">
        {phone && (
          <li>
            <a className="contact-link" href={`tel:${phone.tel}`}>
              {t('referral.call', { number: phone.display })}
            </a>
          </li>
        )}
        {sms && (
          <li>
            <a className="contact-link" href={smsHref(sms)}>
              {sms.body
                ? t('referral.textBody', {
                    body: sms.body,
                    number: sms.number.display,
                  })
                : t('referral.text', { number: sms.number.display })}
            </a>
          </li>
        )}
        {web && (
          <li>
            <a className="contact-link" href={web}>
              {web.replace(/^https:\/\//, '')}
            </a>
          </li>
        )}
        {email && (
          <li>
            <a className="contact-link" href={`mailto:${email}`}>
              {t('referral.email', { email })}
            </a>
          </li>
        )}
      </ul>
      <dl className="referral__facts">
        {states.map((field) => (
          <div key={field}>
            <dt>{t(`referral.${field}`)}</dt>
            <dd>{bankText.text(`${key}.${field}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        {t('referral.verified', {
          date: formatIsoDate(referral.verifiedOn, i18n.language),
        })}
      </p>
    </article>
  );
};
