import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import { ErrorSummary } from '../../components/error-summary';
import type { Perspective } from '../../bank/schema';
import { perspectives } from '../../bank/vocabulary';
import { RadioFieldset } from '../../components/radio-fieldset';
import { RegionSelect } from '../../components/region-select';
import { StartPage } from './start-page';
import { emergencyLineOf } from '../../scoring/calls';

type StartChoicesProps = {
  bank: Bank;
  intro?: ReactNode;
  perspective: Perspective | undefined;
  region: Region;
  onStart: (perspective: Perspective, region: Region) => void;
  onError: (hasError: boolean) => void;
  /** Told of each choice before Start, so the first step can be built ahead in its wording. */
  onChoosePerspective?: (perspective: Perspective) => void;
};

const firstRadioId = 'perspective-parent';

/**
 * The start page with its choices. It shows only once the questionnaire has loaded; until then the
 * page is StartPage alone (the text and a region-neutral emergency line), so no choice made early
 * can be lost or reset and Start never does nothing.
 */
export const StartChoices = ({
  bank,
  intro,
  perspective,
  region,
  onStart,
  onError,
  onChoosePerspective,
}: StartChoicesProps) => {
  const { t } = useTranslation('flow');
  const [chosenPerspective, setChosenPerspective] = useState(perspective);
  const [chosenRegion, setChosenRegion] = useState(region);
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);
  const errorMessage = t('start.perspective.error');
  return (
    <StartPage intro={intro} phone={emergencyLineOf(bank, chosenRegion)?.phone}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
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
              onChange: () => {
                setChosenPerspective(value);
                onChoosePerspective?.(value);
              },
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
      </form>
    </StartPage>
  );
};
