// 首页's 备份与恢复: when the workspace was last backed up, a reminder when one is due (never, too long ago, or after a
// big import; the interval is a setting), and the two actions. A backup of a workspace with a key asks for its
// passphrase to sign; a restore over the department's own workspace asks first (restore-backup.ts keeps the old one
// until the new one is complete) and reopens the app on the restored workspace.
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingDateTime } from '../../core/time/beijing-time.ts';
import { useBackupStatus } from '../hooks/use-backup.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSession } from '../hooks/use-session.ts';
import { useSigningKey } from '../hooks/use-signing-key.ts';
import { backupToFile, BACKUP_EXTENSION, restoreFromFile } from '../services/backup/backup-actions.ts';
import { setBackupInterval } from '../services/backup/last-backup.ts';
import type { RestoreOutcome } from '../services/backup/restore-backup.ts';
import type { OpenedFile } from '../services/platform/platform.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';

const INTERVALS = [30, 60, 90, 0];

const AUDIT_TEXT = { copied: 'backup.auditCopied', continued: 'backup.auditContinued', separate: 'backup.auditSeparate' } as const;

export function BackupCard() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { message, modal } = App.useApp();
  const session = useSession();
  const platform = usePlatform();
  const { state, reload } = useBackupStatus();
  const key = useSigningKey();
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<{ passphrase?: string }>();
  const backupType = { name: t('backup.pickType'), extensions: [BACKUP_EXTENSION] };
  const hasKey = key.state.status === 'ready' && key.state.value !== undefined;
  const status = state.status === 'ready' ? state.value : undefined;

  const writeBackup = async () => {
    const { passphrase } = hasKey ? await form.validateFields() : { passphrase: undefined };
    setProblem(null);
    setBusy(t('backup.writing', { rows: 0 }));
    try {
      const outcome = await backupToFile(session, platform, { passphrase, fileType: backupType, onProgress: (rows) => setBusy(t('backup.writing', { rows })) });
      if (outcome.ok) {
        void message.success(t('backup.saved', { file: outcome.saved.name }));
        setDialog(false);
        form.resetFields();
        reload();
      } else if (outcome.reason !== 'cancelled') setProblem(t(`backup.${outcome.reason}`));
    } catch (error) {
      setProblem(describeError(error, lang));
    } finally {
      setBusy(null);
    }
  };

  /** Restores from the opened file, and closes it once nothing more will be read (after the question, if one is asked). */
  const restore = async (file: OpenedFile, replace: boolean): Promise<void> => {
    setBusy(t('backup.restoring', { rows: 0, total: 0 }));
    let outcome: RestoreOutcome;
    try {
      outcome = await restoreFromFile(session.ctx, file, {
        operator: session.getState().workspace.operatorName,
        replace,
        onProgress: ({ rows, total }) => setBusy(t('backup.restoring', { rows, total })),
      });
    } catch (error) {
      void file.close();
      modal.error({ title: t('backup.unusableTitle'), content: `${describeError(error, lang)} ${t('backup.unchanged')}` });
      return;
    } finally {
      setBusy(null);
    }
    if (outcome.ok || outcome.reason !== 'exists') void file.close();
    if (outcome.ok) {
      const w = outcome.manifest.workspace;
      const audit = t(AUDIT_TEXT[outcome.audit]);
      modal.success({
        title: t('backup.title'),
        content: t('backup.restored', { name: w.department.name, resources: w.resources, audit }),
        // The open session belongs to the workspace the restore replaced (or to another): start again on the restored one.
        onOk: () => window.location.reload(),
      });
    } else if (outcome.reason === 'exists') {
      const w = outcome.manifest.workspace;
      modal.confirm({
        title: t('backup.replaceTitle'),
        content: t('backup.replaceBody', { name: w.department.name, at: beijingDateTime(outcome.manifest.createdAt), resources: w.resources }),
        okText: t('backup.replace'),
        okButtonProps: { danger: true },
        onOk: () => restore(file, true),
        onCancel: () => void file.close(),
      });
    } else if (outcome.reason === 'backup') {
      const { check } = outcome;
      const lines = check.verdict === 'damaged' ? check.problems.map((p) => p.message[lang]) : [check.message[lang]];
      modal.error({
        title: t(check.verdict === 'damaged' ? 'backup.damagedTitle' : 'backup.unusableTitle'),
        content: (
          <Space direction="vertical">
            {lines.map((line) => (
              <Typography.Text key={line}>{line}</Typography.Text>
            ))}
            <Typography.Text type="secondary">{t('backup.unchanged')}</Typography.Text>
          </Space>
        ),
      });
    } else if (outcome.reason === 'newerSchema') modal.error({ title: t('backup.unusableTitle'), content: t('backup.newerSchema', { version: outcome.schemaVersion }) });
    else if (outcome.reason === 'changedDuringRestore') modal.error({ title: t('backup.damagedTitle'), content: `${outcome.problem.message[lang]} ${t('backup.unchanged')}` });
  };

  const pickAndRestore = async () => {
    const file = await platform.openFile([backupType]);
    if (file) await restore(file, false);
  };

  const reminder = status?.reminder;
  const due = reminder?.due
    ? reminder.reason === 'never'
      ? t('backup.dueNever')
      : reminder.reason === 'age'
        ? t('backup.dueAge', { days: reminder.days, interval: status?.intervalDays })
        : t('backup.dueBigImport')
    : null;

  return (
    <Card size="small" title={t('backup.title')} data-testid="backup-card">
      <Flex vertical gap="small">
        {due && <Alert type="warning" showIcon title={due} data-testid="backup-reminder" />}
        <Typography.Text data-testid="backup-last">
          {status?.last
            ? t('backup.last', { at: beijingDateTime(status.last.at), file: status.last.fileName, signed: t(status.last.signed ? 'backup.signed' : 'backup.unsigned') })
            : t('backup.never')}
        </Typography.Text>
        <Flex gap="small" align="center" wrap>
          <Button type={due ? 'primary' : 'default'} onClick={() => setDialog(true)} disabled={busy !== null}>
            {t('backup.backupButton')}
          </Button>
          <Button onClick={() => void pickAndRestore()} disabled={busy !== null}>
            {t('backup.restoreButton')}
          </Button>
          <Typography.Text type="secondary">{t('backup.interval')}</Typography.Text>
          <Select
            size="small"
            style={{ width: 150 }}
            value={status?.intervalDays}
            options={INTERVALS.map((days) => ({ value: days, label: days ? t('backup.intervalDays', { days }) : t('backup.intervalOff') }))}
            onChange={(days: number) => void setBackupInterval(session.ctx, days).then(reload)}
          />
          {busy && <Typography.Text type="secondary">{busy}</Typography.Text>}
        </Flex>
      </Flex>
      <Modal
        open={dialog}
        title={t('backup.dialogTitle')}
        okText={t('backup.write')}
        onOk={() => void writeBackup()}
        confirmLoading={busy !== null}
        onCancel={() => {
          setDialog(false);
          setProblem(null);
        }}
        destroyOnHidden
      >
        <Flex vertical gap="small">
          <Typography.Paragraph>{t('backup.contents')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t(hasKey ? 'backup.withKey' : 'backup.withoutKey')}</Typography.Paragraph>
          {hasKey && (
            <Form form={form} layout="vertical">
              <Form.Item name="passphrase" label={t('backup.passphrase')} rules={[{ required: true, message: t('backup.passphraseRequired') }]}>
                <Input.Password autoFocus autoComplete="off" />
              </Form.Item>
            </Form>
          )}
          {busy && <Typography.Text>{busy}</Typography.Text>}
          {problem && <Alert type="error" showIcon title={problem} />}
        </Flex>
      </Modal>
    </Card>
  );
}
