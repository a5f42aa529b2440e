// 校验: the full report for the catalog (core's buildReport over every finding, cross-record checks run first so
// it is complete), grouped by rule or by resource, filtered by severity and text; a finding's place opens the
// resource form at the field over the report, so the open groups and the scroll stay as they were, and the form
// steps to the next resource with the same problem (or, for the department's own findings, goes to the workspace
// details); a rule with a correction offers to fix it across the catalog; the report can be exported.
import { CheckCircleOutlined, DownloadOutlined, ToolOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Flex, Input, Result, Segmented, Space, Tooltip, Typography } from 'antd';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { RuleId } from '../../core/model/rule-ids.ts';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '../../core/model/enums.ts';
import { buildReport } from '../../core/report/validation-report.ts';
import type { Finding } from '../../core/rules/types.ts';
import { useNavigation } from '../ui/navigation.ts';
import { profileName } from '../shared/profile-name.ts';
import { SeverityTag } from '../findings/FindingItem.tsx';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { allFindings } from '../services/session/catalog-findings.ts';
import { useSession, useSessionState } from '../hooks/use-session.ts';
import { FindingGroupList } from '../findings/FindingGroupList.tsx';
import { filterFindings, groupFindings, type GroupBy } from '../findings/finding-groups.ts';
import { jumpTarget } from '../findings/jump-target.ts';
import { nextOfRule } from '../findings/next-finding.ts';
import { ruleFixTargets } from '../bulk/rule-fixes.ts';
import { EditorDrawer, type EditorRequest } from '../resource-form/EditorDrawer.tsx';
import { FixByRuleDialog } from './FixByRuleDialog.tsx';
import { reportCsvBytes, reportFileName, reportJsonBytes, type CsvLabels } from './report-export.ts';

