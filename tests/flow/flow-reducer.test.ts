import { describe, expect, test } from 'vitest';
import {
  flowReducer,
  initialFlowState,
  type FlowEvent,
  type FlowState,
  type Screen,
} from '../../src/flow/flow-reducer';

const stepCount = 3;
const at = (
  screen: Screen,
  more: Partial<Omit<FlowState, 'screen'>> = {},
): FlowState => ({
  stepCount,
  screen,
  returnToCheck: false,
  focus: { kind: 'heading' },
  ...more,
});
const start: Screen = { kind: 'start' };
const step = (index: number): Screen => ({ kind: 'step', index });
const check: Screen = { kind: 'check' };
const results: Screen = { kind: 'results' };
const emergency = (from: number, next: Screen): Screen => ({
  kind: 'emergency',
  from,
  next,
});
const returning = { returnToCheck: true };
const onQuestion = (id: string) => ({
  focus: { kind: 'element', id } as const,
});

describe('flowReducer', () => {
  test.each<{
    what: string;
    from: FlowState;
    event: FlowEvent;
    to: FlowState;
  }>([
    {
      what: 'Start goes to the first step and focuses its heading',
      from: initialFlowState(stepCount, false),
      event: { type: 'start' },
      to: at(step(0)),
    },
    {
      what: 'Continue goes to the next step',
      from: at(step(0)),
      event: { type: 'continue', urgent: false },
      to: at(step(1)),
    },
    {
      what: 'Continue on the last step goes to Check your answers',
      from: at(step(2)),
      event: { type: 'continue', urgent: false },
      to: at(check),
    },
    {
      what: 'an urgent answer shows the emergency panel before the next step',
      from: at(step(0)),
      event: { type: 'continue', urgent: true },
      to: at(emergency(0, step(1))),
    },
    {
      what: 'an urgent answer on the last step shows the panel before Check your answers',
      from: at(step(2)),
      event: { type: 'continue', urgent: true },
      to: at(emergency(2, check)),
    },
    {
      what: 'going on from the emergency panel reaches the step after it',
      from: at(emergency(0, step(1))),
      event: { type: 'continue', urgent: false },
      to: at(step(1)),
    },
    {
      what: 'going on from the emergency panel after a Change returns to Check your answers',
      from: at(emergency(0, check), returning),
      event: { type: 'continue', urgent: false },
      to: at(check),
    },
    {
      what: 'Back on the emergency panel returns to the step that raised it',
      from: at(emergency(1, step(2))),
      event: { type: 'back' },
      to: at(step(1)),
    },
    {
      what: 'Back on a step goes to the step before',
      from: at(step(2)),
      event: { type: 'back' },
      to: at(step(1)),
    },
    {
      what: 'Back on the first step goes to the start page',
      from: at(step(0)),
      event: { type: 'back' },
      to: at(start),
    },
    {
      what: 'Back on Check your answers goes to the last step',
      from: at(check),
      event: { type: 'back' },
      to: at(step(2)),
    },
    {
      what: 'Change on Check your answers opens that step and focuses the question',
      from: at(check),
      event: { type: 'change', stepIndex: 1, questionId: 'gifts' },
      to: at(step(1), { ...returning, ...onQuestion('gifts') }),
    },
    {
      what: 'Continue after a Change returns to Check your answers',
      from: at(step(1), { ...returning, ...onQuestion('gifts') }),
      event: { type: 'continue', urgent: false },
      to: at(check),
    },
    {
      what: 'Back after a Change returns to Check your answers',
      from: at(step(1), returning),
      event: { type: 'back' },
      to: at(check),
    },
    {
      what: 'an urgent answer after a Change still shows the panel first',
      from: at(step(0), returning),
      event: { type: 'continue', urgent: true },
      to: at(emergency(0, check), returning),
    },
    {
      what: 'Submit on Check your answers shows the results',
      from: at(check),
      event: { type: 'submit' },
      to: at(results),
    },
    {
      what: 'Change answers on the results returns to Check your answers',
      from: at(results),
      event: { type: 'review' },
      to: at(check),
    },
    {
      what: 'Start pressed twice does not skip a step',
      from: at(step(0)),
      event: { type: 'start' },
      to: at(step(0)),
    },
    {
      what: 'Submit anywhere but Check your answers changes nothing',
      from: at(step(1)),
      event: { type: 'submit' },
      to: at(step(1)),
    },
    {
      what: 'Back on the results changes nothing',
      from: at(results),
      event: { type: 'back' },
      to: at(results),
    },
  ])('$what', ({ from, event, to }) => {
    expect(flowReducer(from, event)).toEqual(to);
  });

  test.each([
    { focusOnMount: false, focus: { kind: 'none' } },
    { focusOnMount: true, focus: { kind: 'heading' } },
  ])(
    'a new session focuses its heading only after Start over (focusOnMount $focusOnMount)',
    ({ focusOnMount, focus }) => {
      expect(initialFlowState(stepCount, focusOnMount)).toEqual({
        stepCount,
        screen: start,
        returnToCheck: false,
        focus,
      });
    },
  );
});
