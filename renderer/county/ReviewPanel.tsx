// One package under review: what changed against the unit's accepted catalog (fields that differ, the 变更说明 and
// 依据 the unit gave), the profile's findings, and per added or changed resource 通过 / 退回 with a reason; a
// restricted share or open attribute passes only with 审核确定. 签发回执 asks the passphrase, signs the receipt with
// the county key and stores the decision; anything missing is said and nothing is stored.
import { ArrowLeftOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Descriptions, Flex, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewChange } from '../../core/county/review-changes.ts';
import { needsAttributeReview } from '../../core/county/review-changes.ts';
import type { ResourceReview } from '../../core/county/review-decisions.ts';
import type { LocalText } from '../../core/i18n/text.ts';
import { FIELD_LABELS } from '../../core/model/field-labels.ts';
import { beijingDateTime } from '../../core/time/beijing-time.ts';
import { FindingItem } from '../findings/FindingItem.tsx';
import { useReviewActions, type PackageReview } from '../hooks/use-county-review.ts';
import { useVocabulary } from '../hooks/use-vocabulary.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import type { ReviewRow } from '../services/stored-types.ts';

const KIND_COLOR = { added: 'green', changed: 'blue', withdrawn: 'default' } as const;

export function ReviewPanel({ review, onClose }: { review: PackageReview; onClose(decided?: ReviewRow): void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const lang = coreLang(language);
  const { label } = useVocabulary();
  const actions = useReviewActions();
  const [decisions, setDecisions] = useState<Map<string, ResourceReview>>(new Map());
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<LocalText[]>([]);
  const [form] = Form.useForm<{ passphrase: string }>();

  // A change to the decisions makes the last refusal stale.
  const set = (code: string, change: Partial<ResourceReview>) => {
    setProblems([]);
    setDecisions((held) => new Map(held).set(code, { decision: 'accepted', ...held.get(code), ...change }));
  };
  const passRest = () => {
    setProblems([]);
    setDecisions((held) => {
      const next = new Map(held);
      for (const c of review.changes) if (c.kind !== 'withdrawn' && !next.has(c.code)) next.set(c.code, { decision: 'accepted' });
      return next;
    });
  };

  const counts = useMemo(() => {
    const by = { added: 0, changed: 0, withdrawn: 0 };
    for (const c of review.changes) by[c.kind]++;
    return by;
  }, [review.changes]);
  const catalogFindings = review.findings.get('') ?? [];

  const decide = async () => {
    const { passphrase } = await form.validateFields();
    setBusy(true);
    try {
      const outcome = await actions.decide(review, decisions, passphrase);
      if (outcome.ok) {
        setAsking(false);
        onClose(outcome.row);
      } else {
        setAsking(false);
        setProblems(outcome.messages);
      }
    } finally {
      form.resetFields();
      setBusy(false);
    }
  };

  const fieldNames = (c: ReviewChange) => (c.fields ?? []).map((f) => (FIELD_LABELS[f] ? pickText(FIELD_LABELS[f], language) : f)).join('、');
  const { unit, version, date, sourceFile } = review.attribution;

  return (
    <Flex vertical gap="middle" className="county-section review-panel">
      <Flex align="center" gap="middle">
        <Button icon={<ArrowLeftOutlined />} onClick={() => onClose()}>
          {t('countyWork.review.back')}
        </Button>
        <Typography.Title level={4} className="section-title">
          {t('countyWork.review.panelTitle', { unit: unit.name, version })}
        </Typography.Title>
      </Flex>
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('countyWork.review.file')}>{sourceFile}</Descriptions.Item>
        <Descriptions.Item label={t('county.inbox.columns.date')}>{beijingDateTime(date)}</Descriptions.Item>
        <Descriptions.Item label={t('countyWork.review.base')}>{review.baseVersion === undefined ? t('countyWork.review.noBase') : t('countyWork.review.baseVersion', { version: review.baseVersion })}</Descriptions.Item>
        <Descriptions.Item label={t('countyWork.review.changes')} span={3}>
          {t('countyWork.review.changeCounts', { ...counts, unchanged: review.unchanged })}
        </Descriptions.Item>
      </Descriptions>
      {catalogFindings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('countyWork.review.catalogFindings', { count: catalogFindings.length })}
          description={catalogFindings.slice(0, 5).map((f, i) => <FindingItem key={i} finding={f} showResource />)}
        />
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="review-problems"
          title={t('countyWork.review.notSaved')}
          description={
            <ul className="county-problems">
              {problems.map((p, i) => (
                <li key={i}>{p[lang]}</li>
              ))}
            </ul>
          }
        />
      )}
      <Space>
        <Button onClick={passRest}>{t('countyWork.review.passRest')}</Button>
        <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setAsking(true)}>
          {t('countyWork.review.sign')}
        </Button>
      </Space>
      <Table<ReviewChange>
        size="small"
        rowKey="code"
        className="review-changes"
        dataSource={review.changes}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        expandable={{
          rowExpandable: (c) => (review.findings.get(c.code)?.length ?? 0) > 0,
          expandedRowRender: (c) => (
            <Flex vertical gap="small">
              {(review.findings.get(c.code) ?? []).map((f, i) => (
                <FindingItem key={i} finding={f} />
              ))}
            </Flex>
          ),
        }}
        columns={[
          { key: 'code', title: t('catalog.columns.code'), width: 170, render: (_, c) => c.code },
          { key: 'name', title: t('catalog.columns.name'), render: (_, c) => c.name },
          {
            key: 'kind',
            title: t('countyWork.review.columns.kind'),
            width: 120,
            render: (_, c) => (
              <Flex vertical gap={2}>
                <span>
                  <Tag color={KIND_COLOR[c.kind]}>{t(`countyWork.review.kind.${c.kind}`)}</Tag>
                </span>
                {c.kind === 'changed' && <Typography.Text type="secondary">{fieldNames(c)}</Typography.Text>}
              </Flex>
            ),
          },
          {
            key: 'note',
            title: t('countyWork.review.columns.note'),
            width: 170,
            render: (_, c) =>
              c.note ? (
                <Flex vertical gap={2}>
                  <span>{c.note.reason}</span>
                  {c.note.basis.length > 0 && <Typography.Text type="secondary">{t('countyWork.review.basis', { basis: c.note.basis.map((b) => [b.title, b.article].filter(Boolean).join(' ')).join('；') })}</Typography.Text>}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('countyWork.review.noNote')}</Typography.Text>
              ),
          },
          {
            key: 'attributes',
            title: t('countyWork.review.columns.attributes'),
            width: 130,
            render: (_, c) => c.resource && `${label('shareType', c.resource.shareType) || '—'} / ${label('openType', c.resource.openType) || '—'}`,
          },
          {
            key: 'findings',
            title: t('catalog.columns.findings'),
            width: 90,
            render: (_, c) => {
              const n = review.findings.get(c.code)?.length ?? 0;
              return n ? <Tag color="orange">{t('countyWork.review.findingCount', { count: n })}</Tag> : <Typography.Text type="secondary">{t('catalog.problems.none')}</Typography.Text>;
            },
          },
          {
            key: 'decision',
            title: t('countyWork.review.columns.decision'),
            width: 215,
            render: (_, c) => {
              if (c.kind === 'withdrawn') return <Typography.Text type="secondary">{t('countyWork.review.withdrawnNoDecision')}</Typography.Text>;
              const d = decisions.get(c.code);
              return (
                <Flex vertical gap={4} className="review-decision">
                  <Radio.Group size="small" value={d?.decision} onChange={(e) => set(c.code, { decision: e.target.value as ResourceReview['decision'] })}>
                    <Radio.Button value="accepted">{t('countyWork.review.pass')}</Radio.Button>
                    <Radio.Button value="returned">{t('countyWork.review.return')}</Radio.Button>
                  </Radio.Group>
                  {d?.decision === 'returned' && <Input size="small" placeholder={t('countyWork.review.reason')} value={d.reason ?? ''} onChange={(e) => set(c.code, { reason: e.target.value })} />}
                  {d?.decision === 'accepted' && needsAttributeReview(c.resource!) && (
                    <Checkbox checked={d.attributesConfirmed === true} onChange={(e) => set(c.code, { attributesConfirmed: e.target.checked })}>
                      {t('countyWork.review.confirmAttributes')}
                    </Checkbox>
                  )}
                </Flex>
              );
            },
          },
        ]}
      />
      <Modal
        open={asking}
        title={t('countyWork.review.signTitle')}
        okText={t('countyWork.review.signOk')}
        cancelText={t('county.key.cancel')}
        confirmLoading={busy}
        onOk={() => void decide()}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('countyWork.review.signIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item name="passphrase" label={t('countyWork.review.passphrase')} rules={[{ required: true, message: t('countyWork.review.passphraseRequired') }]}>
            <Input.Password autoFocus autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
