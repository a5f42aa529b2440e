// 冲突登记: the cross-unit conflicts found on the county catalog (一数一源, code collisions, a provider claimed twice,
// contradictory share types), each with where it stands — 待协调, 已协调 with the outcome and date, or 已提请上级协调
// (安徽 第二十七条, 泗县 第二十八条). The status is recorded with who and when; a bad one is refused, nothing stored.
import { ApiOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Form, Input, Modal, Radio, Select, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFLICT_KIND_TEXT, CONFLICT_STATE_TEXT, CONFLICT_STATES, type Conflict, type ConflictState, type ConflictStatus } from '../../core/county/conflict.ts';
import type { LocalText } from '../../core/i18n/text.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { CitationLink } from '../findings/CitationLink.tsx';
import { useConflictRegister, useReviewActions } from '../hooks/use-county-review.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import './county.css';

const STATE_COLOR: Readonly<Record<ConflictState, string>> = { pending: 'orange', resolved: 'green', escalated: 'purple' };

interface StatusForm {
  state: ConflictState;
  outcome?: string;
  date?: string;
}

export function ConflictsSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const register = useConflictRegister();
  const actions = useReviewActions();
  const [editing, setEditing] = useState<Conflict>();
  const [refused, setRefused] = useState<LocalText>();
  const [only, setOnly] = useState<ConflictState>();
  const [form] = Form.useForm<StatusForm>();
  const state = Form.useWatch('state', form);

  const edit = (c: Conflict) => {
    setRefused(undefined);
    setEditing(c);
    form.setFieldsValue({ state: c.status.state, outcome: c.status.state === 'resolved' ? c.status.outcome : '', date: 'date' in c.status ? c.status.date : beijingDate(new Date().toISOString()) });
  };
  const save = async () => {
    const v = form.getFieldsValue();
    const date = v.date?.trim() || undefined;
    const status: ConflictStatus =
      v.state === 'resolved' ? { state: 'resolved', outcome: v.outcome ?? '', date: date ?? '' } : v.state === 'escalated' ? { state: 'escalated', ...(date && { date }) } : { state: 'pending' };
    const problem = await actions.setConflictStatus(editing!.id, status);
    if (problem) setRefused(problem);
    else {
      setEditing(undefined);
      register.reload();
    }
  };

  let body;
  if (register.state.status === 'loading') body = <Spin />;
  else if (register.state.status === 'failed') body = <Alert type="error" showIcon title={describeError(register.state.error, lang)} />;
  else if (!register.state.value.conflicts.length) body = <Empty description={t('countyWork.conflicts.empty', { count: register.state.value.resources })} />;
  else {
    const { conflicts } = register.state.value;
    const count = (s: ConflictState) => conflicts.filter((c) => c.status.state === s).length;
    body = (
      <>
        <Flex gap="middle" align="center">
          <Typography.Text type="secondary" className="conflict-counts">
            {t('countyWork.conflicts.counts', { count: conflicts.length, pending: count('pending'), resolved: count('resolved'), escalated: count('escalated') })}
          </Typography.Text>
          <Select allowClear className="county-filter" placeholder={t('countyWork.conflicts.status')} value={only} onChange={(s?: ConflictState) => setOnly(s)} options={CONFLICT_STATES.map((s) => ({ value: s, label: CONFLICT_STATE_TEXT[s][lang] }))} />
        </Flex>
        <Table<Conflict>
          size="small"
          rowKey="id"
          className="conflict-table"
          dataSource={only ? conflicts.filter((c) => c.status.state === only) : conflicts}
          pagination={{ pageSize: 30, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { key: 'kind', title: t('countyWork.conflicts.kind'), width: 170, render: (_, c) => CONFLICT_KIND_TEXT[c.kind][lang] },
            { key: 'units', title: t('countyWork.conflicts.units'), width: 170, render: (_, c) => c.units.map((u) => u.name).join('、') },
            {
              key: 'evidence',
              title: t('countyWork.conflicts.evidence'),
              render: (_, c) => (
                <Flex vertical gap={2}>
                  <span>{c.evidence[lang]}</span>
                  <Typography.Text type="secondary">{c.parties.map((p) => `${p.unit.name}：${[p.code, p.name].filter(Boolean).join(' ')}`).join('；')}</Typography.Text>
                  <Flex gap={4} wrap>
                    {c.citations.map((citation, i) => (
                      <CitationLink key={i} citation={citation} />
                    ))}
                  </Flex>
                </Flex>
              ),
            },
            {
              key: 'status',
              title: t('countyWork.conflicts.status'),
              width: 200,
              render: (_, c) => (
                <Flex vertical gap={2}>
                  <span>
                    <Tag color={STATE_COLOR[c.status.state]}>{CONFLICT_STATE_TEXT[c.status.state][lang]}</Tag>
                  </span>
                  {c.status.state === 'resolved' && <Typography.Text>{t('countyWork.conflicts.outcome', { outcome: c.status.outcome, date: c.status.date })}</Typography.Text>}
                  {c.status.state === 'escalated' && c.status.date && <Typography.Text type="secondary">{c.status.date}</Typography.Text>}
                </Flex>
              ),
            },
            {
              key: 'action',
              title: t('county.roster.columns.actions'),
              width: 110,
              render: (_, c) => (
                <Button size="small" onClick={() => edit(c)}>
                  {t('countyWork.conflicts.record')}
                </Button>
              ),
            },
          ]}
        />
      </>
    );
  }

  return (
    <Flex vertical gap="middle" className="county-section">
      <Typography.Title level={4} className="section-title">
        <ApiOutlined /> {t('countyWork.conflicts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('countyWork.conflicts.intro')}</Typography.Paragraph>
      {body}
      <Modal
        open={editing !== undefined}
        title={t('countyWork.conflicts.recordTitle')}
        okText={t('countyWork.conflicts.save')}
        cancelText={t('county.key.cancel')}
        onOk={() => void save()}
        onCancel={() => setEditing(undefined)}
        destroyOnHidden
      >
        {editing && <Typography.Paragraph>{editing.evidence[lang]}</Typography.Paragraph>}
        {refused && <Alert type="error" showIcon title={refused[lang]} className="conflict-refused" />}
        <Form form={form} layout="vertical">
          <Form.Item name="state" label={t('countyWork.conflicts.status')}>
            <Radio.Group options={CONFLICT_STATES.map((s) => ({ value: s, label: CONFLICT_STATE_TEXT[s][lang] }))} />
          </Form.Item>
          {state === 'resolved' && (
            <Form.Item name="outcome" label={t('countyWork.conflicts.outcomeLabel')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {state !== 'pending' && (
            <Form.Item name="date" label={t('countyWork.conflicts.dateLabel')}>
              <Input placeholder="2026-12-07" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Flex>
  );
}
