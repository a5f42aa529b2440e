// 密钥: the workspace's signing key — create one (SM2 by default), see its key id and fingerprint, print and download
// the 公钥登记表 and the public key, change the passphrase, or replace the key (asked first). The private key is
// only ever stored sealed under the passphrase (keystore-store.ts).
import { DownloadOutlined, KeyOutlined, PrinterOutlined, RetweetOutlined, SwapOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDivisionCode } from '../../core/codes/division.ts';
import { encodePublicKeyPem, formatFingerprint } from '../../core/crypto/keys.ts';
import { readKeystoreInfo } from '../../core/crypto/keystore.ts';
import { formatRegistrationForm } from '../../core/crypto/registration-form.ts';
import { encodeUtf8 } from '../../core/zip/utf8.ts';
import { useDivisionTable } from '../hooks/use-division-table.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionState } from '../hooks/use-session.ts';
import type { RetiredKey, StoredSigningKey } from '../services/stored-types.ts';
import { beijingDateTime } from '../../core/time/beijing-time.ts';
import { ChangePassphraseForm } from './ChangePassphraseForm.tsx';
import { CreateKeyForm } from './CreateKeyForm.tsx';
import { RegistrationSheet, type SheetKey } from './RegistrationSheet.tsx';
import { useSigningKey } from '../hooks/use-signing-key.ts';
import { useBackupStatus } from '../hooks/use-backup.ts';
import './keys.css';

type Mode = 'view' | 'passphrase' | 'replace';

export function KeysSection() {
  const { t, i18n } = useTranslation();
  const { workspace } = useSessionState();
  const { state, reload } = useSigningKey();
  const [mode, setMode] = useState<Mode>('view');
  const training = workspace.kind === 'training';
  const done = () => {
    setMode('view');
    reload();
  };

  let body;
  if (state.status === 'loading') body = <Spin tip={t('keys.loading')} />;
  else if (state.status === 'failed') body = <Alert type="error" showIcon title={describeError(state.error, coreLang(asUiLanguage(i18n.language)))} />;
  else if (!state.value) {
    body = (
      <Card title={t('keys.create.title')}>
        <Alert type="info" showIcon title={t('keys.none')} description={t('keys.noneHint')} className="key-none" />
        <CreateKeyForm replacing={false} onDone={done} />
      </Card>
    );
  } else {
    body = <KeyView stored={state.value} mode={mode} setMode={setMode} onDone={done} />;
  }
  return (
    <Flex vertical gap="middle" className="keys-section">
      <Typography.Title level={4} className="section-title">
        <KeyOutlined /> {t('keys.title')}
      </Typography.Title>
      {training && <Alert type="warning" showIcon title={t('keys.trainingNote')} />}
      {body}
    </Flex>
  );
}

