import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';

export type RadioOption = {
  id: string;
  value: string;
  label: ReactNode;
  input: InputHTMLAttributes<HTMLInputElement> & {
    ref?: Ref<HTMLInputElement>;
  };
};

type RadioFieldsetProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  inline?: boolean;
  options: readonly RadioOption[];
};

/** A GOV.UK radios group: one fieldset and legend, hint and inline error wired with aria-describedby. */
export const RadioFieldset = ({
  id,
  legend,
  hint,
  error,
  inline = false,
  options,
}: RadioFieldsetProps) => {
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
        <div className={inline ? 'radios radios--inline' : 'radios'}>
          {options.map((option) => (
            <div className="radios__item" key={option.value}>
              <input
                className="radios__input"
                type="radio"
                id={option.id}
                value={option.value}
                {...option.input}
              />
              <label className="radios__label" htmlFor={option.id}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
};
