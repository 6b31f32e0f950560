import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { answerValues, type AnswerValue } from '../bank/schema';

type RadioQuestionProps = {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  field: UseFormRegisterReturn;
};

/** The first radio carries the question id so that error links can focus it. */
export const radioId = (questionId: string, value: AnswerValue): string =>
  value === 'yes' ? questionId : `${questionId}-${value}`;

export const RadioQuestion = ({
  id,
  legend,
  hint,
  error,
  field,
}: RadioQuestionProps) => {
  const { t } = useTranslation('flow');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint && hintId, error && errorId]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="fieldset__legend">{legend}</legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{t('errors.inlinePrefix')}</span>{' '}
            {error}
          </p>
        )}
        <div className="radios radios--inline">
          {answerValues.map((value) => (
            <div className="radios__item" key={value}>
              <input
                className="radios__input"
                type="radio"
                id={radioId(id, value)}
                value={value}
                {...field}
              />
              <label className="radios__label" htmlFor={radioId(id, value)}>
                {t(`answers.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
};
