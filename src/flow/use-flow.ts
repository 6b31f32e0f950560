import { useEffect, useEffectEvent, useReducer } from 'react';
import { flowReducer, initialFlowState, type Screen } from './flow-reducer';

/** The flow reducer under a hook: after each navigation, once the screen's heading has focused itself, `announce` names the page. */
export const useFlow = (
  stepCount: number,
  focusOnMount: boolean,
  announce: (screen: Screen) => void,
) => {
  const [flow, dispatch] = useReducer(
    flowReducer,
    initialFlowState(stepCount, focusOnMount),
  );
  const announcePage = useEffectEvent(announce);
  useEffect(() => {
    if (flow.focus.kind !== 'none') announcePage(flow.screen);
  }, [flow]);
  return [flow, dispatch] as const;
};
