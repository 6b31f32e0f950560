import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoth } from '../../i18n/side-by-side';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import type { Answers } from '../../scoring/score';
import { AnswersByTopic } from '../../components/answers-by-topic';
import { BackLink } from '../../components/back-link';
import type { Perspective } from '../../bank/schema';
import { PerspectiveSelect } from '../../components/perspective-select';
import { RegionSelect } from '../../components/region-select';

type CheckAnswersProps = {
  bank: Bank;
  answers: Answers;
  region: Region;
  perspective: Perspective;
  onRegionChange: (region: Region) => void;
  onPerspectiveChange: (perspective: Perspective) => void;
  onChange: (questionId: string) => void;
  onSubmit: () => void;
  onBack: () => void;
};

type Setting = 'perspective' | 'region';

type SettingRowProps = {
  label: string;
  value: string;
  editing: boolean;
  onEdit: () => void;
  children: ReactNode;
};

/** A summary row for a choice made on the start page; Change swaps the value for its control, here, so no answer is lost. */
const SettingRow = ({
  label,
  value,
  editing,
  onEdit,
  children,
}: SettingRowProps) => {
  const { t } = useTranslation('flow');
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      {editing ? (
        <dd className="summary-list__value summary-list__value--edit">
          {children}
        </dd>
      ) : (
        <>
          <dd className="summary-list__value">{value}</dd>
          <dd className="summary-list__actions">
            <button type="button" className="link-button" onClick={onEdit}>
              {t('check.change')}{' '}
              <span className="visually-hidden">
                {t('check.changeSettingHidden', { setting: label })}
              </span>
            </button>
          </dd>
        </>
      )}
    </div>
  );
};

export const CheckAnswers = ({
  bank,
  answers,
  region,
  perspective,
  onRegionChange,
  onPerspectiveChange,
  onChange,
  onSubmit,
  onBack,
}: CheckAnswersProps) => {
  const { t } = useTranslation('flow');
  const both = useBoth('flow');
  const { t: bankT } = useTranslation('bank');
  const idPrefix = useId();
  const [editing, setEditing] = useState<Setting>();
  const fieldId = (setting: Setting) => `${idPrefix}-${setting}`;
  useEffect(() => {
    if (editing) document.getElementById(`${idPrefix}-${editing}`)?.focus();
  }, [editing, idPrefix]);
  return (
    <div className="check">
      <BackLink onBack={onBack} />
      <PageHeading>{both('check.heading')}</PageHeading>
      <section className="settings" aria-labelledby="check-settings">
        <h2 id="check-settings" className="heading-s">
          {t('check.settingsHeading')}
        </h2>
        <dl className="summary-list summary-list--compact">
          <SettingRow
            label={t('check.perspective')}
            value={t(`start.perspective.${perspective}`)}
            editing={editing === 'perspective'}
            onEdit={() => setEditing('perspective')}
          >
            <PerspectiveSelect
              id={fieldId('perspective')}
              value={perspective}
              onChange={onPerspectiveChange}
            />
          </SettingRow>
          <SettingRow
            label={t('check.region')}
            value={bankT(`regions.${region}`)}
            editing={editing === 'region'}
            onEdit={() => setEditing('region')}
          >
            <RegionSelect
              id={fieldId('region')}
              bank={bank}
              value={region}
              label={t('settings.region')}
              onChange={onRegionChange}
            />
          </SettingRow>
        </dl>
      </section>
      <AnswersByTopic
        bank={bank}
        answers={answers}
        perspective={perspective}
        onChange={onChange}
      />
      <div className="button-group">
        <button type="button" className="button" onClick={onSubmit}>
          {both('check.submit')}
        </button>
      </div>
    </div>
  );
};
