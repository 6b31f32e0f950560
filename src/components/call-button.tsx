import { useTranslation } from 'react-i18next';
import type { Phone } from '../bank/schema';

type CallButtonProps = {
  phone: Phone;
  /** Who answers, shown under the number when the number alone does not say. */
  name?: string;
  variant?: 'primary' | 'secondary';
};

/** A `tel:` link that looks like a large button: at least 48 px tall, full width on a phone. */
export const CallButton = ({
  phone,
  name,
  variant = 'primary',
}: CallButtonProps) => {
  const { t } = useTranslation('flow');
  return (
    <a
      className={`call-button call-button--${variant}`}
      href={`tel:${phone.tel}`}
    >
      <span className="call-button__number">
        {t('call.number', { number: phone.display })}
      </span>
      {name && <span className="call-button__name">{name}</span>}
    </a>
  );
};
