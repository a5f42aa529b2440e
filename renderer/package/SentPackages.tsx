// The packages sent: version, type, date, resources, status (待回执/已接收/已退回) and, per package, its receipt with
// the per-resource returns and their reasons. Receipts are imported here, verified against the receiver's public
// key, which the clerk picks once (and compares by fingerprint) and which is kept per workspace.
import { DownloadOutlined, ImportOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import { isIncremental } from '../../core/package/manifest.ts';
import type { ReceiptDecision } from '../../core/package/receipt.ts';
import { trustFromPublicKeyPem } from '../../core/package/trust-store.ts';
import { decodeUtf8Strict } from '../../core/zip/utf8.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { beijingDateTime } from '../../core/time/beijing-time.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSession, useSessionState } from '../hooks/use-session.ts';
import type { PackageRow, PackageStatus, ReceiptRow } from '../services/stored-types.ts';
import { importReceipt } from '../services/package/import-receipt.ts';
import { keepReceiverKey } from '../services/package/receiver-key.ts';
import type { PackagesView } from '../hooks/use-packages.ts';

const STATUS_COLOR: Readonly<Record<PackageStatus, string>> = { awaitingReceipt: 'gold', accepted: 'green', returned: 'red' };

export function SentPackages({ view, onChanged }: { view: PackagesView; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const { workspace } = useSessionState();
  const platform = usePlatform();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { packages, receipts, summaries, receiverKey } = view;

  /** Picks the receiver's PEM, shows its fingerprint to compare, keeps it when the clerk confirms; the PEM or undefined. */
  const pickReceiverKey = async (): Promise<string | undefined> => {
    const file = await platform.pickFile([{ name: t('package.files.publicKeyPem'), extensions: ['pem', 'txt'] }]);
    if (!file) return undefined;
    const pem = decodeUtf8Strict(file.bytes) ?? '';
    const trust = await trustFromPublicKeyPem(pem);
    if (!trust.ok) {
      void message.error(t('package.receipt.badKey', { message: pickText(trust.message, language) }));
      return undefined;
    }
    const key = trust.store.keys[0]!;
    const confirmed = await new Promise<boolean>((resolve) => {
      void modal.confirm({
        title: t('package.receipt.confirmKeyTitle'),
        content: (
          <Space direction="vertical">
            <Typography.Text>{t('package.receipt.confirmKey')}</Typography.Text>
            <Typography.Text className="registration-mono" strong data-testid="receiver-fingerprint">
              {formatFingerprint(key.keyId)}
            </Typography.Text>
          </Space>
        ),
        okText: t('package.receipt.confirmKeyOk'),
        cancelText: t('package.receipt.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
    if (!confirmed) return undefined;
    await keepReceiverKey(session, key);
    void message.success(t('package.receipt.keySaved'));
    onChanged();
    return key.publicKeyPem;
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      void message.error(describeError(e, coreLang(language)));
    } finally {
      setBusy(false);
    }
  };

  const importReceiptFile = () =>
    run(async () => {
      const pem = receiverKey?.pem ?? (await pickReceiverKey());
      if (!pem) return;
      const file = await platform.pickFile([{ name: t('package.files.receipt'), extensions: ['json'] }]);
      if (!file) return;
      const outcome = await importReceipt(session.ctx, session.id, decodeUtf8Strict(file.bytes) ?? '', pem, workspace.operatorName, new Date());
      if (!outcome.ok) {
        void modal.error({ title: t('package.receipt.failed', { message: '' }), content: pickText(outcome.message, language) });
        return;
      }
      const { receipt } = outcome;
      void message.success(t('package.receipt.imported', { version: receipt.catalogVersion, decision: t(`package.list.${receipt.decision}`) }));
      onChanged();
    });

  return (
    <Card
      title={t('package.list.title')}
      className="sent-packages"
      extra={
        <Space wrap>
          <Typography.Text type="secondary">
            <SafetyCertificateOutlined /> {t('package.receipt.receiverKey')}
            {receiverKey ? t('package.receipt.receiverFingerprint', { fingerprint: formatFingerprint(receiverKey.keyId).split(' ').slice(0, 4).join(' ') + ' …' }) : t('package.receipt.noReceiverKey')}
          </Typography.Text>
          <Button size="small" onClick={() => void run(async () => void (await pickReceiverKey()))} disabled={busy}>
            {receiverKey ? t('package.receipt.changeReceiverKey') : t('package.receipt.setReceiverKey')}
          </Button>
          <Button type="primary" icon={<ImportOutlined />} onClick={() => void importReceiptFile()} loading={busy} disabled={packages.length === 0}>
            {t('package.receipt.import')}
          </Button>
        </Space>
      }
    >
      {!receiverKey && packages.length > 0 && <Typography.Paragraph type="secondary">{t('package.receipt.receiverKeyHint')}</Typography.Paragraph>}
      <Table<PackageRow>
        size="small"
        rowKey="id"
        dataSource={packages}
        pagination={packages.length > 8 ? { pageSize: 8, showSizeChanger: false } : false}
        locale={{ emptyText: <Empty description={t('package.list.empty')} /> }}
        expandable={{
          expandedRowRender: (row) => <ReceiptDetails receipt={receipts.get(row.id)} />,
        }}
        columns={[
          { title: t('package.list.version'), width: 70, render: (_, row) => `v${row.manifest.catalogVersion}` },
          {
            title: t('package.list.type'),
            width: 200,
            render: (_, row) => (
              <Space size={4} wrap>
                {row.type === 'training' && <Tag color="purple">{t('package.list.training')}</Tag>}
                {isIncremental(row.manifest) ? <Tag>{t('package.list.incremental', { base: row.manifest.baseVersion })}</Tag> : <Tag>{t('package.list.full')}</Tag>}
                {isIncremental(row.manifest) && <Typography.Text type="secondary">{t('package.list.changes', { count: row.manifest.changes.length })}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('package.list.createdAt'), width: 140, render: (_, row) => beijingDateTime(row.manifest.createdAt) },
          { title: t('package.list.resources'), width: 100, render: (_, row) => summaries.get(row.packageId)?.resources ?? '—' },
          {
            title: t('package.list.status'),
            width: 90,
            // A training package is never sent upward, so it never waits for a receipt.
            render: (_, row) =>
              row.type === 'training' && row.status === 'awaitingReceipt' ? (
                <Tag data-testid={`package-status-v${row.manifest.catalogVersion}`}>{t('package.list.practice')}</Tag>
              ) : (
                <Tag color={STATUS_COLOR[row.status]} data-testid={`package-status-v${row.manifest.catalogVersion}`}>
                  {t(`package.list.${row.status}`)}
                </Tag>
              ),
          },
          { title: t('package.list.file'), ellipsis: true, render: (_, row) => row.fileName },
          {
            title: '',
            width: 110,
            render: (_, row) =>
              row.content.kind === 'bytes' ? (
                <Button size="small" icon={<DownloadOutlined />} onClick={() => row.content.kind === 'bytes' && void platform.saveFile(row.fileName, row.content.bytes)}>
                  {t('package.list.download')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('package.list.notKept')}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}

function ReceiptDetails({ receipt }: { receipt: ReceiptRow | undefined }) {
  const { t } = useTranslation();
  if (!receipt) return <Typography.Text type="secondary">{t('package.receipt.none')}</Typography.Text>;
  const r = receipt.receipt;
  const decision = (d: ReceiptDecision) => <Tag color={STATUS_COLOR[d]}>{t(`package.list.${d}`)}</Tag>;
  return (
    <Space direction="vertical" className="receipt-details">
      <Descriptions size="small" column={2} title={t('package.receipt.title')}>
        <Descriptions.Item label={t('package.receipt.decision')}>{decision(r.decision)}</Descriptions.Item>
        <Descriptions.Item label={t('package.receipt.receivedAt')}>{beijingDateTime(r.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('package.receipt.receiver')}>
          {r.receiver.name}（{r.receiver.uscc}）
        </Descriptions.Item>
        {r.reason !== null && <Descriptions.Item label={t('package.receipt.reason')}>{r.reason}</Descriptions.Item>}
      </Descriptions>
      {r.resources.length > 0 && (
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          title={() => t('package.receipt.resources')}
          dataSource={r.resources}
          columns={[
            { title: t('package.changes.code'), dataIndex: 'code', width: 180 },
            { title: t('package.receipt.resourceDecision'), dataIndex: 'decision', width: 90, render: (d: ReceiptDecision) => decision(d) },
            { title: t('package.receipt.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '' },
          ]}
        />
      )}
    </Space>
  );
}
