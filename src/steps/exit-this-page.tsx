import { useTranslation } from 'react-i18next';
import { useTripleShift } from './use-triple-shift';

export const exitButtonId = 'exit-this-page';

type ExitThisPageProps = {
  onExit: () => void;
};

export const ExitThisPage = ({ onExit }: ExitThisPageProps) => {
  const { t } = useTranslation('ui');
  const pressesLeft = useTripleShift(onExit);
  return (
    <div className="exit-this-page">
      <button
        type="button"
        id={exitButtonId}
        className="exit-this-page__button"
        onClick={onExit}
      >
        {t('exit.button')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {pressesLeft > 0 ? t('exit.pressesLeft', { count: pressesLeft }) : ''}
      </p>
    </div>
  );
};
