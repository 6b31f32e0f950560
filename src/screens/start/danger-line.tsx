import { useTranslation } from 'react-i18next';
import type { Phone } from '../../bank/schema';

type DangerLineProps = {
  /** Unknown before the app runs: the region comes from the link or the browser language. */
  phone: Phone | undefined;
};

export const DangerLine = ({ phone }: DangerLineProps) => {
  const { t } = useTranslation('flow');
  const text = phone
    ? t('start.danger.call', { number: phone.display })
    : t('start.danger.local');
  // The translation marks the call's words with <call></call>; split here rather than ship react-i18next's Trans parser.
  const [before = '', call = '', after = ''] = text.split(/<\/?call>/);
  return (
    <p className="danger-line">
      {before}
      {phone ? (
        <a className="danger-line__call" href={`tel:${phone.tel}`}>
          {call}
        </a>
      ) : (
        <span className="danger-line__call">{call}</span>
      )}
      {after}
    </p>
  );
};
