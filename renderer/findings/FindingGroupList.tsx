// Findings in groups (by rule or by resource), each group expandable, paged at both levels so that thousands of
// findings stay smooth: only the groups of one page are drawn, and only an open group draws its findings, one
// page of them at a time. Every finding is shown with FindingItem.
import { Collapse, Empty, Flex, List, Pagination, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/rules/types.ts';
import { FindingItem, SeverityTag } from './FindingItem.tsx';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import type { FindingGroup, SeverityCounts } from './finding-groups.ts';

const GROUPS_PER_PAGE = 20;
const FINDINGS_PER_PAGE = 10;

export interface FindingGroupListProps {
  groups: readonly FindingGroup[];
  /** Makes each finding's place a link, where the finding has somewhere to go. */
  locate?: (finding: Finding) => (() => void) | undefined;
  emptyText?: string;
  /** An action on a whole group, shown in its header (校验's 按此规则批量修正). */
  groupAction?: (group: FindingGroup) => ReactNode;
}

export function FindingGroupList({ groups, locate, emptyText, groupAction }: FindingGroupListProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string[]>([]);
  // A new grouping or filter can leave fewer pages than the one shown.
  const pages = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
  const current = Math.min(page, pages);
  if (!groups.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  const shown = groups.slice((current - 1) * GROUPS_PER_PAGE, current * GROUPS_PER_PAGE);
  return (
    <Flex vertical gap="small" className="finding-groups">
      <Collapse
        activeKey={open}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
        items={shown.map((group) => ({
          key: group.key,
          label: <GroupLabel group={group} />,
          extra: (
            <Flex gap="middle" align="center">
              {/* A click on the action is not a click on the header: the group stays as it was. */}
              <span onClick={(e) => e.stopPropagation()}>{groupAction?.(group)}</span>
              <CountTags counts={group.counts} />
            </Flex>
          ),
          children: <GroupFindings group={group} {...(locate ? { locate } : {})} />,
        }))}
      />
      {groups.length > GROUPS_PER_PAGE && (
        <Pagination
          align="end"
          size="small"
          current={current}
          pageSize={GROUPS_PER_PAGE}
          total={groups.length}
          showSizeChanger={false}
          showTotal={(total) => t('validate.groups.groupsTotal', { total })}
          onChange={setPage}
        />
      )}
    </Flex>
  );
}

function GroupLabel({ group }: { group: FindingGroup }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  if (group.kind === 'rule') {
    return (
      <Flex gap="small" align="baseline" wrap data-group={group.key}>
        <SeverityTag severity={group.severity} />
        <Typography.Text strong>{group.ruleId}</Typography.Text>
        <Typography.Text>{pickText(group.title, language)}</Typography.Text>
      </Flex>
    );
  }
  if (group.kind === 'department') {
    return (
      <Typography.Text strong data-group={group.key}>
        {t('validate.groups.department')}
      </Typography.Text>
    );
  }
  return (
    <Flex gap="small" align="baseline" wrap data-group={group.key}>
      {group.code && <Typography.Text type="secondary">{group.code}</Typography.Text>}
      <Typography.Text strong>{group.name || t('validate.groups.resource', { number: group.resourceIndex + 1 })}</Typography.Text>
    </Flex>
  );
}

function CountTags({ counts }: { counts: SeverityCounts }) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" align="center">
      {(['error', 'warning', 'info'] as const)
        .filter((s) => counts[s] > 0)
        .map((s) => (
          <Flex key={s} gap={2} align="center">
            <SeverityTag severity={s} />
            <Typography.Text>{t('common.number', { value: counts[s] })}</Typography.Text>
          </Flex>
        ))}
    </Flex>
  );
}

function GroupFindings({ group, locate }: { group: FindingGroup; locate?: FindingGroupListProps['locate'] }) {
  const { t } = useTranslation();
  return (
    <List
      className="finding-group-findings"
      size="small"
      dataSource={group.findings}
      pagination={
        group.findings.length > FINDINGS_PER_PAGE
          ? { pageSize: FINDINGS_PER_PAGE, size: 'small', align: 'end', showSizeChanger: false, showTotal: (total) => t('validate.groups.findingsTotal', { total }) }
          : false
      }
      renderItem={(finding) => {
        const onLocate = locate?.(finding);
        return (
          <List.Item>
            <FindingItem finding={finding} showResource={group.kind === 'rule'} {...(onLocate ? { onLocate } : {})} />
          </List.Item>
        );
      }}
    />
  );
}
