// The 变更之日 of a change: the day the law or the department's duties changed, from which the regulation's update
// deadline runs (Anhui Art. 15 "自变更之日起"). A date picker holding an ISO date string, so that a form or a
// ChangeNote keeps the same value the deadlines read; days after today (Beijing) cannot be picked.
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { beijingDate } from '../../core/time/beijing-time.ts';

const ISO_DATE = 'YYYY-MM-DD';

export interface BasisChangedOnPickerProps {
  id?: string;
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
}

export function BasisChangedOnPicker({ id, value, onChange }: BasisChangedOnPickerProps) {
  const { t } = useTranslation();
  const today = beijingDate(new Date());
  return (
    <DatePicker
      id={id}
      aria-label={t('catalog.note.basisChangedOn')}
      placeholder={t('catalog.note.basisChangedOnPlaceholder')}
      format={ISO_DATE}
      value={value ? dayjs(value, ISO_DATE) : null}
      disabledDate={(day) => day.format(ISO_DATE) > today}
      onChange={(day) => onChange?.(day ? day.format(ISO_DATE) : undefined)}
    />
  );
}
