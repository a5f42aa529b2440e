// Entering, leaving and resetting 培训模式, for the header switch, the banner and 首页's empty state. Filling the
// sample shows progress; resetting asks first (it replaces every change made in training).
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { useSessionContext } from './use-session.ts';
import type { ImportCommitProgress } from '../services/storage/import-commit.ts';
import { trainingCatalog } from '../services/training/training-sample.ts';
import { ensureTrainingWorkspace, TRAINING_NOTES, TRAINING_SOURCE } from '../services/training/training-workspace.ts';

const MESSAGE_KEY = 'training-progress';

export interface TrainingActions {
  busy: boolean;
  enter(): Promise<void>;
  leave(): Promise<void>;
  reset(): void;
}

export function useTraining(): TrainingActions {
  const { t, i18n } = useTranslation();
  const { session, switchWorkspace } = useSessionContext();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const lang = coreLang(asUiLanguage(i18n.language));

  const onProgress = ({ staged, total }: ImportCommitProgress) =>
    void message.open({ key: MESSAGE_KEY, type: 'loading', content: t('training.progress', { staged, total }), duration: 0 });

  const run = async (work: () => Promise<void>, failure: 'training.enterFailed' | 'training.resetFailed' | 'training.leaveFailed') => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      message.destroy(MESSAGE_KEY);
      void message.error(t(failure, { message: describeError(error, lang) }));
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    enter: () =>
      run(async () => {
        const { workspace } = session.getState();
        void message.open({ key: MESSAGE_KEY, type: 'loading', content: t('training.preparing'), duration: 0 });
        await ensureTrainingWorkspace(session.ctx, { profileId: workspace.profileId, operatorName: workspace.operatorName, onProgress });
        await switchWorkspace('training');
        message.destroy(MESSAGE_KEY);
      }, 'training.enterFailed'),
    leave: () => run(() => switchWorkspace('department'), 'training.leaveFailed'),
    reset: () =>
      void modal.confirm({
        title: t('training.resetConfirmTitle'),
        content: t('training.resetConfirmText'),
        okText: t('training.resetConfirmOk'),
        okButtonProps: { danger: true },
        cancelText: t('training.cancel'),
        onOk: () =>
          run(async () => {
            const { workspace } = session.getState();
            const outcome = await session.commitImport(trainingCatalog(workspace.profileId), { note: TRAINING_NOTES.reset, source: TRAINING_SOURCE, onProgress });
            message.destroy(MESSAGE_KEY);
            if (outcome.ok) void message.success(t('training.resetDone', { count: outcome.resources }));
          }, 'training.resetFailed'),
      }),
  };
}
