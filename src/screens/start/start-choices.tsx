import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import { ErrorSummary } from '../../components/error-summary';
import { perspectives, type Perspective } from '../../i18n/perspective';
import { RadioFieldset } from '../../components/radio-fieldset';
import { RegionSelect } from '../../components/region-select';

type StartChoicesProps = {
  bank: Bank;
  intro?: ReactNode;
  perspective: Perspective | undefined;
  region: Region;
  onStart: (perspective: Perspective, region: Region) => void;
  onError: (hasError: boolean) => void;
};

const firstRadioId = 'perspective-parent';

type FormOnceScriptedProps = { onSubmit: () => void; children: ReactNode };

/**
 * The build prerenders the start page in Node. A real form there would submit by GET if pressed
 * before the script runs, putting the choice in the URL and a new history entry; so it is a form
 * only in the browser, where the app has taken over.
 */
const FormOnceScripted = ({ onSubmit, children }: FormOnceScriptedProps) =>
  typeof document === 'undefined' ? (
    <div>{children}</div>
  ) : (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );

export const StartChoices = ({
  bank,
  intro,
  perspective,
  region,
  onStart,
  onError,
}: StartChoicesProps) => {
  const { t } = useTranslation('flow');
  const [chosenPerspective, setChosenPerspective] = useState(perspective);
  const [chosenRegion, setChosenRegion] = useState(region);
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);
  const errorMessage = t('start.perspective.error');
  return (
    <div className="start">
      {intro}
      <FormOnceScripted
        onSubmit={() => {
          if (chosenPerspective) {
            onStart(chosenPerspective, chosenRegion);
            return;
          }
          setShowError(true);
          setAttempt((count) => count + 1);
          onError(true);
        }}
      >
        {showError && (
          <ErrorSummary
            key={attempt}
            errors={[{ id: firstRadioId, message: errorMessage }]}
          />
        )}
        <PageHeading level={intro ? 2 : 1} className="heading-m">
          {t('start.heading')}
        </PageHeading>
        <RadioFieldset
          id="perspective"
          legend={t('start.perspective.legend')}
          hint={t('start.perspective.hint')}
          error={showError ? errorMessage : undefined}
          options={perspectives.map((value) => ({
            id: `perspective-${value}`,
            value,
            label: t(`start.perspective.${value}`),
            input: {
              name: 'perspective',
              checked: chosenPerspective === value,
              onChange: () => setChosenPerspective(value),
            },
          }))}
        />
        <RegionSelect
          bank={bank}
          value={chosenRegion}
          label={t('start.region.label')}
          hint={t('start.region.hint')}
          onChange={setChosenRegion}
        />
        <button type="submit" className="button button--start">
          {t('start.submit')}
        </button>
      </FormOnceScripted>
    </div>
  );
};
