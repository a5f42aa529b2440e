// 审核: the packages the inbox verified, each to be reviewed once, in version order per unit. A reviewed package
// shows its decision and offers its signed receipt again; the one being reviewed opens in ReviewPanel.
import { AuditOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalText } from '../../core/i18n/text.ts';
import { beijingDateTime } from '../../core/time/beijing-time.ts';
import { useInbox } from '../hooks/use-county.ts';
import { useReviewActions, useReviews, type PackageReview } from '../hooks/use-county-review.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { InboxRow, ReviewRow } from '../services/stored-types.ts';
import { describeError } from '../shared/describe-error.ts';
import { ReviewPanel } from './ReviewPanel.tsx';
import './county.css';

type State = { kind: 'pending' } | { kind: 'reviewed'; row: ReviewRow } | { kind: 'superseded'; version: number };

/** Where each verified package stands: reviewed, waiting, or passed over by a later version already reviewed. */
function packageStates(inbox: readonly InboxRow[], reviews: readonly ReviewRow[]): Map<number, State> {
  const byInbox = new Map(reviews.map((r) => [r.inboxId, r]));
  const reviewedUpTo = new Map<string, number>();
  for (const r of reviews) reviewedUpTo.set(r.attribution.unit.uscc, Math.max(reviewedUpTo.get(r.attribution.unit.uscc) ?? 0, r.attribution.version));
  const states = new Map<number, State>();
  for (const row of inbox) {
    const reviewed = byInbox.get(row.id);
    const upTo = reviewedUpTo.get(row.verdict.unit!.uscc);
    if (reviewed) states.set(row.id, { kind: 'reviewed', row: reviewed });
    else if (upTo !== undefined && upTo >= row.verdict.version!) states.set(row.id, { kind: 'superseded', version: upTo });
    else states.set(row.id, { kind: 'pending' });
  }
  return states;
}

export function ReviewSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { message } = App.useApp();
  const platform = usePlatform();
  const inbox = useInbox();
  const reviews = useReviews();
  const actions = useReviewActions();
  const [open, setOpen] = useState<PackageReview>();
  const [opening, setOpening] = useState<number>();
  const [refused, setRefused] = useState<LocalText>();

  const start = async (row: InboxRow) => {
    setOpening(row.id);
    setRefused(undefined);
    try {
      const opened = await actions.open(row);
      if (opened.ok) setOpen(opened.review);
      else setRefused(opened.message);
    } finally {
      setOpening(undefined);
    }
  };

  const save = async (row: ReviewRow) => {
    const saved = await actions.saveReceipt(platform, row);
    if (saved) void message.success(t('countyWork.review.receiptSaved', { name: saved.name }));
  };

  if (open) {
    return (
      <ReviewPanel
        review={open}
        onClose={(decided) => {
          setOpen(undefined);
          reviews.reload();
          inbox.reload();
          if (decided) void save(decided);
        }}
      />
    );
  }

  let body;
  if (inbox.state.status === 'loading' || reviews.state.status === 'loading') body = <Spin />;
  else if (inbox.state.status === 'failed') body = <Alert type="error" showIcon title={describeError(inbox.state.error, lang)} />;
  else if (reviews.state.status === 'failed') body = <Alert type="error" showIcon title={describeError(reviews.state.error, lang)} />;
  else {
    const verified = inbox.state.value.filter((r) => r.verdict.verdict === 'accepted').sort((a, b) => a.verdict.unit!.name.localeCompare(b.verdict.unit!.name, 'zh-CN') || a.verdict.version! - b.verdict.version!);
    const states = packageStates(verified, reviews.state.value);
    const pending = verified.filter((r) => states.get(r.id)!.kind === 'pending').length;
    body = !verified.length ? (
      <Empty description={t('countyWork.review.empty')} />
    ) : (
      <>
        <Typography.Text type="secondary">{t('countyWork.review.counts', { count: verified.length, pending })}</Typography.Text>
        <Table<InboxRow>
          size="small"
          rowKey="id"
          className="review-packages"
          dataSource={verified}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { key: 'unit', title: t('county.inbox.columns.unit'), render: (_, r) => r.verdict.unit!.name },
            { key: 'version', title: t('county.inbox.columns.version'), width: 110, render: (_, r) => `${r.verdict.version}（${t(r.verdict.incremental ? 'county.inbox.incremental' : 'county.inbox.full')}）` },
            { key: 'date', title: t('county.inbox.columns.date'), width: 140, render: (_, r) => beijingDateTime(r.verdict.date!) },
            { key: 'resources', title: t('county.inbox.columns.resources'), width: 80, align: 'right', render: (_, r) => r.verdict.resources },
            {
              key: 'state',
              title: t('countyWork.review.columns.state'),
              render: (_, r) => {
                const state = states.get(r.id)!;
                if (state.kind === 'pending') return <Tag color="blue">{t('countyWork.review.state.pending')}</Tag>;
                if (state.kind === 'superseded') return <Tag>{t('countyWork.review.state.superseded', { version: state.version })}</Tag>;
                const { row } = state;
                return (
                  <Flex vertical gap={2}>
                    <span>
                      <Tag color={row.decision === 'accepted' ? 'green' : 'red'}>{t(`countyWork.review.state.${row.decision}`)}</Tag>
                    </span>
                    <Typography.Text type="secondary">{t('countyWork.review.decided', { accepted: row.accepted, returned: row.returned, at: beijingDateTime(row.decidedAt), operator: row.operator })}</Typography.Text>
                  </Flex>
                );
              },
            },
            {
              key: 'action',
              title: t('county.roster.columns.actions'),
              width: 130,
              render: (_, r) => {
                const state = states.get(r.id)!;
                if (state.kind === 'pending')
                  return (
                    <Button size="small" type="primary" loading={opening === r.id} disabled={opening !== undefined} onClick={() => void start(r)}>
                      {t('countyWork.review.open')}
                    </Button>
                  );
                if (state.kind === 'reviewed')
                  return (
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void save(state.row)}>
                      {t('countyWork.review.saveReceipt')}
                    </Button>
                  );
                return null;
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
        <AuditOutlined /> {t('countyWork.review.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('countyWork.review.intro')}</Typography.Paragraph>
      {refused && <Alert type="error" showIcon title={refused[lang]} />}
      {body}
    </Flex>
  );
}
