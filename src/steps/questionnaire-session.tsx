import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Bank, Region } from '../bank/schema';
import { score } from '../scoring/score';
import { stepsOf } from '../scoring/steps-of';
import { missingAnswers, toAnswers, type AnswerForm } from './answer-form';
import { CheckAnswers } from './check-answers';
import { EmergencyPanel } from './emergency-panel';
import type { FieldError } from './error-summary';
import type { Perspective } from './perspective';
import { QuestionStep } from './question-step';
import { ResultsPage } from './results-page';
import { setDocumentTitle } from './set-document-title';
import { StartChoices } from './start-choices';
import { useBankText } from './use-bank-text';

type Screen =
  | { kind: 'start' }
  | { kind: 'step'; index: number }
  | { kind: 'emergency'; from: number; next: Screen }
  | { kind: 'check' }
  | { kind: 'results' };

type QuestionnaireSessionProps = {
  bank: Bank;
  intro?: ReactNode;
  initialRegion: Region;
  initialPerspective: Perspective | undefined;
  focusOnMount: boolean;
  onAnnounce: (message: string) => void;
  onStartOver: () => void;
};

export const QuestionnaireSession = ({
  bank,
  intro,
  initialRegion,
  initialPerspective,
  focusOnMount,
  onAnnounce,
  onStartOver,
}: QuestionnaireSessionProps) => {
  const { t } = useTranslation('flow');
  const { register, getValues, control } = useForm<AnswerForm>({
    defaultValues: {},
  });
  const values = useWatch({ control });
  const [screen, setScreen] = useState<Screen>({ kind: 'start' });
  const [perspective, setPerspective] = useState(initialPerspective);
  const [region, setRegion] = useState(initialRegion);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [startError, setStartError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [returnToCheck, setReturnToCheck] = useState(false);
  const [navigation, setNavigation] = useState({
    count: focusOnMount ? 1 : 0,
    focusId: undefined as string | undefined,
  });
  const rootRef = useRef<HTMLDivElement>(null);
  const bankText = useBankText(perspective);

  const steps = stepsOf(bank);
  const answers = toAnswers(values);

  const pageName = (() => {
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
  })();
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

  useEffect(() => {
    if (navigation.count === 0) return;
    const root = rootRef.current;
    const target = navigation.focusId
      ? document.getElementById(navigation.focusId)
      : root?.querySelector<HTMLElement>('[data-focus-heading]');
    target?.focus();
    // The heading or field is focused first, then the polite live region names the page.
    onAnnounce(pageName);
    // Only a navigation moves focus; language or wording changes must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [navigation]);

  const go = (next: Screen, focusId?: string) => {
    setErrors([]);
    setStartError(false);
    if (next.kind === 'check') setReturnToCheck(false);
    setScreen(next);
    setNavigation(({ count }) => ({ count: count + 1, focusId }));
  };

  const continueFrom = (index: number) => {
    const step = steps[index];
    if (!step) return;
    const formValues = getValues();
    const missing = missingAnswers(step.questions, formValues);
    if (missing.length > 0) {
      setErrors(
        missing.map((id) => ({
          id,
          message: t('errors.required', {
            question: bankText.text(`questions.${id}.text`),
          }),
        })),
      );
      setAttempt((count) => count + 1);
      return;
    }
    const next: Screen =
      returnToCheck || index + 1 >= steps.length
        ? { kind: 'check' }
        : { kind: 'step', index: index + 1 };
    const stepAnswers = toAnswers(formValues, step.questions);
    const urgent = score(bank, stepAnswers, { region }).level === 'urgent';
    go(urgent ? { kind: 'emergency', from: index, next } : next);
  };

  const backFrom = (index: number) => {
    if (returnToCheck) go({ kind: 'check' });
    else if (index === 0) go({ kind: 'start' });
    else go({ kind: 'step', index: index - 1 });
  };

  const changeAnswer = (questionId: string) => {
    const index = steps.findIndex(({ questions }) =>
      questions.some(({ id }) => id === questionId),
    );
    setReturnToCheck(true);
    setErrors([]);
    setScreen({ kind: 'step', index });
    setNavigation(({ count }) => ({ count: count + 1, focusId: questionId }));
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
            onStart={(chosenPerspective, chosenRegion) => {
              setPerspective(chosenPerspective);
              setRegion(chosenRegion);
              go({ kind: 'step', index: 0 });
            }}
          />
        );
      case 'step': {
        const step = steps[screen.index];
        if (!step) return null;
        return (
          <QuestionStep
            key={step.topicId}
            topicId={step.topicId}
            questions={step.questions}
            stepNumber={screen.index + 1}
            stepCount={steps.length}
            perspective={perspective}
            register={register}
            errors={errors}
            attempt={attempt}
            onContinue={() => continueFrom(screen.index)}
            onBack={() => backFrom(screen.index)}
          />
        );
      }
      case 'emergency':
        return (
          <EmergencyPanel
            bank={bank}
            answers={answers}
            region={region}
            perspective={perspective}
            onRegionChange={setRegion}
            onContinue={() => go(screen.next)}
            onBack={() => go({ kind: 'step', index: screen.from })}
          />
        );
      case 'check':
        return (
          <CheckAnswers
            bank={bank}
            answers={answers}
            perspective={perspective ?? 'other'}
            onPerspectiveChange={setPerspective}
            onChange={changeAnswer}
            onSubmit={() => go({ kind: 'results' })}
            onBack={() => go({ kind: 'step', index: steps.length - 1 })}
          />
        );
      case 'results':
        return (
          <ResultsPage
            bank={bank}
            answers={answers}
            region={region}
            perspective={perspective ?? 'other'}
            onRegionChange={setRegion}
            onPerspectiveChange={setPerspective}
            onChangeAnswers={() => go({ kind: 'check' })}
            onStartOver={onStartOver}
          />
        );
    }
  };

  return (
    <div className="questionnaire" ref={rootRef}>
      {renderScreen()}
    </div>
  );
};