function KeyView({ stored, mode, setMode, onDone }: { stored: StoredSigningKey; mode: Mode; setMode: (mode: Mode) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useSessionState();
  const { modal } = App.useApp();
  const platform = usePlatform();
  const divisions = useDivisionTable();
  const sheetKey = useSheetKey(stored);
  const department = workspace.department;
  const fileStem = `${department.name}-签名公钥-${stored.keyId.slice(stored.keyId.indexOf(':') + 1, stored.keyId.indexOf(':') + 9)}`;

  // Before the key changes, the clerk is reminded to back up (issue #16): a replaced key cannot sign the old backups again.
  const backup = useBackupStatus();
  const last = backup.state.status === 'ready' ? backup.state.value.last : undefined;
  const backupAdvice = `${t('backup.beforeKeyChange')} ${last ? t('backup.last', { at: beijingDateTime(last.at), file: last.fileName, signed: t(last.signed ? 'backup.signed' : 'backup.unsigned') }) : t('backup.never')}`;

  const askReplace = () =>
    void modal.confirm({
      title: t('keys.replace.confirmTitle'),
      content: `${t('keys.replace.confirm')} ${backupAdvice}`,
      okText: t('keys.replace.ok'),
      cancelText: t('keys.replace.cancel'),
      okButtonProps: { danger: true },
      onOk: () => setMode('replace'),
    });

  const downloadForm = () => {
    if (!sheetKey) return;
    const names = divisions.status === 'ready' ? checkDivisionCode(department.divisionCode, divisions.table).names : [];
    const text = formatRegistrationForm({
      department: { name: department.name, uscc: department.uscc, division: { code: department.divisionCode, names } },
      algorithm: sheetKey.algorithm,
      keyId: sheetKey.keyId,
      publicKeyPem: sheetKey.publicKeyPem,
      created: sheetKey.created,
    });
    void platform.saveFile(`${department.name}-公钥登记表.txt`, encodeUtf8(text));
  };

  return (
    <>
      {mode === 'passphrase' && <Alert type="info" showIcon title={backupAdvice} data-testid="key-backup-advice" />}
      <Card
        title={t('keys.current.title')}
        extra={
          <Space>
            <Button icon={<RetweetOutlined />} onClick={() => setMode('passphrase')} disabled={mode !== 'view'}>
              {t('keys.current.changePassphrase')}
            </Button>
            <Button icon={<SwapOutlined />} danger onClick={askReplace} disabled={mode !== 'view'}>
              {t('keys.current.replace')}
            </Button>
          </Space>
        }
      >
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('keys.current.algorithm')}>{t(`keys.algorithmName.${stored.algorithm}`)}</Descriptions.Item>
          <Descriptions.Item label={t('keys.current.keyId')}>
            <Typography.Text className="registration-mono" copyable>
              {stored.keyId}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('keys.current.fingerprint')}>
            <Typography.Text className="registration-mono" data-testid="key-fingerprint">
              {formatFingerprint(stored.keyId)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('keys.current.created')}>{beijingDateTime(stored.created)}</Descriptions.Item>
          <Descriptions.Item label={t('keys.current.savedAt')}>{beijingDateTime(stored.savedAt)}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" className="key-sealed">
          {t('keys.current.sealed')}
        </Typography.Paragraph>
        {mode === 'passphrase' && (
          <Card type="inner" title={t('keys.passphrase.title')}>
            <ChangePassphraseForm current={stored} onDone={onDone} onCancel={() => setMode('view')} />
          </Card>
        )}
        {mode === 'replace' && (
          <Card type="inner" title={t('keys.replace.title')} extra={<Button onClick={() => setMode('view')}>{t('keys.replace.cancel')}</Button>}>
            <CreateKeyForm replacing onDone={onDone} />
          </Card>
        )}
      </Card>
      <Card
        title={t('keys.form.cardTitle')}
        extra={
          <Space wrap>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!sheetKey}>
              {t('keys.form.print')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={downloadForm} disabled={!sheetKey}>
              {t('keys.form.download')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => sheetKey && void platform.saveFile(`${fileStem}.pem`, encodeUtf8(sheetKey.publicKeyPem))} disabled={!sheetKey}>
              {t('keys.current.downloadPem')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">{t('keys.form.hint')}</Typography.Paragraph>
        {sheetKey ? <RegistrationSheet department={department} sheetKey={sheetKey} today={new Date()} /> : <Spin />}
      </Card>
      {stored.retired.length > 0 && <RetiredKeys keys={stored.retired} departmentName={department.name} />}
    </>
  );
}

/** The stored key's clear part, with its PEM (read from the keystore, which holds it in the clear). */
function useSheetKey(stored: StoredSigningKey): SheetKey | undefined {
  const [sheetKey, setSheetKey] = useState<SheetKey>();
  useEffect(() => {
    let live = true;
    void readKeystoreInfo(stored.keystore).then((read) => {
      if (live && read.ok) setSheetKey({ algorithm: read.info.algorithm, keyId: read.info.keyId, created: read.info.created, publicKeyPem: encodePublicKeyPem(read.info.algorithm, read.info.publicKey) });
    });
    return () => {
      live = false;
    };
  }, [stored]);
  return sheetKey;
}

function RetiredKeys({ keys, departmentName }: { keys: readonly RetiredKey[]; departmentName: string }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  return (
    <Card title={t('keys.retired.title')}>
      <Typography.Paragraph type="secondary">{t('keys.retired.hint')}</Typography.Paragraph>
      <Table<RetiredKey>
        size="small"
        rowKey="keyId"
        pagination={false}
        dataSource={[...keys].reverse()}
        locale={{ emptyText: <Empty /> }}
        columns={[
          { title: t('keys.current.algorithm'), dataIndex: 'algorithm', width: 130 },
          { title: t('keys.current.fingerprint'), dataIndex: 'keyId', render: (id: string) => <span className="registration-mono">{formatFingerprint(id)}</span> },
          { title: t('keys.current.created'), dataIndex: 'created', width: 150, render: (iso: string) => beijingDateTime(iso) },
          { title: t('keys.retired.retiredAt'), dataIndex: 'retiredAt', width: 150, render: (iso: string) => beijingDateTime(iso) },
          {
            title: '',
            width: 150,
            render: (_, key) => (
              <Button size="small" icon={<DownloadOutlined />} onClick={() => void platform.saveFile(`${departmentName}-旧签名公钥-${key.keyId.slice(key.keyId.indexOf(':') + 1, key.keyId.indexOf(':') + 9)}.pem`, encodeUtf8(key.publicKeyPem))}>
                PEM
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
