// One finding as every screen shows it: severity, what is wrong, where (workbook cell or field), how to fix it,
// and the articles that require it. `onLocate` makes the place a link (jump to the field).
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/rules/types.ts';
import { asUiLanguage, pickText } from '../i18n/language.ts';
import { CitationLink } from './CitationLink.tsx';
import { fieldPathLabel } from './field-path-label.ts';

const SEVERITY_COLOR = { error: 'red', warning: 'orange', info: 'blue' } as const;

export function SeverityTag({ severity }: { severity: Finding['severity'] }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLOR[severity]}>{t(`findings.severity.${severity}`)}</Tag>;
}

export function FindingItem({ finding, onLocate, showResource = false }: { finding: Finding; onLocate?: () => void; showResource?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const where = finding.location?.cell ?? fieldPathLabel(finding.path, language);
  return (
    <Flex vertical gap={2} className={`finding finding-${finding.severity}`} data-rule={finding.ruleId}>
      <Flex gap="small" align="baseline" wrap>
        <SeverityTag severity={finding.severity} />
        <Typography.Text type="secondary">{finding.ruleId}</Typography.Text>
        {showResource && (finding.resourceCode || finding.resourceName) && (
          <Typography.Text strong>{[finding.resourceCode, finding.resourceName].filter(Boolean).join(' ')}</Typography.Text>
        )}
        {onLocate ? (
          <Typography.Link onClick={onLocate}>{where}</Typography.Link>
        ) : (
          <Typography.Text type="secondary">{where}</Typography.Text>
        )}
      </Flex>
      <Typography.Text>{pickText(finding.message, language)}</Typography.Text>
      <Typography.Text type="secondary">
        {t('findings.fix')}
        {pickText(finding.hint, language)}
      </Typography.Text>
      {finding.citations.length > 0 && (
        <Flex gap="small" wrap>
          {finding.citations.map((c) => (
            <CitationLink key={`${c.doc}|${c.article}`} citation={c} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
