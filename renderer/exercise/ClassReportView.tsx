// The class report on screen: each trainee's score, the refused files with their reason, and a bar per kind of
// mistake with the share of the class that fixed it, lowest first, with the rules and articles it teaches. Exported
// as a workbook, and printed on A4 as it stands (exercise.css takes the rest of the screen out of the printout).
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { classReportWorkbook } from '../../core/exercise/class-report-workbook.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import type { GradedClass } from '../services/exercise/classroom.ts';
import { exerciseFileNames } from './file-names.ts';
import '../ui/print-page.css';
import './exercise.css';

export function ClassReportView({ graded }: { graded: GradedClass }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const platform = usePlatform();
  const { message } = App.useApp();
  const { report } = graded;
  const exportWorkbook = async () => {
    const saved = await platform.saveFile(exerciseFileNames.report(graded.title), classReportWorkbook(graded.title, graded.graded, report));
    if (saved) void message.success(t('exercise.report.exported', { file: saved.name }));
  };
  return (
    <Flex vertical gap={16} className="class-report print-page" data-testid="class-report">
      {/* Only while a report is shown, so no other printout changes its page. */}
      <style>{'@page { size: A4; margin: 12mm; }'}</style>
      <Card
        title={t('exercise.report.title', { title: graded.title })}
        extra={
          <Space>
            {report.meanScore !== null && <Typography.Text strong>{t('exercise.report.mean', { score: report.meanScore })}</Typography.Text>}
            <Button className="print-hidden" icon={<DownloadOutlined />} onClick={() => void exportWorkbook()}>
              {t('exercise.report.export')}
            </Button>
            <Button className="print-hidden" icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('exercise.report.print')}
            </Button>
          </Space>
        }
      >
        {report.rejected.map((r) => (
          <Alert key={r.file} type="warning" showIcon style={{ marginBottom: 8 }} title={t('exercise.report.rejected', { file: r.file, reason: pickText(r.message, language) })} />
        ))}
        <Table
          size="small"
          pagination={false}
          rowKey="file"
          dataSource={report.trainees}
          columns={[
            { title: t('exercise.report.trainee'), dataIndex: 'trainee' },
            { title: t('exercise.report.file'), dataIndex: 'file' },
            { title: t('exercise.report.score'), dataIndex: 'score', sorter: (a, b) => a.score - b.score },
            { title: t('exercise.report.fixed'), render: (_, row) => `${row.fixed}/${row.total}` },
            { title: t('exercise.report.introduced'), dataIndex: 'introduced' },
            {
              title: t('exercise.report.time'),
              render: (_, row) => (
                <>
                  {row.minutes === null ? '—' : t('exercise.minutes', { count: row.minutes })} {row.overTime && <Tag color="red">{t('exercise.report.overTime')}</Tag>}
                </>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('exercise.report.kindsTitle')}>
        <Typography.Paragraph type="secondary">{t('exercise.report.kindsHint')}</Typography.Paragraph>
        <Flex vertical gap={6} data-testid="kind-chart">
          {report.kinds.map((k) => (
            <Flex key={k.kind} align="center" gap={12}>
              <Tooltip title={k.rules.map((r) => `${r.ruleId} ${pickText(r.title, language)}${r.citations.length ? `：${r.citations.join('；')}` : ''}`).join('\n')}>
                <Typography.Text style={{ width: 220, flex: 'none' }} ellipsis>
                  {pickText(k.label, language)}
                </Typography.Text>
              </Tooltip>
              <Progress percent={Math.round(k.share * 100)} status={k.share < 0.5 ? 'exception' : 'normal'} style={{ flex: 1, margin: 0 }} format={(p) => `${p}%（${k.fixed}/${k.attempts}）`} />
              <Typography.Text type="secondary" style={{ width: 360, flex: 'none' }} ellipsis>
                {k.rules.map((r) => `${r.ruleId} ${r.citations[0] ?? pickText(r.title, language)}`).join('；')}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
