import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export type PrintChoice = 'sheet' | 'card';

type PrintOptionsProps = {
  includeAnswers: boolean;
  onIncludeAnswersChange: (include: boolean) => void;
  onPrint: (choice: PrintChoice) => void;
};

export const PrintOptions = ({
  includeAnswers,
  onIncludeAnswersChange,
  onPrint,
}: PrintOptionsProps) => {
  const { t } = useTranslation('flow');
  const id = useId();
  return (
    <section
      className="print-options no-print"
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`} className="heading-m">
        {t('print.heading')}
      </h2>
      <p className="inset">{t('print.warning')}</p>
      <div className="checkboxes__item">
        <input
          className="checkboxes__input"
          type="checkbox"
          id={id}
          checked={includeAnswers}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onIncludeAnswersChange(event.target.checked)}
        />
        <label className="checkboxes__label" htmlFor={id}>
          {t('print.include')}
        </label>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('print.includeHint')}
      </p>
      <button type="button" className="button" onClick={() => onPrint('sheet')}>
        {t('print.button')}
      </button>
      <p id={`${id}-card-hint`} className="hint print-options__card-hint">
        {t('print.cardHint')}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby={`${id}-card-hint`}
        onClick={() => onPrint('card')}
      >
        {t('print.cardButton')}
      </button>
    </section>
  );
};
