// Changing the passphrase: the current one, the new one twice. The key worker re-seals the same key (core's
// changePassphrase); only when that succeeded is the new keystore stored, so a wrong passphrase — answered with
// core's Chinese message — leaves the stored key exactly as it was.
import { Alert, App, Button, Form, Input, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../app/workspace-setup.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { useSession } from '../session/use-session.ts';
import { storeSigningKey, type StoredSigningKey } from '../storage/keystore-store.ts';
import { confirmShortPassphrase, NewPassphraseFields } from './PassphraseFields.tsx';
import { runKeystoreJobInWorker } from './run-keystore-job.ts';

interface ChangeValues {
  old: string;
  passphrase: string;
  repeat: string;
}

export function ChangePassphraseForm({ current, onDone, onCancel }: { current: StoredSigningKey; onDone: () => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ChangeValues>();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async ({ old, passphrase }: ChangeValues) => {
    if (!(await confirmShortPassphrase(modal, t, passphrase))) return;
    setWorking(true);
    setError(undefined);
    try {
      const outcome = await runKeystoreJobInWorker({ kind: 'change', keystore: current.keystore, oldPassphrase: old, newPassphrase: passphrase });
      if (!outcome.ok) {
        setError(t('keys.failed.crashed', { message: 'crashed' in outcome ? outcome.crashed : '' }));
        return;
      }
      if (!outcome.result.ok) {
        setError(pickText(outcome.result.error.message, language));
        form.setFieldValue('old', '');
        return;
      }
      await storeSigningKey(session.ctx, session.id, outcome.result.keystore, 'passphrase', session.getState().workspace.operatorName);
      void message.success(t('keys.passphrase.done'));
      onDone();
    } catch (e) {
      setError(t('keys.failed.store', { message: describeError(e, coreLang(language)) }));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Spin spinning={working} tip={t('keys.passphrase.working')}>
      <Form form={form} layout="vertical" className="key-form" onFinish={(values) => void submit(values)} disabled={working}>
        <Form.Item name="old" label={t('keys.passphrase.old')} rules={[{ required: true, message: t('keys.validation.oldRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPassphraseFields form={form} name="passphrase" repeatName="repeat" label={t('keys.passphrase.new')} repeatLabel={t('keys.passphrase.repeat')} />
        {error && <Alert type="error" showIcon title={error} className="key-form-error" role="alert" />}
        <Space>
          <Button type="primary" htmlType="submit" loading={working}>
            {t('keys.passphrase.submit')}
          </Button>
          <Button onClick={onCancel}>{t('keys.passphrase.cancel')}</Button>
        </Space>
      </Form>
    </Spin>
  );
}
