// The 导入 section before a workbook is chosen: what it does, which workbooks import, the current catalog's size,
// and Mulu's blank template for this workspace.
import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { profileName } from '../shared/profile-name.ts';
import { asUiLanguage } from '../i18n/language.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { emptyTemplate } from './import-files.ts';

export function ImportIntro({ onPick, notice }: { onPick: () => void; notice?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { workspace, catalog } = useSessionState();
  const platform = usePlatform();
  const count = catalog.resources.length;
  const downloadTemplate = () => void platform.saveFile(t('import.templateName', { department: workspace.department.name }), emptyTemplate(workspace));
  return (
    <Card title={t('import.title')} extra={<Typography.Text className="import-current">{count ? t('import.current', { resources: count }) : t('import.currentEmpty')}</Typography.Text>}>
      <Flex vertical gap="middle">
        {notice}
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('import.intro')}</Typography.Paragraph>
        <div>
          <Typography.Text strong>{t('import.accepted')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            <li>{t('import.acceptedMulu')}</li>
            <li>{t('import.acceptedNational')}</li>
          </ul>
        </div>
        <Alert type="info" showIcon title={t('import.acceptedNote')} />
        <Flex gap="middle" align="center" wrap>
          <Button type="primary" size="large" icon={<FileExcelOutlined />} onClick={onPick}>
            {t('import.pick')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={downloadTemplate}>
            {t('import.template')}
          </Button>
          <Typography.Text type="secondary">{t('import.templateHelp', { profile: profileName(workspace.profileId, asUiLanguage(i18n.language)) })}</Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
