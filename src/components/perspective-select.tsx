import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../bank/schema';
import { perspectives } from '../bank/vocabulary';

type PerspectiveSelectProps = {
  id?: string;
  value: Perspective;
  onChange: (perspective: Perspective) => void;
};

export const PerspectiveSelect = ({
  id: fieldId,
  value,
  onChange,
}: PerspectiveSelectProps) => {
  const { t } = useTranslation('flow');
  const generatedId = useId();
  const id = fieldId ?? generatedId;
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {t('settings.perspective')}
      </label>
      <select
        className="select"
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = perspectives.find(
            (candidate) => candidate === event.target.value,
          );
          if (chosen) onChange(chosen);
        }}
      >
        {perspectives.map((perspective) => (
          <option key={perspective} value={perspective}>
            {t(`start.perspective.${perspective}`)}
          </option>
        ))}
      </select>
    </div>
  );
};
