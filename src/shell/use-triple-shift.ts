import { useEffect, useRef, useState } from 'react';

export const shiftPressesToExit = 3;
// GOV.UK's Exit this page allows about five seconds between presses.
export const shiftPressWindowMs = 5000;

const isPlainShift = (event: KeyboardEvent): boolean =>
  event.key === 'Shift' &&
  !event.repeat &&
  !event.ctrlKey &&
  !event.altKey &&
  !event.metaKey;

/** Calls onTrigger after three plain Shift presses; returns the presses still needed, or 0 when idle. */
export const useTripleShift = (onTrigger: () => void): number => {
  const [count, setCount] = useState(0);
  const countRef = useRef(0);
  const onTriggerRef = useRef(onTrigger);

  useEffect(() => {
    onTriggerRef.current = onTrigger;
  }, [onTrigger]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (next: number) => {
      countRef.current = next;
      setCount(next);
    };
    const reset = () => {
      clearTimeout(timer);
      if (countRef.current !== 0) update(0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Shift' && event.repeat) return;
      if (!isPlainShift(event)) {
        reset();
        return;
      }
      clearTimeout(timer);
      const next = countRef.current + 1;
      if (next >= shiftPressesToExit) {
        update(0);
        onTriggerRef.current();
        return;
      }
      update(next);
      timer = setTimeout(reset, shiftPressWindowMs);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, []);

  return count === 0 ? 0 : shiftPressesToExit - count;
};
