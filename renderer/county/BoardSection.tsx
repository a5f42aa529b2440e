// 上报情况: every roster unit with 已报 / 未报 / 逾期 / 已退回待重报 against the round's deadline (the profile's annual
// full update by default) in working days, its accepted version and date, and counts; a click on a unit lists the
// packages it sent. The board is exported as a workbook through the platform, or printed on A4 (board.css).
import { ArrowLeftOutlined, DashboardOutlined, FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Empty, Flex, Input, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INPUT_VERDICT_TEXT } from '../../core/county/input-verdict.ts';
import { BOARD_COLUMNS, type BoardRow } from '../../core/county/report-board.ts';
import { REPORT_STATE_TEXT, REPORT_STATES, type ReportState, type UnitReportStatus } from '../../core/county/report-status.ts';
import { isIsoDate } from '../../core/package/iso-date.ts';
import { beijingDate, beijingDateTime } from '../../core/time/beijing-time.ts';
import { useInbox } from '../hooks/use-county.ts';
import { defaultDue, useReportBoard, useReviews } from '../hooks/use-county-review.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionSelector } from '../hooks/use-session.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { describeError } from '../shared/describe-error.ts';
import { fileNamePart } from '../services/package/package-plan.ts';
import '../ui/print-page.css';
import './board.css';
import './county.css';

const STATE_COLOR: Readonly<Record<ReportState, string>> = { reported: 'green', notReported: 'default', overdue: 'red', returnedAwaiting: 'orange' };

