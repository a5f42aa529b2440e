// The trainee's side of an exercise: open the exercise file the trainer handed out (its catalog replaces the training
// workspace's, as a reset does), fix it with the normal screens, then hand in a submission naming the trainee.
import { FolderOpenOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionContext, useSessionState } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { heldExercise, holdExercise, makeSubmission, openExercise, type HeldExercise } from '../services/exercise/classroom.ts';
import { describeError } from '../shared/describe-error.ts';
import { exerciseFileNames } from './file-names.ts';

const EXERCISE_FILE = [{ name: '练习文件', extensions: ['zip'] }];

export function TraineePanel() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const platform = usePlatform();
  const { message } = App.useApp();
  const { session } = useSessionContext();
  const { workspace, catalog } = useSessionState();
  const [held, setHeld] = useState<HeldExercise | undefined>(() => heldExercise(String(workspace.id)));
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const open = async () => {
    const picked = await platform.pickFile(EXERCISE_FILE);
    if (!picked) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const opened = await openExercise(picked.bytes);
      if (!opened.ok) {
        setProblem(`${picked.name}：${pickText(opened.message, language)}`);
        return;
      }
      const { exercise } = opened;
      const outcome = await session.commitImport(exercise.catalog, { note: { reason: `培训练习：载入「${exercise.info.title}」`, basis: [] }, source: `培训练习 ${picked.name}` });
      if (outcome.ok) setHeld(holdExercise(String(workspace.id), exercise, new Date()));
    } catch (error) {
      setProblem(describeError(error, coreLang(language)));
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (!held) return;
    setBusy(true);
    try {
      const bytes = await makeSubmission(catalog, held, name, new Date());
      const saved = await platform.saveFile(exerciseFileNames.submission(held.info.title, name), bytes);
      if (saved) void message.success(t('exercise.trainee.submitted', { file: saved.name }));
    } catch (error) {
      setProblem(describeError(error, coreLang(language)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title={t('exercise.trainee.openTitle')}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('exercise.trainee.openHint')}</Typography.Text>
          <Button icon={<FolderOpenOutlined />} loading={busy && !held} onClick={() => void open()} data-testid="exercise-open">
            {t('exercise.trainee.open')}
          </Button>
          {problem && <Alert type="error" showIcon title={problem} />}
        </Flex>
      </Card>
      {held && (
        <Card title={t('exercise.trainee.heldTitle', { title: held.info.title })}>
          <Descriptions column={2} size="small">
            <Descriptions.Item label={t('exercise.trainee.mistakes')}>{held.info.mistakes}</Descriptions.Item>
            <Descriptions.Item label={t('exercise.trainee.timeLimit')}>
              {held.info.timeLimitMinutes === null ? t('exercise.trainee.noLimit') : t('exercise.minutes', { count: held.info.timeLimitMinutes })}
            </Descriptions.Item>
            <Descriptions.Item label={t('exercise.trainee.openedAt')}>{new Date(held.openedAt).toLocaleString('zh-CN')}</Descriptions.Item>
            <Descriptions.Item label={t('exercise.trainee.fingerprint')}>{formatFingerprint(held.keyId).slice(0, 39)}</Descriptions.Item>
            <Descriptions.Item label={t('exercise.trainee.instructions')} span={2}>
              {held.info.instructions || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Flex gap={8} style={{ marginTop: 16 }}>
            <Input style={{ maxWidth: 240 }} placeholder={t('exercise.trainee.namePlaceholder')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} data-testid="trainee-name" />
            <Button type="primary" icon={<SendOutlined />} disabled={!name.trim()} loading={busy} onClick={() => void submit()}>
              {t('exercise.trainee.submit')}
            </Button>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('exercise.trainee.submitHint')}
          </Typography.Paragraph>
        </Card>
      )}
    </Flex>
  );
}
