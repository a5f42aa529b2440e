// Shown instead of signing where the training workspace has no key: exercises and submissions are signed with it.
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../ui/navigation.ts';

export function NoPracticeKey() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('exercise.key.noKey')}
      description={t('exercise.key.noKeyHint')}
      action={
        <Button type="primary" onClick={() => navigation.goTo('keys')}>
          {t('exercise.key.goKeys')}
        </Button>
      }
    />
  );
}
