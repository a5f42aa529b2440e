// The trainer's side: make an exercise from the open catalog (profile, how many mistakes of which kinds, time limit,
// instructions), signed with the training workspace's practice key after its passphrase and saved with its answer
// key beside it, the key's fingerprint shown; then grade a folder of submissions against the key and read the class
// report, told whether the exercise was signed by this workspace's key.
import { CheckCircleOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import { listProfiles } from '../../core/profiles/profile.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSession, useSessionState } from '../hooks/use-session.ts';
import { useSigningKey } from '../hooks/use-signing-key.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { gradeClass, makeExercise, MISTAKE_KINDS, mistakeKind, type GradedClass } from '../services/exercise/classroom.ts';
import type { PickedEntry, PickedFile } from '../services/platform/platform.ts';
import { describeError } from '../shared/describe-error.ts';
import { ClassReportView } from './ClassReportView.tsx';
import { exerciseFileNames } from './file-names.ts';
import { NoPracticeKey } from './NoPracticeKey.tsx';

const ZIP = [{ name: '练习文件', extensions: ['zip'] }];
const JSON_FILE = [{ name: '答案文件', extensions: ['json'] }];

interface CreateForm {
  title: string;
  profile: string;
  mistakes: number;
  kinds: string[];
  timeLimit: number | null;
  instructions: string;
  seed: number;
  passphrase: string;
}

interface Made {
  file: string;
  planted: number;
  keyId: string;
}

export function TrainerPanel() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const platform = usePlatform();
  const { message } = App.useApp();
  const session = useSession();
  const { catalog, workspace } = useSessionState();
  const signingKey = useSigningKey();
  const [form] = Form.useForm<CreateForm>();
  const [busy, setBusy] = useState<'create' | 'grade'>();
  const [problem, setProblem] = useState<string>();
  const [made, setMade] = useState<Made>();
  const [exercise, setExercise] = useState<PickedFile>();
  const [answers, setAnswers] = useState<PickedFile>();
  const [graded, setGraded] = useState<GradedClass>();
  const key = signingKey.state.status === 'ready' ? signingKey.state.value : undefined;
  const kindOptions = useMemo(() => MISTAKE_KINDS.map((k) => ({ value: k, label: pickText(mistakeKind(k)!.label, language) })), [language]);

  const create = async (values: CreateForm) => {
    form.setFieldValue('passphrase', ''); // the passphrase leaves the form at once; it travels only into the signing
    setBusy('create');
    setProblem(undefined);
    try {
      const outcome = await makeExercise(
        session,
        catalog,
        { title: values.title.trim(), instructions: values.instructions ?? '', profile: values.profile, timeLimitMinutes: values.timeLimit ?? null, mistakes: values.mistakes, kinds: values.kinds ?? [], seed: values.seed },
        values.passphrase,
        new Date(),
      );
      if (!outcome.ok) {
        setProblem(pickText(outcome.message, language));
        return;
      }
      const { made } = outcome;
      const saved = await platform.saveFile(exerciseFileNames.exercise(values.title), made.exercise);
      if (!saved) return;
      await platform.saveFile(exerciseFileNames.answers(values.title), new TextEncoder().encode(made.answers));
      setMade({ file: saved.name, planted: made.planted, keyId: made.keyId });
      void message.success(t('exercise.trainer.created', { count: made.planted, file: saved.name }));
    } catch (error) {
      setProblem(describeError(error, coreLang(language)));
    } finally {
      setBusy(undefined);
    }
  };

  const grade = async () => {
    if (!exercise || !answers) return;
    let picked: readonly PickedEntry[] | null;
    if (platform.pickFiles) picked = await platform.pickFiles(ZIP, { folder: false });
    else {
      const one = await platform.pickFile(ZIP);
      picked = one && [one];
    }
    if (!picked?.length) return;
    setBusy('grade');
    setProblem(undefined);
    try {
      const readable = picked.filter((p): p is PickedFile => 'bytes' in p);
      const outcome = await gradeClass(session, exercise.bytes, new TextDecoder().decode(answers.bytes), readable);
      if (!outcome.ok) setProblem(pickText(outcome.message, language));
      else setGraded(outcome.graded);
    } catch (error) {
      setProblem(describeError(error, coreLang(language)));
    } finally {
      setBusy(undefined);
    }
  };

  const pick = async (types: typeof ZIP, set: (file: PickedFile) => void) => {
    const file = await platform.pickFile(types);
    if (file) set(file);
  };

  return (
    <Flex vertical gap={16}>
      <Card className="print-hidden" title={t('exercise.trainer.createTitle')}>
        <Typography.Paragraph type="secondary">{t('exercise.trainer.createHint', { count: catalog.resources.length })}</Typography.Paragraph>
        {signingKey.state.status === 'ready' && !key && <NoPracticeKey />}
        {key && (
          <Typography.Paragraph type="secondary">
            {t('exercise.key.fingerprint')}
            {t('common.colon')}
            <span className="exercise-fingerprint">{formatFingerprint(key.keyId)}</span>
          </Typography.Paragraph>
        )}
        <Form
          form={form}
          layout="inline"
          initialValues={{ title: t('exercise.trainer.defaultTitle'), profile: workspace.profileId, mistakes: 20, kinds: [], timeLimit: 45, instructions: '', seed: 1 }}
          onFinish={(v) => void create(v)}
          style={{ rowGap: 12 }}
        >
          <Form.Item name="title" label={t('exercise.trainer.title')} rules={[{ required: true, whitespace: true, message: t('exercise.trainer.titleRequired') }]}>
            <Input style={{ width: 220 }} maxLength={200} />
          </Form.Item>
          <Form.Item name="profile" label={t('exercise.trainer.profile')}>
            <Select style={{ width: 200 }} options={listProfiles().map((p) => ({ value: p.id, label: pickText(p.name, language) }))} />
          </Form.Item>
          <Form.Item name="mistakes" label={t('exercise.trainer.mistakes')}>
            <InputNumber min={1} max={Math.max(1, catalog.resources.length)} />
          </Form.Item>
          <Form.Item name="timeLimit" label={t('exercise.trainer.timeLimit')}>
            <InputNumber min={1} max={1440} placeholder={t('exercise.trainee.noLimit')} />
          </Form.Item>
          <Form.Item name="seed" label={t('exercise.trainer.seed')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="kinds" label={t('exercise.trainer.kinds')} style={{ width: '100%' }}>
            <Select mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={kindOptions} placeholder={t('exercise.trainer.allKinds')} maxTagCount="responsive" />
          </Form.Item>
          <Form.Item name="instructions" label={t('exercise.trainer.instructions')} style={{ width: '100%' }}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Form.Item name="passphrase" label={t('exercise.key.passphrase')} rules={[{ required: true, message: t('exercise.key.passphraseRequired') }]}>
            <Input.Password autoComplete="off" style={{ width: 200 }} disabled={!key} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<ExperimentOutlined />} loading={busy === 'create'} disabled={catalog.resources.length === 0 || !key}>
              {t('exercise.trainer.create')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {made && (
        <Card className="print-hidden" title={t('exercise.key.madeTitle', { file: made.file })} data-testid="exercise-made">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('exercise.key.madePlanted')}>{made.planted}</Descriptions.Item>
            <Descriptions.Item label={t('exercise.key.madeFingerprint')}>
              <span className="exercise-fingerprint">{formatFingerprint(made.keyId)}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <Card className="print-hidden" title={t('exercise.trainer.gradeTitle')}>
        <Flex gap={8} wrap align="center">
          <Button icon={exercise ? <CheckCircleOutlined /> : undefined} onClick={() => void pick(ZIP, setExercise)}>
            {exercise ? exercise.name : t('exercise.trainer.pickExercise')}
          </Button>
          <Button icon={answers ? <CheckCircleOutlined /> : undefined} onClick={() => void pick(JSON_FILE, setAnswers)}>
            {answers ? answers.name : t('exercise.trainer.pickAnswers')}
          </Button>
          <Button type="primary" disabled={!exercise || !answers} loading={busy === 'grade'} onClick={() => void grade()}>
            {t('exercise.trainer.pickSubmissions')}
          </Button>
        </Flex>
      </Card>
      {problem && <Alert type="error" showIcon title={problem} />}
      {graded && (
        <Alert
          className="print-hidden"
          type={graded.signedHere ? 'success' : 'warning'}
          showIcon
          title={t(graded.signedHere ? 'exercise.key.signedHere' : 'exercise.key.signedElsewhere', { fingerprint: formatFingerprint(graded.exerciseKeyId) })}
        />
      )}
      {graded && <ClassReportView graded={graded} />}
    </Flex>
  );
}
