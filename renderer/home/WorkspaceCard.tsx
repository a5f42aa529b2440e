// The workspace as set up: department, code, division, profile and operator (training shows its sample department).
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DivisionName } from '../ui/DivisionName.tsx';
import { profileName } from '../shared/profile-name.ts';
import { asUiLanguage } from '../i18n/language.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { DepartmentNumberEdit } from './DepartmentNumberEdit.tsx';

export function WorkspaceCard() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSessionState();
  const { department } = workspace;
  const training = workspace.kind === 'training';
  return (
    <Card size="small" title={training ? t('home.trainingTitle') : t('home.title')} extra={training && <Tag color="orange">{t('home.trainingTag')}</Tag>}>
      <Descriptions
        column={2}
        size="small"
        styles={{ label: { width: 130 } }}
        items={[
          { key: 'department', label: t('home.department'), children: department.name },
          { key: 'uscc', label: t('home.uscc'), children: department.uscc },
          { key: 'division', label: t('home.division'), children: <DivisionName code={department.divisionCode} /> },
          { key: 'number', label: t('home.departmentNumber'), children: training ? department.number || t('home.departmentNumberNone') : <DepartmentNumberEdit /> },
          { key: 'profile', label: t('home.profile'), children: profileName(workspace.profileId, asUiLanguage(i18n.language)) },
          { key: 'operator', label: t('home.operator'), children: workspace.operatorName },
        ]}
      />
    </Card>
  );
}
