// The "已保存 hh:mm" slot in the header: when the catalog was last written to storage.
import { CheckCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionSelector } from '../hooks/use-session.ts';
import { formatSavedTime } from '../shared/save-status.ts';

export function SavedIndicator() {
  const { t } = useTranslation();
  const savedAt = useSessionSelector((s) => s.savedAt);
  return (
    <Typography.Text type="secondary" role="status">
      <CheckCircleOutlined /> {t('header.saved', { time: formatSavedTime(savedAt) })}
    </Typography.Text>
  );
}
