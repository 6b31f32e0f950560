import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type PrintOptionsProps = {
  includeAnswers: boolean;
  onIncludeAnswersChange: (include: boolean) => void;
};

export const PrintOptions = ({
  includeAnswers,
  onIncludeAnswersChange,
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
      <button type="button" className="button" onClick={() => window.print()}>
        {t('print.button')}
      </button>
    </section>
  );
};
