// Upcoming deadlines in working days: due date, working days left (overdue in red), an update or report made
// after its deadline marked late (迟于期限) with the article that makes it a matter, the article that sets the
// period, and a plain warning where a year's holidays are not known yet, with the way to enter them.
import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { loadProfile } from '../../core/profiles/profile.ts';
import { describeError } from '../shared/describe-error.ts';
import { CitationLink } from '../findings/CitationLink.tsx';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { useSessionState } from '../hooks/use-session.ts';
import type { Deadline } from '../../core/calendar/deadline-list.ts';
import type { DeadlinesState } from '../hooks/use-deadlines.ts';

/** Few enough working days left that the clerk should act now. */
const SOON = 3;

/** Overdue and not yet sent, or sent after the report was due: shown in red. */
const isLate = (d: Deadline) => (d.kind === 'change' ? d.reportLate || d.updateLate || (d.overdue && !d.awaitingReceipt) : d.overdue);

const rowKey = (d: Deadline) => (d.kind === 'change' ? `change-${d.changedOn}-${d.countedFrom}-${d.updatedOn}` : `annual-${d.year}`);

function LeftTag({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  if (deadline.kind === 'change' && deadline.awaitingReceipt) return <Tag color="blue">{t('home.deadlines.awaitingReceipt')}</Tag>;
  if (deadline.overdue) return <Tag color="red">{t('home.deadlines.overdue', { count: -deadline.left })}</Tag>;
  if (deadline.left === 0) return <Tag color="orange">{t('home.deadlines.dueToday')}</Tag>;
  return <Tag color={deadline.left <= SOON ? 'orange' : 'green'}>{t('home.deadlines.left', { count: deadline.left })}</Tag>;
}

function What({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  if (deadline.kind === 'annual') {
    return (
      <Flex vertical>
        <Typography.Text strong>{t('home.deadlines.annual', { year: deadline.year })}</Typography.Text>
        <Typography.Text type="secondary">{t('home.deadlines.annualDetail')}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical>
      <Typography.Text strong>{t(deadline.countedFrom === 'basisChange' ? 'home.deadlines.changeFromBasis' : 'home.deadlines.change', { date: deadline.changedOn, count: deadline.resources })}</Typography.Text>
      <Typography.Text type="secondary">
        {deadline.reportDue
          ? t('home.deadlines.changeDetail', { update: deadline.updateDue, report: deadline.reportDue })
          : t('home.deadlines.changeDetailUpdateOnly', { update: deadline.updateDue })}
      </Typography.Text>
      {/* The report's clock starts on the day the catalog was updated: say which day that was where the title does not. */}
      {(deadline.countedFrom === 'basisChange' || deadline.reportedOn) && (
        <Typography.Text type="secondary">
          {[
            ...(deadline.countedFrom === 'basisChange' ? [t('home.deadlines.updatedOn', { date: deadline.updatedOn })] : []),
            ...(deadline.reportedOn ? [t('home.deadlines.reportedOn', { date: deadline.reportedOn })] : []),
          ].join(t('common.listSeparator'))}
        </Typography.Text>
      )}
      {(deadline.updateLate || deadline.reportLate) && (
        <Flex gap={4} wrap>
          {deadline.updateLate && <Tag color="red">{t('home.deadlines.updateLate')}</Tag>}
          {deadline.reportLate && <Tag color="red">{t('home.deadlines.reportLate')}</Tag>}
        </Flex>
      )}
    </Flex>
  );
}

export function DeadlinesCard({ deadlines, onEditCalendar }: { deadlines: DeadlinesState; onEditCalendar(): void }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useSessionState();
  const { deadlines: rules } = loadProfile(workspace.profileId);
  const hasRules = rules.catalogUpdateWorkingDays !== undefined || Boolean(rules.annualFullUpdateDue);
  const unverified = deadlines.state === 'ready' ? [...new Set(deadlines.deadlines.flatMap((d) => d.unverifiedYears))].sort() : [];
  return (
    <Card
      size="small"
      title={t('home.deadlines.title')}
      extra={
        <Button icon={<CalendarOutlined />} onClick={onEditCalendar}>
          {t('home.deadlines.editCalendar')}
        </Button>
      }
    >
      {deadlines.state === 'loading' && <Spin />}
      {deadlines.state === 'failed' && (
        <Alert type="error" showIcon title={t('home.deadlines.failed', { message: describeError(deadlines.error, coreLang(asUiLanguage(i18n.language))) })} />
      )}
      {deadlines.state === 'ready' && !hasRules && <Typography.Text type="secondary">{t('home.deadlines.noRules')}</Typography.Text>}
      {deadlines.state === 'ready' && hasRules && (
        <Flex vertical gap="small">
          {unverified.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('home.deadlines.unverified', { years: unverified.join(t('common.listSeparator')) })}
              action={
                <Button size="small" onClick={onEditCalendar}>
                  {t('home.deadlines.enterHolidays')}
                </Button>
              }
            />
          )}
          {deadlines.deadlines.length === 0 ? (
            <Typography.Text>{t('home.deadlines.none')}</Typography.Text>
          ) : (
            <Table<Deadline>
              size="small"
              rowKey={rowKey}
              dataSource={deadlines.deadlines}
              pagination={{ pageSize: 5, hideOnSinglePage: true }}
                columns={[
                { key: 'what', title: t('home.deadlines.what'), render: (_, d) => <What deadline={d} /> },
                {
                  key: 'due',
                  title: t('home.deadlines.due'),
                  width: 120,
                  render: (_, d) => (
                    <Typography.Text type={isLate(d) ? 'danger' : undefined} strong>
                      {d.due}
                    </Typography.Text>
                  ),
                },
                { key: 'left', title: t('home.deadlines.leftTitle'), width: 150, render: (_, d) => <LeftTag deadline={d} /> },
                {
                  key: 'basis',
                  title: t('home.deadlines.basis'),
                  width: 260,
                  render: (_, d) => (
                    <Flex vertical>
                      {[...d.citations, ...(d.kind === 'change' ? d.lateCitations : [])].map((c) => (
                        <CitationLink key={`${c.doc}|${c.article}`} citation={c} />
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
          )}
          <Typography.Text type="secondary">{t('home.deadlines.note')}</Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
