import { useCallback, useDeferredValue } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { Perspective } from '../bank/schema';
import type { AnswerForm } from '../components/answer-form';
import type { FieldError } from '../components/error-summary';
import {
  FocusTargetContext,
  type FocusTarget,
} from '../components/page-heading';
import type { Step } from '../scoring/steps-of';
import { QuestionStep } from '../screens/question-step/question-step';

const noFocus: FocusTarget = { kind: 'none' };
const noErrors: readonly FieldError[] = [];

type StepShared = {
  stepCount: number;
  perspective: Perspective | undefined;
  register: UseFormRegister<AnswerForm>;
  onContinue: (index: number) => void;
  onBack: () => void;
};

type StepSlotProps = StepShared & {
  step: Step;
  index: number;
  shown: boolean;
  focus: FocusTarget;
  errors: readonly FieldError[];
  attempt: number;
};

// Showing or hiding a step changes only this wrapper and its heading's focus target; the memoised step under it renders nothing again.
const StepSlot = ({
  step,
  index,
  shown,
  focus,
  onContinue,
  ...shared
}: StepSlotProps) => {
  const continueHere = useCallback(
    () => onContinue(index),
    [onContinue, index],
  );
  return (
    <div hidden={!shown}>
      <FocusTargetContext value={shown ? focus : noFocus}>
        <QuestionStep
          {...shared}
          topicId={step.topicId}
          questions={step.questions}
          stepNumber={index + 1}
          onContinue={continueHere}
        />
      </FocusTargetContext>
    </div>
  );
};

type QuestionStepsProps = StepShared & {
  steps: readonly Step[];
  /** The step the user is at (on screen, or under the emergency panel), or null on any other screen. */
  at: number | null;
  /** Whether the step at `at` is on screen. */
  showing: boolean;
  /** A step to mount hidden in the background when the user is at none (the first, on the start page). */
  ahead?: number | null;
  focus: FocusTarget;
  errors: readonly FieldError[];
  attempt: number;
};

/**
 * The question steps, with the ones next to the user's step mounted ahead
 * and hidden, so that Continue and Back only show one and hide another.
 */
export const QuestionSteps = ({
  steps,
  at,
  showing,
  ahead = null,
  focus,
  errors,
  attempt,
  ...shared
}: QuestionStepsProps) => {
  // Mounting and unmounting steps is most of a page change's work on a slow phone. The neighbours follow a deferred index, so they mount, and the steps left behind unmount, in a background render after the new page shows; the first render mounts only the step shown.
  // Before the steps (on the start page) only the step ahead is built, not its neighbours.
  const near = useDeferredValue<number | null>(at ?? ahead, null);
  const reach = useDeferredValue(at === null ? 0 : 1, 0);
  const shown = showing ? at : null;
  return steps.map((step, index) =>
    index === at || (near !== null && Math.abs(index - near) <= reach) ? (
      <StepSlot
        {...shared}
        key={step.topicId}
        step={step}
        index={index}
        shown={index === shown}
        focus={focus}
        errors={index === shown && errors.length > 0 ? errors : noErrors}
        attempt={index === shown && errors.length > 0 ? attempt : 0}
      />
    ) : null,
  );
};
