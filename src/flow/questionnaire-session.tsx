import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Bank, Region } from '../bank/schema';
import type { AnswerForm } from '../components/answer-form';
import { stepsOf } from '../scoring/steps-of';
import { callsForEmergency } from '../scoring/calls';
import { missingAnswers, toAnswers } from './to-answers';
import { useRequiredMessage } from './use-required-message';
import { CheckAnswers } from '../screens/check-answers/check-answers';
import { EmergencyPanel } from '../screens/emergency/emergency-panel';
import type { FieldError } from '../components/error-summary';
import { FocusTargetContext } from '../components/page-heading';
import type { FlowEvent, Screen } from './flow-reducer';
import { QuestionSteps } from './question-steps';
import { useFlow } from './use-flow';
import type { Perspective } from '../bank/schema';
import { ResultsPage } from '../screens/results/results-page';
import { setDocumentTitle } from './set-document-title';
import { StartChoices } from '../screens/start/start-choices';

type QuestionnaireSessionProps = {
  bank: Bank;
  intro?: ReactNode;
  initialRegion: Region;
  initialPerspective: Perspective | undefined;
  focusOnMount: boolean;
  onAnnounce: (message: string) => void;
  onStartOver: () => void;
};

/** Memoised, so that the page name announced after each navigation renders none of it again. */
export const QuestionnaireSession = memo(function QuestionnaireSession({
  bank,
  intro,
  initialRegion,
  initialPerspective,
  focusOnMount,
  onAnnounce,
  onStartOver,
}: QuestionnaireSessionProps) {
  const { t } = useTranslation('flow');
  const { register, getValues } = useForm<AnswerForm>({
    defaultValues: {},
  });
  const [perspective, setPerspective] = useState(initialPerspective);
  const [region, setRegion] = useState(initialRegion);
  const [missingIds, setMissingIds] = useState<string[]>([]);
  const requiredMessageFor = useRequiredMessage(perspective);
  const errors: FieldError[] = missingIds.map((id) => ({
    id,
    message: requiredMessageFor(id),
  }));
  const [startError, setStartError] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const steps = useMemo(() => stepsOf(bank), [bank]);
  // Read when a screen shows, not watched: answers change only on a step, and leaving it renders again, so a radio click renders nothing here.
  const answers = () => toAnswers(getValues());
  const pageNameOf = (screen: Screen) => {
    switch (screen.kind) {
      case 'start':
        return t('title.start');
      case 'step':
        return t('title.step', {
          current: screen.index + 1,
          total: steps.length,
        });
      case 'emergency':
        return t('title.emergency');
      case 'check':
        return t('title.check');
      case 'results':
        return t('title.results');
    }
  };
  const [flow, dispatch] = useFlow(steps.length, focusOnMount, (screen) =>
    onAnnounce(pageNameOf(screen)),
  );
  const { screen } = flow;
  const pageName = pageNameOf(screen);
  const hasError =
    (screen.kind === 'step' && errors.length > 0) ||
    (screen.kind === 'start' && startError);

  useEffect(() => {
    setDocumentTitle(
      hasError
        ? t('title.error', { page: pageName })
        : t('title.page', { page: pageName }),
    );
  }, [hasError, pageName, t]);

  const navigate = useCallback(
    (event: FlowEvent) => {
      setMissingIds([]);
      setStartError(false);
      dispatch(event);
    },
    [dispatch],
  );
  const back = useCallback(() => navigate({ type: 'back' }), [navigate]);

  const continueFrom = useCallback(
    (index: number) => {
      const step = steps[index];
      if (!step) return;
      const formValues = getValues();
      const missing = missingAnswers(step.questions, formValues);
      if (missing.length > 0) {
        setMissingIds(missing);
        setAttempt((count) => count + 1);
        return;
      }
      const stepAnswers = toAnswers(formValues, step.questions);
      navigate({
        type: 'continue',
        urgent: callsForEmergency(bank, stepAnswers, region),
      });
    },
    [steps, getValues, navigate, bank, region],
  );

  // What every screen after the steps is given: the answers so far, and the region with a way to change it.
  const answered = () => ({
    bank,
    answers: answers(),
    region,
    onRegionChange: setRegion,
  });
  const chosen = {
    perspective: perspective ?? 'other',
    onPerspectiveChange: setPerspective,
  };

  const renderScreen = () => {
    switch (screen.kind) {
      case 'start':
        return (
          <StartChoices
            bank={bank}
            intro={intro}
            perspective={perspective}
            region={region}
            onError={setStartError}
            onChoosePerspective={(chosen) => {
              // In the background: the first step, built ahead and hidden, takes the chosen wording before Start.
              startTransition(() => setPerspective(chosen));
            }}
            onStart={(chosenPerspective, chosenRegion) => {
              setPerspective(chosenPerspective);
              setRegion(chosenRegion);
              navigate({ type: 'start' });
            }}
          />
        );
      case 'step':
        return null;
      case 'emergency':
        return (
          <EmergencyPanel
            {...answered()}
            perspective={perspective}
            onContinue={() => navigate({ type: 'continue', urgent: false })}
            onBack={back}
          />
        );
      case 'check':
        return (
          <CheckAnswers
            {...answered()}
            {...chosen}
            onChange={(questionId) =>
              navigate({
                type: 'change',
                questionId,
                stepIndex: steps.findIndex(({ questions }) =>
                  questions.some(({ id }) => id === questionId),
                ),
              })
            }
            onSubmit={() => navigate({ type: 'submit' })}
            onBack={back}
          />
        );
      case 'results':
        return (
          <ResultsPage
            {...answered()}
            {...chosen}
            onChangeAnswers={() => navigate({ type: 'review' })}
            onStartOver={onStartOver}
          />
        );
    }
  };

  // The emergency panel shows in place of the steps, which stay mounted under it for Back and Continue.
  const stepAt =
    screen.kind === 'step'
      ? screen.index
      : screen.kind === 'emergency'
        ? screen.from
        : null;

  return (
    <FocusTargetContext value={flow.focus}>
      <div className="questionnaire">
        <QuestionSteps
          steps={steps}
          at={stepAt}
          showing={screen.kind === 'step'}
          ahead={screen.kind === 'start' ? 0 : null}
          focus={flow.focus}
          stepCount={steps.length}
          perspective={perspective}
          register={register}
          errors={errors}
          attempt={attempt}
          onContinue={continueFrom}
          onBack={back}
        />
        {renderScreen()}
      </div>
    </FocusTargetContext>
  );
});