export function ValidateSection() {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const { catalog, findings, workspace } = useSessionState();
  const navigation = useNavigation();
  const platform = usePlatform();
  const { message } = App.useApp();
  const [groupBy, setGroupBy] = useState<GroupBy>('rule');
  const [severities, setSeverities] = useState<Severity[]>([...SEVERITIES]);
  const [search, setSearch] = useState('');
  const text = useDeferredValue(search);
  /** The form open over the report, and the rule being followed from it. */
  const [editor, setEditor] = useState<EditorRequest & { ruleId: RuleId }>();
  const [fixing, setFixing] = useState<{ ruleId: RuleId; title: string }>();

  // Cross-record findings otherwise follow edits after a pause; the report must include them now.
  useEffect(() => session.refreshCrossRecord(), [session]);

  const report = useMemo(() => buildReport(catalog, session.engine.profile, [...allFindings(catalog, findings)]), [catalog, findings, session]);
  const shown = useMemo(() => filterFindings(report.findings, { severities: new Set(severities), text }), [report, severities, text]);
  const groups = useMemo(() => groupFindings(shown, groupBy), [shown, groupBy]);
  const profile = profileName(workspace.profileId, language);
  const editedId = editor?.resourceId;
  const editedIndex = useMemo(() => (editedId === undefined ? undefined : catalog.resources.findIndex((r) => r.id === editedId)), [catalog, editedId]);
  const next = useMemo(() => (editor ? nextOfRule(report.findings, editor.ruleId, editedIndex) : undefined), [report, editor, editedIndex]);

  if (!catalog.resources.length) {
    return (
      <Card title={t('validate.title')}>
        <Empty description={<Typography.Paragraph>{t('validate.emptyHelp')}</Typography.Paragraph>}>
          <Typography.Title level={5}>{t('validate.emptyTitle')}</Typography.Title>
          <Space>
            <Button type="primary" onClick={() => navigation.goTo('import')}>
              {t('validate.toImport')}
            </Button>
            <Button onClick={() => navigation.goTo('catalog')}>{t('validate.toCatalog')}</Button>
          </Space>
        </Empty>
      </Card>
    );
  }

  const locate = (finding: Finding) => {
    const target = jumpTarget(finding, catalog);
    if (!target) return undefined;
    if (target.kind === 'department') return () => navigation.goTo('home');
    return () => setEditor({ resourceId: target.resourceId, ...(target.path ? { focusPath: target.path } : {}), ruleId: finding.ruleId, opening: Date.now() });
  };
  const goNext = () => {
    const upcoming = next?.finding && locate(next.finding);
    upcoming?.();
  };

  const save = async (extension: 'json' | 'csv') => {
    const name = reportFileName(t('validate.fileName'), workspace.department.name, new Date(), extension);
    const labels: CsvLabels = {
      headers: (['place', 'severity', 'rule', 'ruleTitle', 'code', 'name', 'field', 'message', 'hint', 'basis'] as const).map((k) => t(`validate.csv.${k}`)) as unknown as CsvLabels['headers'],
      severity: { error: t('findings.severity.error'), warning: t('findings.severity.warning'), info: t('findings.severity.info') },
    };
    const saved = await platform.saveFile(name, extension === 'json' ? reportJsonBytes(report) : reportCsvBytes(report, labels, language));
    if (saved) void message.success(t('validate.exported', { file: saved.name }));
  };

  return (
    <Card
      title={t('validate.title')}
      extra={
        <Space>
          <Tooltip title={t('validate.exportJsonHelp')}>
            <Button icon={<DownloadOutlined />} onClick={() => void save('json')}>
              {t('validate.exportJson')}
            </Button>
          </Tooltip>
          <Tooltip title={t('validate.exportCsvHelp')}>
            <Button icon={<DownloadOutlined />} onClick={() => void save('csv')}>
              {t('validate.exportCsv')}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      <Flex vertical gap="middle">
        <Flex gap="middle" align="center" wrap>
          <Typography.Text>{t('validate.summary', { profile, resources: report.catalog.resources, items: report.catalog.items })}</Typography.Text>
          {SEVERITIES.map((s) => (
            <Flex key={s} gap={2} align="center" className={`validate-count-${s}`}>
              <SeverityTag severity={s} />
              <Typography.Text strong>{t('common.number', { value: report.counts[s] })}</Typography.Text>
            </Flex>
          ))}
        </Flex>
        {report.counts.total === 0 ? (
          <Result status="success" icon={<CheckCircleOutlined />} title={t('validate.cleanTitle')} subTitle={t('validate.cleanHelp', { profile })} />
        ) : (
          <>
            <Flex gap="middle" align="center" wrap>
              <Segmented<GroupBy>
                aria-label={t('validate.groupBy')}
                value={groupBy}
                onChange={setGroupBy}
                options={[
                  { value: 'rule', label: t('validate.byRule') },
                  { value: 'resource', label: t('validate.byResource') },
                ]}
              />
              <Checkbox.Group<Severity>
                aria-label={t('validate.severity')}
                value={severities}
                onChange={setSeverities}
                options={SEVERITIES.map((s) => ({ value: s, label: t(`findings.severity.${s}`) }))}
              />
              <Input.Search allowClear style={{ width: 420 }} placeholder={t('validate.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
              <Typography.Text type="secondary">{t('validate.shown', { shown: shown.length, total: report.counts.total })}</Typography.Text>
            </Flex>
            <FindingGroupList
              key={groupBy}
              groups={groups}
              locate={locate}
              emptyText={t('validate.noMatch')}
              groupAction={(group) =>
                group.kind === 'rule' && ruleFixTargets(group.ruleId, group.findings).length > 0 ? (
                  <Tooltip title={t('validate.fix.buttonHelp')}>
                    <Button size="small" icon={<ToolOutlined />} onClick={() => setFixing({ ruleId: group.ruleId, title: pickText(group.title, language) })}>
                      {t('validate.fix.button')}
                    </Button>
                  </Tooltip>
                ) : null
              }
            />
          </>
        )}
      </Flex>
      <EditorDrawer
        request={editor}
        onClose={() => setEditor(undefined)}
        {...(editor && next ? { next: { ruleId: editor.ruleId, remaining: next.remaining, go: goNext } } : {})}
      />
      {fixing && (
        <FixByRuleDialog
          ruleId={fixing.ruleId}
          title={fixing.title}
          findings={report.findings}
          catalog={catalog}
          onFinished={(count) => void message.success(t('validate.fix.done', { rule: fixing.ruleId, count }))}
          onClose={() => setFixing(undefined)}
        />
      )}
    </Card>
  );
}
