// The editor's input problems, worded in the interface language.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarProblem } from './calendar-input.ts';

export function CalendarProblems({ problems }: { problems: readonly CalendarProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('home.calendar.problemsTitle')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p, i) => (
            <li key={i}>{t(`home.calendar.errors.${p.code}`, p.params)}</li>
          ))}
        </ul>
      }
    />
  );
}
