import { useId, type ReactNode } from 'react';

type CollapsibleSectionProps = { title: string; children: ReactNode };

/** A landmark region that stays closed until opened: a native details element, so it works by keyboard and screen reader. */
export const CollapsibleSection = ({
  title,
  children,
}: CollapsibleSectionProps) => {
  const id = useId();
  return (
    <section className="collapsible" aria-labelledby={id}>
      <details className="collapsible__details">
        <summary className="collapsible__summary">
          <span id={id}>{title}</span>
        </summary>
        <div className="collapsible__content">{children}</div>
      </details>
    </section>
  );
};
