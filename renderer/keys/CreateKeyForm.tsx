// Creating the workspace's signing key, or a new one replacing it: algorithm (SM2 by default), passphrase twice.
// Generation and sealing run in the key worker with a spinner; the sealed keystore is then stored with its audit
// entry. Nothing is stored if anything fails.
import { Alert, App, Button, Form, Radio, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SignatureAlgorithm } from '../../core/crypto/algorithms.ts';
import { NewPassphraseFields } from './PassphraseFields.tsx';
import { useKeyChange } from './use-key-change.ts';
import { useSessionSelector } from '../hooks/use-session.ts';

interface CreateKeyValues {
  algorithm: SignatureAlgorithm;
  passphrase: string;
  repeat: string;
}

export function CreateKeyForm({ replacing, onDone }: { replacing: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const training = useSessionSelector((s) => s.workspace.kind === 'training');
  const [form] = Form.useForm<CreateKeyValues>();
  const { working, error, submit: store } = useKeyChange(replacing ? 'replace' : 'create');

  const submit = async ({ algorithm, passphrase }: CreateKeyValues) => {
    if (!(await store(passphrase, () => ({ kind: 'create', algorithm, passphrase, created: new Date().toISOString() })))) return;
    form.resetFields();
    void message.success(t(replacing ? 'keys.replace.done' : training ? 'keys.create.doneTraining' : 'keys.create.done'));
    onDone();
  };

  return (
    <Spin spinning={working} tip={t('keys.create.working')}>
      <Form form={form} layout="vertical" className="key-form" initialValues={{ algorithm: 'SM2-with-SM3' }} onFinish={(values) => void submit(values)} disabled={working}>
        <Form.Item name="algorithm" label={t('keys.create.algorithm')}>
          <Radio.Group>
            <Space direction="vertical">
              <Radio value="SM2-with-SM3">
                {t('keys.create.sm2')} <Typography.Text type="secondary">{t('keys.create.sm2Help')}</Typography.Text>
              </Radio>
              <Radio value="Ed25519">
                {t('keys.create.ed25519')} <Typography.Text type="secondary">{t('keys.create.ed25519Help')}</Typography.Text>
              </Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('keys.create.passphraseHelp')}</Typography.Paragraph>
        <NewPassphraseFields form={form} name="passphrase" repeatName="repeat" label={t('keys.create.passphrase')} repeatLabel={t('keys.create.repeat')} />
        {error && <Alert type="error" showIcon title={error} className="key-form-error" />}
        <Button type="primary" htmlType="submit" loading={working}>
          {t(replacing ? 'keys.create.replaceSubmit' : 'keys.create.submit')}
        </Button>
      </Form>
    </Spin>
  );
}
