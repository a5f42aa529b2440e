// The workspace's audit log, newest first, filtered by resource (id, code or name), action and date; above it, the
// result of verifying the whole hash chain (audit-verify.ts): intact, or where it breaks and how.
import { Alert, Flex, Input, Select, Spin, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beijingDateTimeSeconds } from '../../core/time/beijing-time.ts';
import { useAuditLog } from '../hooks/use-history.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import type { AuditRow } from '../services/stored-types.ts';
import { AUDIT_ACTIONS, auditMatches, type AuditFilter } from './history-values.ts';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function AuditLog() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { state } = useAuditLog();
  const [filter, setFilter] = useState<AuditFilter>({ text: '', action: undefined, from: undefined, to: undefined });
  const entries = state.status === 'ready' ? state.value.entries : undefined;
  const shown = useMemo(() => entries?.filter((e) => auditMatches(e, filter)) ?? [], [entries, filter]);
  if (state.status === 'loading') return <Spin />;
  if (state.status === 'failed') return <Alert type="error" showIcon title={describeError(state.error, lang)} />;
  const { verification } = state.value;
  const set = (part: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...part }));
  return (
    <>
      <Alert
        className="history-chain"
        data-testid="audit-chain"
        type={verification.ok ? 'success' : 'error'}
        showIcon
        title={verification.ok ? t('history.audit.chainOk', { count: verification.entries }) : t('history.audit.chainBroken')}
        description={verification.ok ? undefined : verification.text[lang]}
      />
      <Flex className="history-toolbar" gap="small" wrap>
        <Input allowClear style={{ width: 260 }} placeholder={t('history.audit.text')} aria-label={t('history.audit.text')} onChange={(e) => set({ text: e.target.value })} />
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('history.audit.action')}
          aria-label={t('history.audit.action')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`history.action.${a}`) }))}
          onChange={(action) => set({ action })}
        />
        <Input type="date" style={{ width: 160 }} aria-label={t('history.audit.from')} onChange={(e) => set({ from: e.target.value || undefined })} />
        <Input type="date" style={{ width: 160 }} aria-label={t('history.audit.to')} onChange={(e) => set({ to: e.target.value || undefined })} />
      </Flex>
      <Table<AuditRow>
        data-testid="audit-log"
        size="small"
        rowKey="seq"
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('history.audit.seq'), dataIndex: 'seq', width: 70 },
          { title: t('history.col.at'), key: 'at', width: 170, render: (_, e) => beijingDateTimeSeconds(e.at) },
          { title: t('history.col.operator'), dataIndex: 'operator', width: 100 },
          { title: t('history.audit.action'), key: 'action', width: 120, render: (_, e) => t(`history.action.${e.action}`) },
          { title: t('history.audit.subject'), key: 'subject', render: (_, e) => [text(e.detail['code']), text(e.detail['name'])].filter(Boolean).join('  ') || e.subject },
          { title: t('history.col.reason'), key: 'reason', render: (_, e) => text(e.detail['reason']) },
        ]}
      />
    </>
  );
}
