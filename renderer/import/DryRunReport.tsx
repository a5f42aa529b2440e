// The dry run's report: what would be imported, the findings counted by severity and by source (reading the
// workbook, W01–W10, or the catalog rules), then grouped by rule with each finding's cell (资源!F27). From here the
// clerk downloads the annotated workbook or goes on to confirm the import.
import { CheckOutlined, DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import type { PickedFile } from '../services/platform/platform.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { FindingGroupList } from '../findings/FindingGroupList.tsx';
import { groupByRule } from '../findings/finding-groups.ts';
import { startAnnotation } from '../services/workbook/workbook-annotate-client.ts';
import type { WorkbookDryRun } from '../services/workbook/workbook-import-messages.ts';
import { createAnnotateWorker } from '../services/workbook/workers.ts';
import { summarizeDryRun } from './dry-run-summary.ts';
import { annotatedFileName } from './import-files.ts';

export interface DryRunReportProps {
  file: PickedFile;
  dryRun: WorkbookDryRun;
  onConfirm: () => void;
  onPickAgain: () => void;
  notice?: string;
  error?: string;
}

export function DryRunReport({ file, dryRun, onConfirm, onPickAgain, notice, error }: DryRunReportProps) {
  const { t } = useTranslation();
  const summary = useMemo(() => summarizeDryRun(dryRun), [dryRun]);
  const count = (value: number) => t('common.number', { value });
  const groups = useMemo(() => groupByRule(dryRun.report.findings), [dryRun]);
  const { stats } = dryRun;
  return (
    <Card
      title={t('import.report.title', { file: file.name })}
      extra={
        <Button icon={<FileExcelOutlined />} onClick={onPickAgain}>
          {t('import.pickAgain')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        {notice && <Alert type="info" showIcon title={notice} />}
        {error && <Alert type="error" showIcon title={error} />}
        <Alert type="warning" showIcon title={t('import.report.unchanged')} />
        <Descriptions
          size="small"
          bordered
          column={4}
          className="dry-run-counts"
          items={[
            { key: 'resources', label: t('import.report.resources'), children: count(summary.resources) },
            { key: 'items', label: t('import.report.items'), children: count(summary.items) },
            { key: 'parse', label: t('import.report.parse'), children: count(summary.parse) },
            { key: 'rules', label: t('import.report.rules'), children: count(summary.rules) },
            { key: 'errors', label: t('import.report.errors'), children: <Typography.Text type={summary.counts.error ? 'danger' : undefined}>{count(summary.counts.error)}</Typography.Text> },
            { key: 'warnings', label: t('import.report.warnings'), children: count(summary.counts.warning) },
            { key: 'notices', label: t('import.report.notices'), children: count(summary.counts.info), span: 2 },
          ]}
        />
        <Typography.Text type="secondary">
          {stats.layout === 'template'
            ? t('import.report.layout', { layout: t('import.report.layoutTemplate'), resources: stats.sheets.resources, items: stats.sheets.items })
            : // The national layout is one sheet: named once.
              t('import.report.layoutOneSheet', { layout: t('import.report.layoutNational'), sheet: stats.sheets.resources })}
        </Typography.Text>
        <Flex gap="middle" align="center" wrap>
          <Button type="primary" size="large" icon={<CheckOutlined />} onClick={onConfirm}>
            {t('import.report.confirm')}
          </Button>
          <AnnotateButton file={file} dryRun={dryRun} />
        </Flex>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('import.report.byRule')}
        </Typography.Title>
        <FindingGroupList groups={groups} emptyText={t('import.report.none')} />
      </Flex>
    </Card>
  );
}

/** 下载标注工作簿: a marked copy written in a worker; the clerk's file is only read. */
function AnnotateButton({ file, dryRun }: { file: PickedFile; dryRun: WorkbookDryRun }) {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const { message } = App.useApp();
  const [cancel, setCancel] = useState<() => void>();
  const annotate = async () => {
    const job = startAnnotation(createAnnotateWorker, file.bytes, dryRun.report.findings);
    setCancel(() => job.cancel);
    const outcome = await job.result;
    setCancel(undefined);
    if ('cancelled' in outcome) return;
    if (!outcome.ok) {
      void message.error(t('import.report.annotateFailed', { message: outcome.crashed }));
      return;
    }
    const annotated = outcome.result;
    if (!annotated.ok) {
      void message.error(t('import.report.annotateFailed', { message: pickText(annotated.failure.message, asUiLanguage(i18n.language)) }));
      return;
    }
    const saved = await platform.saveFile(annotatedFileName(file.name), annotated.bytes);
    if (saved) void message.success(t('import.report.annotated', { file: saved.name, marked: annotated.marked }));
  };
  if (cancel) {
    return (
      <Flex gap="small" align="center">
        <Spin size="small" />
        <Typography.Text>{t('import.report.annotating')}</Typography.Text>
        <Button size="small" onClick={cancel}>
          {t('import.report.annotateCancel')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex gap="small" align="center">
      <Button icon={<DownloadOutlined />} onClick={() => void annotate()}>
        {t('import.report.annotate')}
      </Button>
      <Typography.Text type="secondary" style={{ maxWidth: 520 }}>
        {t('import.report.annotateHelp')}
      </Typography.Text>
    </Flex>
  );
}
