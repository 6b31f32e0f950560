import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type FieldError = { id: string; message: ReactNode };

type ErrorSummaryProps = { errors: readonly FieldError[] };

export const ErrorSummary = ({ errors }: ErrorSummaryProps) => {
  const { t } = useTranslation('flow');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const summary = ref.current;
    // Scroll the top in, below the sticky Exit header, so the heading shows even when zoomed in; jsdom has no scrollIntoView.
    summary?.focus({ preventScroll: true });
    summary?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errors.summary')}
      </h2>
      <ul className="error-summary__list">
        {errors.map(({ id, message }) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(id)?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
};
