import { memo } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/back-link';
import { PageHeading } from '../../components/page-heading';
import type { Question } from '../../bank/schema';
import { answerValues } from '../../bank/vocabulary';
import type { AnswerForm } from '../../components/answer-form';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import type { Perspective } from '../../bank/schema';
import { RadioFieldset } from '../../components/radio-fieldset';
import { radioId } from '../../components/radio-id';
import { useBankText } from '../../i18n/use-bank-text';
import { useBoth } from '../../i18n/side-by-side';

type QuestionStepProps = {
  topicId: string;
  questions: readonly Question[];
  stepNumber: number;
  stepCount: number;
  perspective: Perspective | undefined;
  register: UseFormRegister<AnswerForm>;
  errors: readonly FieldError[];
  attempt: number;
  onContinue: () => void;
  onBack: () => void;
};

/** One step's questions. Memoised: the flow keeps the steps next to the current one mounted and hidden, and showing one renders only its heading again. */
export const QuestionStep = memo(function QuestionStep({
  topicId,
  questions,
  stepNumber,
  stepCount,
  perspective,
  register,
  errors,
  attempt,
  onContinue,
  onBack,
}: QuestionStepProps) {
  const { i18n } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const both = useBoth('flow');
  const errorFor = (id: string) =>
    errors.find((error) => error.id === id)?.message;
  return (
    <form
      className="step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onContinue();
      }}
    >
      <BackLink onBack={onBack} />
      {errors.length > 0 && <ErrorSummary key={attempt} errors={errors} />}
      <p className="caption">
        {both('step.progress', { current: stepNumber, total: stepCount })}
      </p>
      <PageHeading>{bankText.show(`topics.${topicId}.title`)}</PageHeading>
      {bankText.optional(`topics.${topicId}.intro`) && (
        <p className="lead">{bankText.show(`topics.${topicId}.intro`)}</p>
      )}
      {questions.map(({ id }) => (
        <RadioFieldset
          key={id}
          id={id}
          inline
          legend={bankText.show(`questions.${id}.text`)}
          hint={
            i18n.exists(`questions.${id}.hint`, { ns: 'bank' })
              ? bankText.show(`questions.${id}.hint`)
              : undefined
          }
          error={errorFor(id)}
          options={answerValues.map((value) => ({
            id: radioId(id, value),
            value,
            label: both(`answers.${value}`),
            input: register(id),
          }))}
        />
      ))}
      <div className="button-group">
        <button type="submit" className="button">
          {both('step.continue')}
        </button>
      </div>
    </form>
  );
});
