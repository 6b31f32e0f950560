import type { FocusTarget } from '../components/page-heading';

/** Where the user is in the questionnaire. */
export type Screen =
  | { kind: 'start' }
  | { kind: 'step'; index: number }
  | { kind: 'emergency'; from: number; next: Screen }
  | { kind: 'check' }
  | { kind: 'results' };

export type FlowState = {
  stepCount: number;
  screen: Screen;
  /** Set by a Change on Check your answers: Continue and Back then return there. */
  returnToCheck: boolean;
  focus: FocusTarget;
};

export type FlowEvent =
  | { type: 'start' }
  | { type: 'continue'; urgent: boolean }
  | { type: 'back' }
  | { type: 'change'; stepIndex: number; questionId: string }
  | { type: 'submit' }
  | { type: 'review' };

export const initialFlowState = (
  stepCount: number,
  focusOnMount: boolean,
): FlowState => ({
  stepCount,
  screen: { kind: 'start' },
  returnToCheck: false,
  focus: { kind: focusOnMount ? 'heading' : 'none' },
});

const heading: FocusTarget = { kind: 'heading' };

const check = (state: FlowState): FlowState => ({
  stepCount: state.stepCount,
  screen: { kind: 'check' },
  returnToCheck: false,
  focus: heading,
});

const show = (state: FlowState, screen: Screen): FlowState => ({
  ...state,
  screen,
  focus: heading,
});

const stepAfter = (state: FlowState, index: number) =>
  state.returnToCheck || index + 1 >= state.stepCount
    ? check(state)
    : show(state, { kind: 'step', index: index + 1 });

const back = (state: FlowState): FlowState => {
  const { screen } = state;
  switch (screen.kind) {
    case 'step':
      if (state.returnToCheck) return check(state);
      return screen.index === 0
        ? show(state, { kind: 'start' })
        : show(state, { kind: 'step', index: screen.index - 1 });
    case 'emergency':
      return show(state, { kind: 'step', index: screen.from });
    default:
      return state;
  }
};

/** The questionnaire's navigation: state and event in, state out. Events that do not apply to the current screen change nothing. */
export const flowReducer = (state: FlowState, event: FlowEvent): FlowState => {
  const { screen } = state;
  switch (event.type) {
    case 'start':
      return screen.kind === 'start'
        ? show(state, { kind: 'step', index: 0 })
        : state;
    case 'continue': {
      if (screen.kind === 'emergency') {
        return screen.next.kind === 'check'
          ? check(state)
          : show(state, screen.next);
      }
      if (screen.kind !== 'step') return state;
      const next = stepAfter(state, screen.index);
      return event.urgent
        ? show(state, {
            kind: 'emergency',
            from: screen.index,
            next: next.screen,
          })
        : next;
    }
    case 'back':
      if (screen.kind === 'check') {
        return show(state, { kind: 'step', index: state.stepCount - 1 });
      }
      return back(state);
    case 'change':
      return screen.kind === 'check' || screen.kind === 'results'
        ? {
            stepCount: state.stepCount,
            screen: { kind: 'step', index: event.stepIndex },
            returnToCheck: true,
            focus: { kind: 'element', id: event.questionId },
          }
        : state;
    case 'submit':
      return screen.kind === 'check' ? show(state, { kind: 'results' }) : state;
    case 'review':
      return screen.kind === 'results' ? check(state) : state;
  }
};
