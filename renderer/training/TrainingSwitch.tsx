// The header's way in and out of 培训模式.
import { ExperimentOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionSelector } from '../hooks/use-session.ts';
import { useTraining } from '../hooks/use-training.ts';

export function TrainingSwitch() {
  const { t } = useTranslation();
  const isTraining = useSessionSelector((s) => s.workspace.kind === 'training');
  const training = useTraining();
  return isTraining ? (
    <Button icon={<RollbackOutlined />} loading={training.busy} onClick={() => void training.leave()}>
      {t('training.leave')}
    </Button>
  ) : (
    <Button icon={<ExperimentOutlined />} loading={training.busy} onClick={() => void training.enter()}>
      {t('training.enter')}
    </Button>
  );
}
