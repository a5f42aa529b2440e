// Changing the passphrase: the current one, the new one twice. The key worker re-seals the same key (core's
// changePassphrase); only when that succeeded is the new keystore stored, so a wrong passphrase — answered with
// core's Chinese message — leaves the stored key exactly as it was.
import { Alert, App, Button, Form, Input, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StoredSigningKey } from '../services/stored-types.ts';
import { NewPassphraseFields } from './PassphraseFields.tsx';
import { useKeyChange } from './use-key-change.ts';

interface ChangeValues {
  old: string;
  passphrase: string;
  repeat: string;
}

export function ChangePassphraseForm({ current, onDone, onCancel }: { current: StoredSigningKey; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangeValues>();
  const { working, error, submit: store } = useKeyChange('passphrase');

  const submit = async ({ old, passphrase }: ChangeValues) => {
    const request = { kind: 'change', keystore: current.keystore, oldPassphrase: old, newPassphrase: passphrase } as const;
    if (!(await store(passphrase, () => request, () => form.setFieldValue('old', '')))) return;
    void message.success(t('keys.passphrase.done'));
    onDone();
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
