// 收件箱: pick many unit packages at once (several files, or a folder), verify them in a worker against the roster,
// and list every package ever received with its unit, version, date, resource count and verdict. A rejected
// package says why in plain words and stays listed; it is never aggregated.
import { FolderOpenOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_VERDICT_TEXT, type InputVerdictKind } from '../../core/county/input-verdict.ts';
import { beijingDateTime } from '../../core/time/beijing-time.ts';
import { useCountyActions, useInbox, useRoster } from '../hooks/use-county.ts';
import { useReviews } from '../hooks/use-county-review.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { PickedEntry } from '../services/platform/platform.ts';
import type { InboxRow } from '../services/stored-types.ts';
import { describeError } from '../shared/describe-error.ts';
import { usableKeys } from './RosterSection.tsx';
import './county.css';

const PACKAGES = [{ name: '目录包', extensions: ['zip'] }];
const VERDICT_COLOR: Readonly<Record<InputVerdictKind, string>> = { accepted: 'green', superseded: 'default', rejected: 'red' };

type Run = { state: 'idle' } | { state: 'verifying'; count: number } | { state: 'done'; count: number; seconds: string; rows: InboxRow[] } | { state: 'failed'; message: string };

export function InboxSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const platform = usePlatform();
  const actions = useCountyActions();
  const inbox = useInbox();
  const roster = useRoster();
  // 已采用 means accepted after review: a package that verified waits for its review until then.
  const reviews = useReviews();
  const reviewed = new Map(reviews.state.status === 'ready' ? reviews.state.value.map((r) => [r.inboxId, r]) : []);
  const verdictText = (r: InboxRow) => {
    if (r.verdict.verdict !== 'accepted') return INPUT_VERDICT_TEXT[r.verdict.verdict][lang];
    const review = reviewed.get(r.id);
    if (!review) return t('county.inbox.awaitingReview');
    return review.decision === 'accepted' && review.returned > 0 ? t('countyWork.review.state.partly', { count: review.returned }) : t(`countyWork.review.state.${review.decision}`);
  };
  const [run, setRun] = useState<Run>({ state: 'idle' });

  const receive = async (folder: boolean) => {
    let picked: readonly PickedEntry[] | null;
    try {
      picked = await platform.pickFiles(PACKAGES, { folder });
    } catch (error) {
      // A folder too big to take, or one main could not read: said, and nothing is received.
      setRun({ state: 'failed', message: describeError(error, lang) });
      return;
    }
    if (!picked?.length) return;
    setRun({ state: 'verifying', count: picked.length });
    try {
      const outcome = await actions.receive(picked);
      if (!outcome.ok) {
        setRun({ state: 'failed', message: 'refused' in outcome ? outcome.refused[lang] : 'crashed' in outcome ? outcome.crashed : '' });
        return;
      }
      setRun({ state: 'done', count: picked.length, seconds: (outcome.ms / 1000).toFixed(1), rows: outcome.rows });
      inbox.reload();
      reviews.reload();
    } catch (error) {
      setRun({ state: 'failed', message: describeError(error, lang) });
    }
  };

  const noKeys = roster.state.status === 'ready' && !roster.state.value.some((r) => usableKeys(r).length > 0);
  const count = (rows: readonly InboxRow[], kind: InputVerdictKind) => rows.filter((r) => r.verdict.verdict === kind).length;

  let body;
  if (inbox.state.status === 'loading') body = <Spin />;
  else if (inbox.state.status === 'failed') body = <Alert type="error" showIcon title={describeError(inbox.state.error, lang)} />;
  else if (!inbox.state.value.length) body = <Empty description={t('county.inbox.empty')} />;
  else {
    // Newest batch first, each batch in the order its files were picked.
    const rows = [...inbox.state.value].sort((x, y) => y.batch - x.batch || x.id - y.id);
    body = (
      <>
        <Typography.Text type="secondary">{t('county.inbox.counts', { count: rows.length, accepted: count(rows, 'accepted'), rejected: count(rows, 'rejected') })}</Typography.Text>
        <Table<InboxRow>
          size="small"
          rowKey="id"
          dataSource={rows}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          scroll={{ y: 440 }}
          className="inbox-table"
          columns={[
            { key: 'file', title: t('county.inbox.columns.file'), render: (_, r) => r.verdict.file, width: 180, ellipsis: true },
            { key: 'unit', title: t('county.inbox.columns.unit'), render: (_, r) => r.verdict.unit?.name ?? '—', width: 170 },
            {
              key: 'version',
              title: t('county.inbox.columns.version'),
              width: 90,
              render: (_, r) => (r.verdict.version === undefined ? '—' : `${r.verdict.version}（${t(r.verdict.incremental ? 'county.inbox.incremental' : 'county.inbox.full')}）`),
            },
            { key: 'date', title: t('county.inbox.columns.date'), width: 130, render: (_, r) => (r.verdict.date ? beijingDateTime(r.verdict.date) : '—') },
            { key: 'resources', title: t('county.inbox.columns.resources'), width: 70, align: 'right', render: (_, r) => r.verdict.resources ?? '—' },
            {
              key: 'verdict',
              title: t('county.inbox.columns.verdict'),
              render: (_, r) => (
                <Flex vertical gap={2}>
                  <span>
                    <Tag color={r.verdict.verdict === 'accepted' && reviewed.get(r.id)?.decision === 'returned' ? 'red' : VERDICT_COLOR[r.verdict.verdict]}>{verdictText(r)}</Tag>
                  </span>
                  {r.verdict.message && <Typography.Text type={r.verdict.verdict === 'rejected' ? 'danger' : 'secondary'}>{r.verdict.message[lang]}</Typography.Text>}
                </Flex>
              ),
            },
            { key: 'received', title: t('county.inbox.columns.received'), width: 130, render: (_, r) => beijingDateTime(r.receivedAt) },
          ]}
        />
      </>
    );
  }

  return (
    <Flex vertical gap="middle" className="county-section">
      <Typography.Title level={4} className="section-title">
        <InboxOutlined /> {t('county.inbox.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('county.inbox.intro')}</Typography.Paragraph>
      {noKeys && <Alert type="warning" showIcon title={t('county.inbox.noKeys')} />}
      <Space wrap>
        <Button type="primary" icon={<UploadOutlined />} disabled={run.state === 'verifying'} onClick={() => void receive(false)}>
          {t('county.inbox.pickFiles')}
        </Button>
        <Button icon={<FolderOpenOutlined />} disabled={run.state === 'verifying'} onClick={() => void receive(true)}>
          {t('county.inbox.pickFolder')}
        </Button>
      </Space>
      {run.state === 'verifying' && <Spin tip={t('county.inbox.verifying', { count: run.count })}>{<div className="county-spin" />}</Spin>}
      {run.state === 'done' && (
        <Alert
          type={count(run.rows, 'rejected') ? 'warning' : 'success'}
          showIcon
          className="inbox-done"
          title={t('county.inbox.done', { count: run.count, seconds: run.seconds, accepted: count(run.rows, 'accepted'), superseded: count(run.rows, 'superseded'), rejected: count(run.rows, 'rejected') })}
        />
      )}
      {run.state === 'failed' && <Alert type="error" showIcon title={t('county.inbox.failed', { message: run.message })} />}
      {body}
    </Flex>
  );
}
