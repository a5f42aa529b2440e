// 名册与公钥: the units the county expects to report, imported from an Excel list (a bad list is refused whole, every
// bad row named by row and column), and each unit's keys entered from its registration form, replaced or revoked.
import { FileExcelOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readRosterWorkbook } from '../../core/county/roster-workbook.ts';
import type { RosterKey } from '../../core/county/roster-trust.ts';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import { parseTrustStore } from '../../core/package/trust-store.ts';
import { decodeUtf8Lossy } from '../../core/zip/utf8.ts';
import type { LocalText } from '../../core/i18n/text.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { useCountyActions, useRoster } from '../hooks/use-county.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { RosterRow } from '../services/stored-types.ts';
import { describeError } from '../shared/describe-error.ts';
import { KeyDialog } from './KeyDialog.tsx';
import './county.css';

const WORKBOOK = [{ name: '工作簿', extensions: ['xlsx'] }];
const TRUST_FILE = [{ name: '信任库', extensions: ['json'] }];

export const usableKeys = (row: RosterRow) => row.keys.filter((k) => k.revokedAt === undefined);

export function RosterSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { message } = App.useApp();
  const platform = usePlatform();
  const actions = useCountyActions();
  const { state, reload } = useRoster();
  const [problems, setProblems] = useState<LocalText[]>();
  const [refused, setRefused] = useState<'county.roster.importRefused' | 'county.roster.keysRefused'>('county.roster.importRefused');
  const [importing, setImporting] = useState(false);
  const [keyFor, setKeyFor] = useState<{ row: RosterRow; replaces?: RosterKey }>();

  const importList = async () => {
    const picked = await platform.pickFile(WORKBOOK);
    if (!picked) return;
    setImporting(true);
    try {
      const read = await readRosterWorkbook(picked.bytes);
      if (!read.ok) {
        setProblems('problems' in read ? read.problems.map((p) => p.message) : [read.message]);
        setRefused('county.roster.importRefused');
        return;
      }
      setProblems(undefined);
      const counts = await actions.importRoster(read.units, picked.name);
      void message.success(t('county.roster.imported', counts));
      reload();
    } catch (error) {
      setProblems([{ zh: describeError(error, 'zh'), en: describeError(error, 'en') }]);
    } finally {
      setImporting(false);
    }
  };

  const importKeys = async () => {
    const picked = await platform.pickFile(TRUST_FILE);
    if (!picked) return;
    const parsed = await parseTrustStore(decodeUtf8Lossy(picked.bytes));
    const result = parsed.ok ? await actions.importKeys(parsed.store.file.departments, picked.name) : { ok: false as const, messages: parsed.problems.map((p) => p.message) };
    if (!result.ok) {
      setProblems(result.messages);
      setRefused('county.roster.keysRefused');
      return;
    }
    setProblems(undefined);
    void message.success(t('county.roster.keysImported', { count: result.added }));
    reload();
  };

  const revoke = async (row: RosterRow, key: RosterKey) => {
    await actions.revokeKey(row.uscc, key.keyId);
    void message.success(t('county.roster.revokedDone'));
    reload();
  };

  let body;
  if (state.status === 'loading') body = <Spin />;
  else if (state.status === 'failed') body = <Alert type="error" showIcon title={describeError(state.error, lang)} />;
  else if (!state.value.length) body = <Empty description={t('county.roster.empty')} />;
  else {
    const rows = state.value;
    body = (
      <>
        <Typography.Text type="secondary">{t('county.roster.units', { count: rows.length, keyed: rows.filter((r) => usableKeys(r).length > 0).length })}</Typography.Text>
        <Table<RosterRow>
          size="small"
          rowKey="uscc"
          dataSource={rows}
          pagination={false}
          scroll={{ y: 460 }}
          columns={[
            { key: 'name', title: t('county.roster.columns.name'), render: (_, r) => r.unit.name, width: 200 },
            { key: 'uscc', title: t('county.roster.columns.uscc'), render: (_, r) => <Typography.Text code>{r.uscc}</Typography.Text>, width: 190 },
            { key: 'division', title: t('county.roster.columns.division'), render: (_, r) => r.unit.divisionCode, width: 110 },
            { key: 'contact', title: t('county.roster.columns.contact'), render: (_, r) => r.unit.contact, width: 150 },
            { key: 'keys', title: t('county.roster.columns.keys'), render: (_, r) => <KeyList row={r} onRevoke={revoke} /> },
            {
              key: 'actions',
              title: t('county.roster.columns.actions'),
              width: 110,
              render: (_, r) => {
                const current = usableKeys(r).at(-1);
                return (
                  <Button size="small" onClick={() => setKeyFor({ row: r, ...(current && { replaces: current }) })}>
                    {current ? t('county.roster.replaceKey') : t('county.roster.addKey')}
                  </Button>
                );
              },
            },
          ]}
        />
      </>
    );
  }

  return (
    <Flex vertical gap="middle" className="county-section">
      <Typography.Title level={4} className="section-title">
        <TeamOutlined /> {t('county.roster.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('county.roster.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<FileExcelOutlined />} loading={importing} onClick={() => void importList()}>
          {t('county.roster.import')}
        </Button>
        <Button icon={<SafetyCertificateOutlined />} onClick={() => void importKeys()}>
          {t('county.roster.importKeys')}
        </Button>
      </Space>
      <Typography.Text type="secondary">
        {t('county.roster.importHelp')} {t('county.roster.importKeysHelp')}
      </Typography.Text>
      {problems && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems(undefined)}
          title={t(refused)}
          description={
            <ul className="county-problems">
              {problems.map((p, i) => (
                <li key={i}>{p[lang]}</li>
              ))}
            </ul>
          }
        />
      )}
      {body}
      {keyFor && (
        <KeyDialog
          row={keyFor.row}
          {...(keyFor.replaces && { replaces: keyFor.replaces })}
          onClose={(added) => {
            setKeyFor(undefined);
            if (added) reload();
          }}
        />
      )}
    </Flex>
  );
}

function KeyList({ row, onRevoke }: { row: RosterRow; onRevoke(row: RosterRow, key: RosterKey): Promise<void> }) {
  const { t } = useTranslation();
  if (!row.keys.length) return <Typography.Text type="warning">{t('county.roster.noKey')}</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {row.keys.map((key) => {
        const fingerprint = formatFingerprint(key.keyId);
        const validity = key.validUntil ? t('county.roster.validRange', { from: key.validFrom, until: key.validUntil }) : t('county.roster.valid', { from: key.validFrom });
        return (
          <Flex key={key.keyId} gap={6} align="center" wrap>
            <Typography.Text code delete={key.revokedAt !== undefined} className="county-fingerprint">
              {fingerprint}
            </Typography.Text>
            <Typography.Text type="secondary">{validity}</Typography.Text>
            {key.revokedAt !== undefined ? (
              <Tag>{t('county.roster.revoked', { at: beijingDate(key.revokedAt) })}</Tag>
            ) : (
              <Popconfirm title={t('county.roster.revokeConfirm', { name: row.unit.name, fingerprint })} onConfirm={() => onRevoke(row, key)}>
                <Button size="small" type="link" danger>
                  {t('county.roster.revoke')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}
