// In the training workspace every screen says so: a banner under the header (with the reset) and a watermark over
// the content, so nobody takes practice data, or a training package, for the real thing.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Watermark } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionSelector } from '../hooks/use-session.ts';
import { useTraining } from '../hooks/use-training.ts';

export function TrainingBanner() {
  const { t } = useTranslation();
  const isTraining = useSessionSelector((s) => s.workspace.kind === 'training');
  const training = useTraining();
  if (!isTraining) return null;
  return (
    <Alert
      banner
      type="warning"
      title={t('training.banner')}
      action={
        <Button size="small" danger icon={<ReloadOutlined />} loading={training.busy} onClick={training.reset}>
          {t('training.reset')}
        </Button>
      }
    />
  );
}

export function TrainingWatermark({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const isTraining = useSessionSelector((s) => s.workspace.kind === 'training');
  if (!isTraining) return children;
  return (
    <Watermark content={t('training.watermark')} font={{ color: 'rgba(250, 140, 22, 0.14)', fontSize: 18 }} gap={[120, 120]}>
      {children}
    </Watermark>
  );
}
