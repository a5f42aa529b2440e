// 首页: the workspace as set up; the catalog overview comes with catalog editing.
import { Card, Descriptions, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n/language.ts';
import { DivisionName } from '../app/DivisionName.tsx';
import { profileName } from '../app/profile-name.ts';
import { useSessionState } from '../session/use-session.ts';

export function HomeSection() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSessionState();
  const { department } = workspace;
  return (
    <Flex vertical gap="middle">
      <Card title={t('home.title')}>
        <Descriptions
          column={1}
          bordered
          size="small"
          styles={{ label: { width: 180 } }}
          items={[
            { key: 'department', label: t('home.department'), children: department.name },
            { key: 'uscc', label: t('home.uscc'), children: department.uscc },
            { key: 'division', label: t('home.division'), children: <DivisionName code={department.divisionCode} /> },
            { key: 'profile', label: t('home.profile'), children: profileName(workspace.profileId, asUiLanguage(i18n.language)) },
            { key: 'operator', label: t('home.operator'), children: workspace.operatorName },
          ]}
        />
      </Card>
      <Card title={t('home.overviewTitle')}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.overviewComing')} />
      </Card>
    </Flex>
  );
}
