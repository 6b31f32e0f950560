import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTripleShift } from './use-triple-shift';

export const exitButtonId = 'exit-this-page';

type ExitThisPageProps = {
  exitUrl: string;
  onExit: () => void;
};

// A link styled as a button, as GOV.UK's is: before the script loads it still leaves, by plain navigation.
export const ExitThisPage = ({ exitUrl, onExit }: ExitThisPageProps) => {
  const { t } = useTranslation('ui');
  const pressesLeft = useTripleShift(onExit);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onExit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    onExit();
  };
  return (
    <div className="exit-this-page">
      <a
        href={exitUrl}
        role="button"
        rel="nofollow noreferrer"
        id={exitButtonId}
        className="button exit-this-page__button"
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        {t('exit.button')}
      </a>
      <p className="visually-hidden" aria-live="polite">
        {pressesLeft > 0 ? t('exit.pressesLeft', { count: pressesLeft }) : ''}
      </p>
    </div>
  );
};
