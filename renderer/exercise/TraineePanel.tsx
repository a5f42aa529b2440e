// The trainee's side of an exercise: open the exercise file the trainer handed out (its catalog replaces the training
// workspace's, as a reset does), fix it with the normal screens, then hand in a submission naming the trainee, signed
// with this training workspace's own practice key after its passphrase (without a key, the panel points to 密钥).
import { FolderOpenOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionContext, useSessionState } from '../hooks/use-session.ts';
import { useSigningKey } from '../hooks/use-signing-key.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { heldExercise, holdExercise, makeSubmission, openExercise, type HeldExercise } from '../services/exercise/classroom.ts';
import { describeError } from '../shared/describe-error.ts';
import { exerciseFileNames } from './file-names.ts';
import { NoPracticeKey } from './NoPracticeKey.tsx';

const EXERCISE_FILE = [{ name: '练习文件', extensions: ['zip'] }];

export function TraineePanel() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const platform = usePlatform();
  const { message } = App.useApp();
  const { session } = useSessionContext();
  const { workspace, catalog } = useSessionState();
  const [held, setHeld] = useState<HeldExercise | undefined>(() => heldExercise(String(workspace.id)));
  const signingKey = useSigningKey();
  const hasKey = signingKey.state.status === 'ready' && signingKey.state.value !== undefined;
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [submitProblem, setSubmitProblem] = useState<string>();

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
    const typed = passphrase;
    setPassphrase(''); // it travels only into the signing
    setBusy(true);
    setSubmitProblem(undefined);
    try {
      const outcome = await makeSubmission(session, catalog, held, name, typed, new Date());
      if (!outcome.ok) {
        setSubmitProblem(pickText(outcome.message, language));
        return;
      }
      const saved = await platform.saveFile(exerciseFileNames.submission(held.info.title, name), outcome.bytes);
      if (saved) void message.success(t('exercise.trainee.submitted', { file: saved.name }));
    } catch (error) {
      setSubmitProblem(describeError(error, coreLang(language)));
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
            <Descriptions.Item label={t('exercise.trainee.fingerprint')}>
              <span className="exercise-fingerprint">{formatFingerprint(held.keyId)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('exercise.trainee.instructions')} span={2}>
              {held.info.instructions || '—'}
            </Descriptions.Item>
          </Descriptions>
          <Flex gap={8} style={{ marginTop: 16 }}>
            <Input style={{ maxWidth: 240 }} placeholder={t('exercise.trainee.namePlaceholder')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} data-testid="trainee-name" />
            <Input.Password
              style={{ maxWidth: 240 }}
              autoComplete="off"
              placeholder={t('exercise.key.passphrase')}
              aria-label={t('exercise.key.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              disabled={!hasKey}
              data-testid="trainee-passphrase"
            />
            <Button type="primary" icon={<SendOutlined />} disabled={!name.trim() || !passphrase || !hasKey} loading={busy} onClick={() => void submit()}>
              {t('exercise.trainee.submit')}
            </Button>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('exercise.trainee.submitHint')}
          </Typography.Paragraph>
          {signingKey.state.status === 'ready' && !hasKey && <NoPracticeKey />}
          {submitProblem && <Alert type="error" showIcon title={submitProblem} style={{ marginTop: 8 }} role="alert" />}
        </Card>
      )}
    </Flex>
  );
}
