// A new passphrase typed twice, with a strength hint as it is typed (core's passphrase policy, as the CLI warns),
// and the question a short one asks before it is used.
import { App, Form, Input, Progress, Typography, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { passphraseLength, passphraseStrength, SHORT_PASSPHRASE_LENGTH, type PassphraseStrength } from '../../core/crypto/passphrase-policy.ts';

const STRENGTH_STEPS: Readonly<Record<PassphraseStrength, { percent: number; color: string }>> = {
  empty: { percent: 0, color: '#d9d9d9' },
  short: { percent: 25, color: '#ff4d4f' },
  fair: { percent: 60, color: '#faad14' },
  strong: { percent: 100, color: '#52c41a' },
};

export function NewPassphraseFields({ form, name, repeatName, label, repeatLabel }: { form: FormInstance; name: string; repeatName: string; label: string; repeatLabel: string }) {
  const { t } = useTranslation();
  const value = (Form.useWatch(name, form) as string | undefined) ?? '';
  const strength = passphraseStrength(value);
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        rules={[{ required: true, message: t('keys.validation.passphraseRequired') }]}
        extra={
          <div className="passphrase-strength" data-strength={strength}>
            <Progress percent={STRENGTH_STEPS[strength].percent} showInfo={false} strokeColor={STRENGTH_STEPS[strength].color} size="small" />
            <Typography.Text type={strength === 'short' ? 'danger' : 'secondary'}>
              {t('keys.strength.label')}
              {t(`keys.strength.${strength}`, { min: SHORT_PASSPHRASE_LENGTH })}
            </Typography.Text>
          </div>
        }
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={repeatName}
        label={repeatLabel}
        dependencies={[name]}
        rules={[
          { required: true, message: t('keys.validation.repeatRequired') },
          ({ getFieldValue }) => ({
            validator: (_, repeat: string | undefined) => (!repeat || repeat === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error(t('keys.validation.mismatch')))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

/** True to go on: a passphrase that is not short, or a short one the clerk chose to keep. */
export function confirmShortPassphrase(modal: ReturnType<typeof App.useApp>['modal'], t: TFunction, passphrase: string): Promise<boolean> {
  if (passphraseStrength(passphrase) !== 'short') return Promise.resolve(true);
  return new Promise((resolve) => {
    void modal.confirm({
      title: t('keys.validation.shortConfirmTitle'),
      content: t('keys.validation.shortConfirm', { length: passphraseLength(passphrase) }),
      okText: t('keys.validation.useAnyway'),
      cancelText: t('keys.validation.goBack'),
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
