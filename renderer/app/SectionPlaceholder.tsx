// A section still to be built says what it will do, and that it cannot be used yet.
import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlannedSectionId } from './sections.ts';

export function SectionPlaceholder({ section }: { section: PlannedSectionId }) {
  const { t } = useTranslation();
  return (
    <Card title={t(`nav.${section}`)}>
      <Alert type="info" showIcon title={t('placeholder.notYet')} description={t(`placeholder.${section}`)} />
    </Card>
  );
}
