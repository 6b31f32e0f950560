import {
  createContext,
  useContext,
  useEffect,
  useRef,
  type ReactNode,
} from 'react';

/** What takes focus when a screen mounts or a hidden step shows: nothing (the first load, or a step kept hidden), its heading, or an element by id (a question after a Change). */
export type FocusTarget =
  { kind: 'none' } | { kind: 'heading' } | { kind: 'element'; id: string };

export const FocusTargetContext = createContext<FocusTarget>({ kind: 'none' });

type PageHeadingProps = {
  id?: string;
  level?: 1 | 2;
  className?: string;
  children: ReactNode;
};

/** A screen's heading; it takes focus when its screen mounts or shows after a navigation, so screen readers start there. */
export const PageHeading = ({
  id,
  level = 1,
  className = 'heading-l',
  children,
}: PageHeadingProps) => {
  const focus = useContext(FocusTargetContext);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus.kind === 'heading') {
      // A new screen starts at the top, as a new page would: "Step N of M" above the heading shows below the sticky header.
      document.documentElement.scrollTop = 0;
      ref.current?.focus();
    }
    if (focus.kind === 'element') document.getElementById(focus.id)?.focus();
  }, [focus]);
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <Heading id={id} ref={ref} className={className} tabIndex={-1}>
      {children}
    </Heading>
  );
};
