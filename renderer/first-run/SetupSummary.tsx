// The department and profile as entered, for a last look before the workspace is created.
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeUscc } from '../../core/codes/uscc.ts';
import { DivisionName } from '../ui/DivisionName.tsx';
import { profileName } from '../shared/profile-name.ts';
import { asUiLanguage } from '../i18n/language.ts';
import type { SetupDraft } from './setup-draft.ts';

export function SetupSummary({ draft }: { draft: SetupDraft }) {
  const { t, i18n } = useTranslation();
  return (
    <Descriptions
      title={t('wizard.summary')}
      column={1}
      size="small"
      bordered
      styles={{ label: { width: 160 } }}
      items={[
        { key: 'kind', label: t('wizard.kind'), children: t(`wizard.kinds.${draft.kind}`) },
        { key: 'department', label: t('home.department'), children: draft.departmentName.trim() },
        { key: 'uscc', label: t('home.uscc'), children: normalizeUscc(draft.uscc) },
        { key: 'division', label: t('home.division'), children: <DivisionName code={draft.divisionCode} /> },
        ...(draft.kind === 'county' ? [] : [{ key: 'number', label: t('home.departmentNumber'), children: draft.departmentNumber.trim() || t('home.departmentNumberNone') }]),
        { key: 'profile', label: t('home.profile'), children: profileName(draft.profileId, asUiLanguage(i18n.language)) },
      ]}
    />
  );
}
