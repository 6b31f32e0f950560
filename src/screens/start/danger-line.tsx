import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import type { Phone } from '../../bank/schema';

type CallProps = { tel?: string; children?: ReactNode };

/** Trans puts the translated words inside; without a number it is plain text in the button's place. */
const Call = ({ tel, children }: CallProps) =>
  tel ? (
    <a className="danger-line__call" href={`tel:${tel}`}>
      {children}
    </a>
  ) : (
    <span className="danger-line__call">{children}</span>
  );

type DangerLineProps = {
  /** Unknown before the app runs: the region comes from the link or the browser language. */
  phone: Phone | undefined;
};

export const DangerLine = ({ phone }: DangerLineProps) => (
  <p className="danger-line">
    {phone ? (
      <Trans
        ns="flow"
        i18nKey="start.danger.call"
        values={{ number: phone.display }}
        components={{ call: <Call tel={phone.tel} /> }}
      />
    ) : (
      <Trans
        ns="flow"
        i18nKey="start.danger.local"
        components={{ call: <Call /> }}
      />
    )}
  </p>
);
