// What the start-up check found. Integrity problems show above every screen until closed (never repaired
// silently: the data stays as found for whoever investigates); a browser that may evict the data is said on 首页.
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { useSessionContext } from '../hooks/use-session.ts';

export function IntegrityNotices() {
  const { t, i18n } = useTranslation();
  const { storage } = useSessionContext();
  const language = asUiLanguage(i18n.language);
  if (storage.integrity.ok) return null;
  return (
    <Flex vertical gap="small" className="startup-notices">
      {storage.integrity.problems.map((problem, i) => (
        <Alert key={i} type="error" showIcon closable title={t('startup.integrity')} description={pickText(problem.text, language)} />
      ))}
    </Flex>
  );
}

export function PersistenceNotice() {
  const { t } = useTranslation();
  const { storage } = useSessionContext();
  if (storage.persisted) return null;
  return <Alert type="warning" showIcon closable title={t('startup.notPersisted')} description={t('startup.notPersistedHelp')} />;
}