export function BoardSection() {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { message } = App.useApp();
  const platform = usePlatform();
  const profileId = useSessionSelector((s) => s.workspace.profileId);
  const county = useSessionSelector((s) => s.workspace.department.name);
  const today = beijingDate(new Date().toISOString());
  const [dueText, setDueText] = useState(() => defaultDue(profileId, today) ?? `${today.slice(0, 4)}-12-31`);
  const due = isIsoDate(dueText) ? dueText : undefined;
  const board = useReportBoard(due ?? today, today);
  const [unit, setUnit] = useState<BoardRow>();
  const [printing, setPrinting] = useState(false);

  const exportXlsx = async () => {
    const saved = await platform.saveFile(`${fileNamePart(county)}-上报情况-${today.replaceAll('-', '')}.xlsx`, board.workbook(county));
    if (saved) void message.success(t('countyWork.board.exported', { name: saved.name }));
  };

  if (printing && board.rows)
    return (
      <Flex vertical gap="middle">
        <style>{'@page { size: A4 landscape; margin: 10mm; }'}</style>
        <Flex gap="small" className="print-hidden">
          <Button icon={<ArrowLeftOutlined />} onClick={() => setPrinting(false)}>
            {t('lists.back')}
          </Button>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('lists.print')}
          </Button>
        </Flex>
        <div className="board-print print-page" data-testid="board-print">
          <h2>{t('countyWork.board.printTitle', { county, due, today })}</h2>
          <table>
            <thead>
              <tr>
                {BOARD_COLUMNS.map((c) => (
                  <th key={c.title}>{c.title}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.rows.map((row) => (
                <tr key={row.status.unit.uscc}>
                  {BOARD_COLUMNS.map((c) => {
                    const v = c.value(row);
                    return <td key={c.title}>{v === null || v === undefined ? '' : typeof v === 'object' && 'date' in v ? v.date : String(v)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Flex>
    );

  let body;
  if (board.state.status === 'failed') body = <Alert type="error" showIcon title={describeError(board.state.error, lang)} />;
  else if (!board.rows) body = <Spin />;
  else if (!board.rows.length) body = <Empty description={t('countyWork.board.empty')} />;
  else {
    const rows = board.rows;
    const counts = Object.fromEntries(REPORT_STATES.map((s) => [s, rows.filter((r) => r.status.state === s).length]));
    body = (
      <>
        <Typography.Text className="board-counts">{t('countyWork.board.counts', { count: rows.length, ...counts })}</Typography.Text>
        <Table<BoardRow>
          size="small"
          rowKey={(r) => r.status.unit.uscc}
          className="board-table"
          dataSource={rows}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          onRow={(r) => ({ onClick: () => setUnit(r) })}
          columns={[
            { key: 'unit', title: BOARD_COLUMNS[0]!.title, render: (_, r) => <Typography.Link>{r.status.unit.name}</Typography.Link> },
            { key: 'state', title: t('countyWork.board.state'), width: 130, render: (_, r) => <Tag color={STATE_COLOR[r.status.state]}>{REPORT_STATE_TEXT[r.status.state][lang]}</Tag> },
            { key: 'version', title: t('countyWork.board.version'), width: 90, render: (_, r) => r.status.version ?? '—' },
            { key: 'reportedOn', title: t('countyWork.board.reportedOn'), width: 110, render: (_, r) => r.status.reportedOn ?? '—' },
            { key: 'days', title: t('countyWork.board.days'), width: 160, render: (_, r) => <DaysText status={r.status} /> },
            { key: 'resources', title: t('countyWork.board.resources'), width: 100, align: 'right', render: (_, r) => r.resources },
            { key: 'returned', title: t('countyWork.board.returned'), width: 90, align: 'right', render: (_, r) => r.returned },
            { key: 'packages', title: t('countyWork.board.packages'), width: 100, align: 'right', render: (_, r) => r.packages },
          ]}
        />
      </>
    );
  }

  return (
    <Flex vertical gap="middle" className="county-section">
      <Typography.Title level={4} className="section-title">
        <DashboardOutlined /> {t('countyWork.board.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('countyWork.board.intro')}</Typography.Paragraph>
      <Flex gap="small" align="center" wrap>
        <Typography.Text>{t('countyWork.board.due')}</Typography.Text>
        <Input className="county-filter" value={dueText} status={due ? undefined : 'error'} onChange={(e) => setDueText(e.target.value)} aria-label={t('countyWork.board.due')} />
        {!due && <Typography.Text type="danger">{t('countyWork.board.badDue', { value: dueText })}</Typography.Text>}
        <Button icon={<FileExcelOutlined />} disabled={!due || !board.rows?.length} onClick={() => void exportXlsx()}>
          {t('countyWork.board.export')}
        </Button>
        <Button icon={<PrinterOutlined />} disabled={!due || !board.rows?.length} onClick={() => setPrinting(true)}>
          {t('countyWork.board.print')}
        </Button>
      </Flex>
      {due && body}
      <UnitPackages row={unit} onClose={() => setUnit(undefined)} />
    </Flex>
  );
}

/** Working days left or late, as the workbook's column says them (core/county/report-board.ts daysText). */
function DaysText({ status }: { status: UnitReportStatus }) {
  const { t } = useTranslation();
  if (status.workingDaysLate) return t('countyWork.board.daysLate', { count: status.workingDaysLate });
  if (status.state === 'reported') return t('countyWork.board.daysOnTime');
  return status.workingDaysLeft >= 0 ? t('countyWork.board.daysLeft', { count: status.workingDaysLeft }) : t('countyWork.board.daysOverdue', { count: -status.workingDaysLeft });
}

/** The packages one unit sent, newest first, each with its verdict and review. */
function UnitPackages({ row, onClose }: { row: BoardRow | undefined; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const inbox = useInbox();
  const reviews = useReviews();
  const decided = new Map(reviews.state.status === 'ready' ? reviews.state.value.map((r) => [r.inboxId, r]) : []);
  const sent = inbox.state.status === 'ready' && row ? inbox.state.value.filter((r) => r.verdict.unit?.uscc === row.status.unit.uscc).reverse() : [];
  return (
    <Drawer open={row !== undefined} onClose={onClose} size="large" title={row && t('countyWork.board.unitPackages', { unit: row.status.unit.name })}>
      {sent.length === 0 ? (
        <Empty description={t('countyWork.board.noPackages')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          className="board-unit-packages"
          dataSource={sent}
          pagination={false}
          columns={[
            { key: 'file', title: t('county.inbox.columns.file'), render: (_, r) => r.verdict.file },
            { key: 'version', title: t('county.inbox.columns.version'), width: 70, render: (_, r) => r.verdict.version ?? '—' },
            { key: 'received', title: t('county.inbox.columns.received'), width: 140, render: (_, r) => beijingDateTime(r.receivedAt) },
            {
              key: 'verdict',
              title: t('county.inbox.columns.verdict'),
              render: (_, r) => {
                const review = decided.get(r.id);
                if (review) return t('countyWork.board.reviewed', { decision: t(`countyWork.review.state.${review.decision}`), accepted: review.accepted, returned: review.returned });
                return r.verdict.verdict === 'accepted' ? t('county.inbox.awaitingReview') : INPUT_VERDICT_TEXT[r.verdict.verdict][lang];
              },
            },
          ]}
        />
      )}
    </Drawer>
  );
}
