import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Bank } from '../../bank/schema';
import type { Answers } from '../../scoring/score';
import { AnswersByTopic } from '../../components/answers-by-topic';
import type { Perspective } from '../../bank/schema';
import { PerspectiveSelect } from '../../components/perspective-select';

type CheckAnswersProps = {
  bank: Bank;
  answers: Answers;
  perspective: Perspective;
  onPerspectiveChange: (perspective: Perspective) => void;
  onChange: (questionId: string) => void;
  onSubmit: () => void;
  onBack: () => void;
};

export const CheckAnswers = ({
  bank,
  answers,
  perspective,
  onPerspectiveChange,
  onChange,
  onSubmit,
  onBack,
}: CheckAnswersProps) => {
  const { t } = useTranslation('flow');
  return (
    <div className="check">
      <PageHeading>{t('check.heading')}</PageHeading>
      <section className="settings" aria-labelledby="check-settings">
        <h2 id="check-settings" className="heading-m">
          {t('check.settingsHeading')}
        </h2>
        <PerspectiveSelect value={perspective} onChange={onPerspectiveChange} />
      </section>
      <AnswersByTopic
        bank={bank}
        answers={answers}
        perspective={perspective}
        onChange={onChange}
      />
      <div className="button-group">
        <button type="button" className="button" onClick={onSubmit}>
          {t('check.submit')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onBack}
        >
          {t('check.back')}
        </button>
      </div>
    </div>
  );
};
