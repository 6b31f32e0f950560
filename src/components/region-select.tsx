import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bank, Region } from '../bank/schema';

type RegionSelectProps = {
  id?: string;
  bank: Bank;
  value: Region;
  label: string;
  hint?: string;
  onChange: (region: Region) => void;
};

export const RegionSelect = ({
  id: fieldId,
  bank,
  value,
  label,
  hint,
  onChange,
}: RegionSelectProps) => {
  const { t } = useTranslation('bank');
  const generatedId = useId();
  const id = fieldId ?? generatedId;
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <select
        className="select"
        id={id}
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const region = bank.regions.find(
            ({ id: candidate }) => candidate === event.target.value,
          );
          if (region) onChange(region.id);
        }}
      >
        {bank.regions.map(({ id: regionId }) => (
          <option key={regionId} value={regionId}>
            {t(`regions.${regionId}`)}
          </option>
        ))}
      </select>
    </div>
  );
};
