// The form's findings at a glance: counts by severity (a click goes to the next finding of that severity) and the
// whole list in the order of the form, each with its place as a link to the field (the list closes on the jump, so
// the field is not hidden behind it).
import { CheckCircleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES, type Severity } from '../../core/model/enums.ts';
import type { Finding } from '../../core/rules/types.ts';
import { FindingItem } from '../findings/FindingItem.tsx';

const COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;

export function FindingsSummary({ findings, onLocate }: { findings: readonly Finding[]; onLocate(finding: Finding): void }) {
  const { t } = useTranslation();
  const next = useRef<Partial<Record<Severity, number>>>({});
  const [listOpen, setListOpen] = useState(false);
  if (findings.length === 0) {
    return (
      <Typography.Text type="success" className="rf-summary">
        <CheckCircleOutlined /> {t('catalog.form.summary.none')}
      </Typography.Text>
    );
  }
  const jump = (severity: Severity) => {
    const list = findings.filter((f) => f.severity === severity);
    const at = (next.current[severity] ?? 0) % list.length;
    next.current[severity] = at + 1;
    onLocate(list[at]!);
  };
  return (
    <Flex gap="small" align="center" wrap className="rf-summary" role="status" aria-label={t('catalog.form.summary.label')}>
      {SEVERITIES.map((severity) => {
        const count = findings.filter((f) => f.severity === severity).length;
        return count === 0 ? null : (
          <Tag key={severity} color={COLOR[severity]} className="rf-summary-tag" onClick={() => jump(severity)}>
            {t(`catalog.form.summary.${severity}`, { count })}
          </Tag>
        );
      })}
      <Popover
        trigger="click"
        open={listOpen}
        onOpenChange={setListOpen}
        placement="bottomLeft"
        content={
          <Flex vertical gap="middle" className="rf-summary-list">
            {findings.map((f, i) => (
              <FindingItem
                key={`${f.ruleId}-${f.path}-${i}`}
                finding={f}
                onLocate={() => {
                  setListOpen(false);
                  onLocate(f);
                }}
              />
            ))}
          </Flex>
        }
      >
        <Button size="small" type="link" icon={<UnorderedListOutlined />}>
          {t('catalog.form.summary.all')}
        </Button>
      </Popover>
    </Flex>
  );
}
